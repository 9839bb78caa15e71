package com.sesadvisor.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Where an analysis comes from, for the report's heading: e.g. a workshop's name and the source of its weights
 * ("group weights, AIJ, S* = 78 %"). Optional: the standalone analysis has none.
 *
 * @param title     heading line (e.g. the workshop name)
 * @param lines     further lines printed under it, in order
 * @param committee the workshop's record (hierarchy, groups, judgements, eligibility), null outside a workshop
 */
public record ReportContext(String title, List<String> lines, CommitteeRecord committee) {

    public ReportContext {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
    }

    public ReportContext(String title, List<String> lines) {
        this(title, lines, null);
    }
}
