package com.sesadvisor.workshop.group;

import com.sesadvisor.workshop.WorkshopSettings;

/**
 * How many experts a group result must rest on before it is the committee's. Below it, every compared node still has
 * its numbers, but they are the answers of the experts who finished so far: the results are provisional and nothing
 * calls them a consensus or the committee's.
 *
 * @param required         experts every compared node needs
 * @param invited          experts invited (revoked invitations do not count)
 * @param setByFacilitator true when the facilitator set the number, false for the default majority
 */
public record Quorum(int required, int invited, boolean setByFacilitator) {

    public Quorum {
        if (required < 1 || invited < 0) {
            throw new IllegalArgumentException("a quorum needs at least one expert, not " + required);
        }
    }

    public static Quorum of(WorkshopSettings settings, int invited) {
        return new Quorum(settings.quorumFor(invited), invited, settings.quorum() != null);
    }

    /** Whether {@code experts} finished experts are enough. */
    public boolean metBy(int experts) {
        return experts >= required;
    }
}
