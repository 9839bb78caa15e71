package com.sesadvisor.engine.finance.party;

/**
 * A party whose cash flows the finance model defines. The first three partition the project's pre-tax flows;
 * {@link #LESSEES} (TISES users paying the capacity lease) stand outside the project, their payments are part of
 * the project's revenue.
 */
public enum Party {
    /** The owners' equity: the project's equity view (who the owners are depends on the model, {@link Owner}). */
    OWNERS(PartyText.PARTY_OWNERS, PartyText.BASIS_OWNERS),
    /** The bank: lends (1 - equity ratio) of the construction investment, receives the annuity. */
    LENDER(PartyText.PARTY_LENDER, PartyText.BASIS_LENDER),
    /** The tax authority's income tax (the actual one, with interest deducted; VAT and surcharges stay in the project flows). */
    TAX_AUTHORITY(PartyText.PARTY_TAX, PartyText.BASIS_TAX),
    /** TISES users leasing capacity: they pay the lease; what they gain from it is not an input. */
    LESSEES(PartyText.PARTY_LESSEES, PartyText.BASIS_LESSEES),
    /**
     * Under contract energy management, the users (hosts) keep {@code 1 - savingsShare} of the arbitrage and
     * demand-charge savings; the station earns the rest. Outside the project too; only receipts, so no IRR.
     */
    SAVERS(PartyText.PARTY_SAVERS, PartyText.BASIS_SAVERS);

    private final PartyText label;
    private final PartyText basis;

    Party(PartyText label, PartyText basis) {
        this.label = label;
        this.basis = basis;
    }

    public PartyText label() {
        return label;
    }

    /** The formula the party's flows come from. */
    public PartyText basis() {
        return basis;
    }
}
