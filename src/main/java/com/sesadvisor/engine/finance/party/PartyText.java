package com.sesadvisor.engine.finance.party;

import com.sesadvisor.engine.text.TextKey;

/** Compiler-checked keys of the {@code parties} bundle (per-party cash flows and stakeholder perspectives). */
public enum PartyText implements TextKey {
    PARTY_OWNERS("parties.party.owners"),
    PARTY_LENDER("parties.party.lender"),
    PARTY_TAX("parties.party.tax"),
    PARTY_LESSEES("parties.party.lessees"),
    PARTY_SAVERS("parties.party.savers"),
    OWNER_USERS_POOLED("parties.owner.usersPooled"),
    OWNER_THIRD_PARTY("parties.owner.thirdParty"),
    OWNER_EACH_USER("parties.owner.eachUser"),
    BASIS_OWNERS("parties.basis.owners"),
    BASIS_LENDER("parties.basis.lender"),
    BASIS_TAX("parties.basis.tax"),
    BASIS_LESSEES("parties.basis.lessees"),
    BASIS_SAVERS("parties.basis.savers"),
    NOT_DEFINED_USER_SPLIT("parties.notDefined.userSplit"),
    NOT_DEFINED_LESSEE_GAIN("parties.notDefined.lesseeGain"),
    NOT_DEFINED_SAVINGS_SHARE("parties.notDefined.savingsShare"),
    NOT_DEFINED_GRID("parties.notDefined.grid"),
    IRR_ONLY_PAYMENTS("parties.irr.onlyPayments"),
    IRR_ONLY_RECEIPTS("parties.irr.onlyReceipts"),
    REASON_MISSING("parties.perspectives.reason.missing"),
    REASON_QUORUM("parties.perspectives.reason.quorum"),
    REASON_VALUES("parties.perspectives.reason.values");

    private final String key;

    PartyText(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
