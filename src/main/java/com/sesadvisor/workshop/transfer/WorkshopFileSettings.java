package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.workshop.WorkshopSettings;

/**
 * The {@code settings} section of a workshop file: aggregation, consensus threshold, the two switches, the quorum
 * and whether the experts are anonymised. {@code quorum} and {@code anonymiseExperts} came later than the rest: a file
 * without them (written before they were exported) still imports, with a majority of the invited experts as quorum
 * (null) and named experts (false), the defaults of a new workshop.
 */
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
        Integer quorum = quorum(s.get("quorum"));
        JsonNode anonymise = s.get("anonymiseExperts");
        out.anonymiseExperts = anonymise != null && !anonymise.isNull()
                && problems.bool(s, "anonymiseExperts", "$.settings.anonymiseExperts");
        if (aggregation != null) {
            out.settings = new WorkshopSettings(aggregation, t.asDouble(), exclude, see, quorum);
        }
    }

    /** The quorum; absent or null = a majority of the invited experts; else a whole number within the bounds. */
    private Integer quorum(JsonNode q) {
        if (q == null || q.isNull()) {
            return null;
        }
        if (!q.canConvertToExactIntegral() || q.asInt() < 1 || q.asInt() > WorkshopSettings.MAX_QUORUM) {
            problems.add("$.settings.quorum", "workshop.error.quorum", WorkshopSettings.MAX_QUORUM);
            return null;
        }
        return q.asInt();
    }
}
