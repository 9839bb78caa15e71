package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.SaatyScale;
import com.sesadvisor.workshop.JudgementStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One judgement of a participant in a workshop file: a compared node of the file's hierarchy, its children in
 * order, the upper triangle of Saaty values (null for unanswered), the status and when it was last changed.
 */
final class WorkshopFileJudgements {

    private final Map<String, List<String>> compared;
    private final WorkshopFileProblems problems;

    /** @param compared the children ids of every compared node of the file's hierarchy */
    WorkshopFileJudgements(Map<String, List<String>> compared, WorkshopFileProblems problems) {
        this.compared = compared;
        this.problems = problems;
    }

    /** The judgement, or null after recording every problem it has. */
    WorkshopFileReader.ParsedJudgement read(JsonNode j, String path) {
        if (j == null || !j.isObject()) {
            problems.add(path, "workshop.import.objectExpected");
            return null;
        }
        int before = problems.count();
        String nodeId = problems.text(j, "nodeId", path + ".nodeId", true);
        List<String> expected = nodeId == null ? null : compared.get(nodeId);
        if (nodeId != null && expected == null) {
            problems.add(path + ".nodeId", "workshop.import.notCompared", nodeId);
        }
        List<String> elements = elements(j.get("elements"), path, nodeId, expected);
        double[] upper = upper(j.get("upper"), path, elements.size());
        JudgementStatus status = problems.constant(j, "status", path + ".status", JudgementStatus.class);
        Instant updatedAt = problems.instant(j, "updatedAt", path + ".updatedAt", true);
        if (problems.count() > before) {
            return null;
        }
        return new WorkshopFileReader.ParsedJudgement(nodeId, List.copyOf(elements), upper, status, updatedAt);
    }

    private List<String> elements(JsonNode el, String path, String nodeId, List<String> expected) {
        List<String> elements = new ArrayList<>();
        if (el == null || !el.isArray()) {
            problems.add(path + ".elements", "workshop.import.elements");
            return elements;
        }
        el.forEach(e -> elements.add(e.asText()));
        if (expected != null && !expected.equals(elements)) {
            problems.add(path + ".elements", "workshop.import.elementsOrder", nodeId, expected.toString());
        }
        return elements;
    }

    /** The upper triangle, row by row, NaN for unanswered. */
    private double[] upper(JsonNode u, String path, int n) {
        double[] upper = new double[PairwiseMatrix.upperTriangleSize(n)];
        if (u == null || !u.isArray() || u.size() != upper.length) {
            problems.add(path + ".upper", "workshop.import.upper", upper.length);
            return upper;
        }
        for (int k = 0; k < upper.length; k++) {
            JsonNode v = u.get(k);
            if (v.isNull()) {
                upper[k] = Double.NaN;
            } else if (!v.isNumber() || !(v.asDouble() >= 1.0 / SaatyScale.MAX - 1e-9
                    && v.asDouble() <= SaatyScale.MAX + 1e-9)) {
                problems.add(path + ".upper[" + k + "]", "workshop.import.judgement");
            } else {
                upper[k] = v.asDouble();
            }
        }
        return upper;
    }
}
