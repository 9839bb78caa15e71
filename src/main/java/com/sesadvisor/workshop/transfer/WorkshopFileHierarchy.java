package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.WorkshopInputException;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code hierarchy} section of a workshop file: the criteria nodes, goal first, checked by the same rules as the
 * set-up wizard's hierarchy step ({@link WorkshopHierarchy#toHierarchy}); its refusal is reported at the node's
 * index in the file.
 */
final class WorkshopFileHierarchy {

    private final WorkshopFileProblems problems;

    WorkshopFileHierarchy(WorkshopFileProblems problems) {
        this.problems = problems;
    }

    void read(JsonNode h, WorkshopFileReader.Parsed out) {
        if (h == null || !h.isArray() || h.isEmpty()) {
            problems.add("$.hierarchy", "workshop.import.hierarchy");
            return;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < h.size(); i++) {
            JsonNode n = h.get(i);
            String path = "$.hierarchy[" + i + "]";
            if (!n.isObject()) {
                problems.add(path, "workshop.import.objectExpected");
                continue;
            }
            String id = problems.text(n, "id", path + ".id", true);
            String name = problems.text(n, "name", path + ".name", true);
            CriteriaNode node = new CriteriaNode(id, problems.text(n, "parentId", path + ".parentId", false), name,
                    problems.text(n, "description", path + ".description", false),
                    problems.text(n, "nameZh", path + ".nameZh", false));
            index.putIfAbsent(node.id(), i);
            out.nodes.add(node);
        }
        if (out.nodes.size() != h.size()) {
            return;
        }
        try {
            WorkshopHierarchy.toHierarchy(out.nodes);
        } catch (WorkshopInputException e) {
            problems.add(path(e.field(), index), e.text());
        }
    }

    /**
     * {@code nodes[<id or position>]} (possibly followed by the value, e.g. {@code .name}) as the JSON path of that node
     * in the file, else the whole hierarchy.
     */
    private static String path(String field, Map<String, Integer> index) {
        String path = "$.hierarchy";
        int end = field.lastIndexOf(']');
        if (field.startsWith("nodes[") && end > 0) {
            String key = field.substring(6, end);
            Integer i = index.get(key);
            if (i == null && !key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
                i = Integer.parseInt(key);
            }
            return i == null ? path : path + "[" + i + "]";
        }
        return path;
    }
}
