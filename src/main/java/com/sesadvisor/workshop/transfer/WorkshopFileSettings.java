package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.workshop.WorkshopSettings;

/** The {@code settings} section of a workshop file: aggregation, consensus threshold and the two switches. */
final class WorkshopFileSettings {

    private final WorkshopFileProblems problems;

    WorkshopFileSettings(WorkshopFileProblems problems) {
        this.problems = problems;
    }

    void read(JsonNode s, WorkshopFileReader.Parsed out) {
        if (s == null) {
            return;
        }
        AggregationMethod aggregation = problems.constant(s, "aggregation", "$.settings.aggregation",
                AggregationMethod.class);
        JsonNode t = s.get("consensusThreshold");
        if (t == null || !t.isNumber() || !(t.asDouble() > 0 && t.asDouble() <= 1)) {
            problems.add("$.settings.consensusThreshold", "workshop.import.threshold");
            return;
        }
        boolean exclude = problems.bool(s, "excludeInconsistent", "$.settings.excludeInconsistent");
        boolean see = problems.bool(s, "expertsSeeGroup", "$.settings.expertsSeeGroup");
        if (aggregation != null) {
            out.settings = new WorkshopSettings(aggregation, t.asDouble(), exclude, see);
        }
    }
}
