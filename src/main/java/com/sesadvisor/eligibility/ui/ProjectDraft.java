package com.sesadvisor.eligibility.ui;

import com.sesadvisor.eligibility.ProjectInput;

/** What the regulator has typed so far; kept as-is when validation fails so nothing is lost. */
final class ProjectDraft {
    private String name = "";
    private Double ratedPowerMw;
    private Double ratedEnergyMwh;
    private Double annualCycles;
    private boolean independentMetering;
    private boolean dispatchConnected;
    private boolean legalEntity;

    ProjectInput toInput() {
        return new ProjectInput(name, ratedPowerMw, ratedEnergyMwh, annualCycles, independentMetering,
                dispatchConnected, legalEntity);
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    Double getRatedPowerMw() {
        return ratedPowerMw;
    }

    void setRatedPowerMw(Double v) {
        this.ratedPowerMw = v;
    }

    Double getRatedEnergyMwh() {
        return ratedEnergyMwh;
    }

    void setRatedEnergyMwh(Double v) {
        this.ratedEnergyMwh = v;
    }

    Double getAnnualCycles() {
        return annualCycles;
    }

    void setAnnualCycles(Double v) {
        this.annualCycles = v;
    }

    boolean isIndependentMetering() {
        return independentMetering;
    }

    void setIndependentMetering(boolean v) {
        this.independentMetering = v;
    }

    boolean isDispatchConnected() {
        return dispatchConnected;
    }

    void setDispatchConnected(boolean v) {
        this.dispatchConnected = v;
    }

    boolean isLegalEntity() {
        return legalEntity;
    }

    void setLegalEntity(boolean v) {
        this.legalEntity = v;
    }
}
