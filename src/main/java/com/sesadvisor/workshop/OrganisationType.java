package com.sesadvisor.workshop;

/** The stakeholder groups of a shared-storage committee; names are translated ({@code workshop.org.<NAME>}). */
public enum OrganisationType {
    GRID_COMPANY, RENEWABLE_GENERATOR, INDUSTRIAL_COMMERCIAL_USER, THIRD_PARTY_INVESTOR, REGULATOR, OTHER;

    /** The translated name's key, e.g. "Grid company". */
    public com.sesadvisor.engine.text.TextKey label() {
        return () -> "workshop.org." + name();
    }
}
