package com.sesadvisor.workshop.facilitation;

/** Where the current pair stands: experts are voting, the votes are shown to the room, or the session is over. */
public enum SessionPhase {
    VOTING,
    REVEALED,
    FINISHED
}
