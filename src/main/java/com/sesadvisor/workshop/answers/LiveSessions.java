package com.sesadvisor.workshop.answers;

/**
 * Whether a facilitated (live) session is open for an expert's workshop, so the answering page can offer to join it.
 * The facilitation part, which builds on this one, answers it ({@code FacilitatedSessionService}); answers asks
 * through this port so it does not depend on the part above it.
 */
public interface LiveSessions {

    boolean sessionOpen(ExpertCredential credential);
}
