package com.sesadvisor.workshop.facilitation;

/**
 * Published after a session changed; {@link SessionBroadcaster} passes it to the open screens once the transaction
 * committed. A {@link Kind#VOTE} concerns only the facilitator's screen (who has voted), everything else every
 * screen of the workshop.
 */
public record SessionChanged(long workshopId, Kind kind) {

    public enum Kind {
        VOTE,
        STATE
    }
}
