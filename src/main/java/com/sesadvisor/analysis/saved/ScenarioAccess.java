package com.sesadvisor.analysis.saved;

import java.util.Map;

/**
 * What the saved scenarios need to know about the caller and the workshops, answered by the workshop feature
 * (which may use analysis; analysis may not use it, so the dependency points this way): the signed-in account and
 * the workshop roles of the rest of the application.
 */
public interface ScenarioAccess {

    /** The signed-in account's name. */
    String currentUser();

    /** The workshops whose shared scenarios the caller may read: id to name, most recently changed first. */
    Map<Long, String> readableWorkshops();

    /** Whether the caller may read the workshop's shared scenarios (the workshop is visible to them). */
    boolean mayRead(long workshopId);

    /** Whether the caller may save, rename or delete the workshop's shared scenarios (its facilitators, admins). */
    boolean mayWrite(long workshopId);
}
