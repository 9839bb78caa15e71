package com.sesadvisor.analysis.saved;

import java.util.Locale;

/**
 * Who a saved scenario belongs to: one account (personal) or one workshop (seen by those who see the workshop,
 * changed by its facilitators and administrators).
 *
 * @param owner      the account of a personal scenario, else null
 * @param workshopId the workshop of a shared scenario, else null
 */
public record ScenarioScope(String owner, Long workshopId) {

    public ScenarioScope {
        if ((owner == null) == (workshopId == null)) {
            throw new IllegalArgumentException("A scenario belongs to one account or to one workshop");
        }
    }

    public static ScenarioScope personal(String owner) {
        return new ScenarioScope(owner, null);
    }

    public static ScenarioScope workshop(long workshopId) {
        return new ScenarioScope(null, workshopId);
    }

    public boolean personal() {
        return owner != null;
    }

    /** The unique key names are unique within: {@code user:<account lower-case>} or {@code workshop:<id>}. */
    String key() {
        return personal() ? "user:" + owner.toLowerCase(Locale.ROOT) : "workshop:" + workshopId;
    }
}
