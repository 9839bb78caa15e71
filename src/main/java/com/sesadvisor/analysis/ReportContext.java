package com.sesadvisor.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Where an analysis comes from, for the report's heading: e.g. a workshop's name and the source of its weights
 * ("group weights, AIJ, S* = 78 %"). Optional: the standalone analysis has none.
 *
 * @param title heading line (e.g. the workshop name)
 * @param lines further lines printed under it, in order
 */
public record ReportContext(String title, List<String> lines) {

    public ReportContext {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
    }
}
