package com.sesadvisor.workshop;

/** A workshop ID that does not exist (or no longer does). */
public final class WorkshopNotFoundException extends RuntimeException {

    private final long workshopId;

    public WorkshopNotFoundException(long workshopId) {
        super("Workshop " + workshopId + " does not exist");
        this.workshopId = workshopId;
    }

    public long workshopId() {
        return workshopId;
    }
}
