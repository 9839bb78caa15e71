package com.sesadvisor.workshop;

/** The stakeholder groups of a shared-storage committee; names are translated ({@link WorkshopText#organisation}). */
public enum OrganisationType {
    GRID_COMPANY, RENEWABLE_GENERATOR, INDUSTRIAL_COMMERCIAL_USER, THIRD_PARTY_INVESTOR, REGULATOR, OTHER
}
