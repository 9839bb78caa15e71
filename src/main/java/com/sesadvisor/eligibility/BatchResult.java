package com.sesadvisor.eligibility;

import java.util.List;

/** The verdicts of a CSV batch, one per data row, all judged by the same rule-base generation. */
public record BatchResult(String ruleSet, String ruleSetVersion, List<BatchRow> rows) {

    public BatchResult {
        rows = List.copyOf(rows);
    }

    public long count(BatchRow.Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
