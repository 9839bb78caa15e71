package com.sesadvisor.engine.finance.party;

import com.sesadvisor.engine.finance.InvestmentModel;

/**
 * Who holds the equity in each model (spec finance-model.md "Models and who invests"; the paper, section 2.2:
 * CSSES users pool funds, TISES a third-party operator invests and leases capacity, DSSES each user builds its own).
 */
public enum Owner {
    USERS_POOLED(PartyText.OWNER_USERS_POOLED),
    THIRD_PARTY_INVESTOR(PartyText.OWNER_THIRD_PARTY),
    EACH_USER(PartyText.OWNER_EACH_USER);

    private final PartyText label;

    Owner(PartyText label) {
        this.label = label;
    }

    public PartyText label() {
        return label;
    }

    public static Owner of(InvestmentModel model) {
        return switch (model) {
            case CSSES -> USERS_POOLED;
            case TISES -> THIRD_PARTY_INVESTOR;
            case DSSES -> EACH_USER;
        };
    }
}
