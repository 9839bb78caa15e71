package com.sesadvisor.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sesadvisor.engine.ahp.AggregationMethod;
import com.sesadvisor.engine.ahp.Hierarchy;
import com.sesadvisor.engine.ahp.HierarchyNode;
import com.sesadvisor.engine.ahp.SaatyScale;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.AssumptionValidator;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a workshop file ({@value WorkshopTransferService#FORMAT}) completely before anything is stored,
 * collecting every problem with its JSON path, so an import either succeeds whole or explains every fault.
 */
final class WorkshopFileReader {

    private final ObjectMapper json;
    private final List<String> ruleSets;

    /** @param ruleSets the eligibility rule sets loaded now; a file may only name one of these */
    WorkshopFileReader(ObjectMapper json, List<String> ruleSets) {
        this.json = json;
        this.ruleSets = List.copyOf(ruleSets);
    }

    record ParsedJudgement(String nodeId, List<String> elements, double[] upper, JudgementStatus status,
                                   Instant updatedAt) {
    }

    record ParsedParticipant(ParticipantProfile profile, boolean revoked, Instant finishedAt,
                                     List<ParsedJudgement> judgements) {
    }

    static final class Parsed {
        String name;
        String purpose;
        Map<String, Double> overrides = new LinkedHashMap<>();
        Set<ProfitMechanism> mechanisms = EnumSet.noneOf(ProfitMechanism.class);
        String ruleSet;
        List<CriteriaNode> nodes = new ArrayList<>();
        WorkshopSettings settings;
        List<ParsedParticipant> participants = new ArrayList<>();
    }

    /** Reads and checks the whole file, collecting every problem before failing. */
    Parsed parse(byte[] file) {
        List<WorkshopImportException.Problem> problems = new ArrayList<>();
        if (file == null || file.length == 0) {
            throw fail("$", "the file is empty");
        }
        if (file.length > WorkshopTransferService.MAX_BYTES) {
            throw fail("$", "the file is larger than " + WorkshopTransferService.MAX_BYTES / (1024 * 1024) + " MB");
        }
        JsonNode root;
        try {
            root = json.readTree(new String(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw fail("$", "not valid JSON" + where);
        }
        if (root == null || !root.isObject()) {
            throw fail("$", "a JSON object is expected");
        }
        if (!WorkshopTransferService.FORMAT.equals(root.path("format").asText(null))) {
            throw fail("$.format", "must be \"" + WorkshopTransferService.FORMAT + "\" (a file exported by SES Advisor)");
        }
        Parsed out = new Parsed();
        JsonNode ws = object(root, "workshop", "$.workshop", problems);
        out.name = ws == null ? null : text(ws, "name", "$.workshop.name", true, problems);
        if (out.name != null && (out.name.isBlank() || out.name.strip().length() > 120)) {
            problems.add(new WorkshopImportException.Problem("$.workshop.name", "a name of 1-120 characters is required"));
        } else if (out.name != null) {
            out.name = out.name.strip();
        }
        out.purpose = text(ws, "purpose", "$.workshop.purpose", false, problems);
        if (out.purpose != null && out.purpose.length() > 1000) {
            problems.add(new WorkshopImportException.Problem("$.workshop.purpose", "at most 1000 characters"));
        }
        if (out.purpose != null && out.purpose.isBlank()) {
            out.purpose = null;
        }
        scenario(object(root, "scenario", "$.scenario", problems), out, problems);
        hierarchy(root.get("hierarchy"), out, problems);
        settings(object(root, "settings", "$.settings", problems), out, problems);
        participants(root.get("participants"), out, problems);
        if (!problems.isEmpty()) {
            throw new WorkshopImportException(problems);
        }
        return out;
    }

    private void scenario(JsonNode s, Parsed out, List<WorkshopImportException.Problem> problems) {
        if (s == null) {
            return;
        }
        JsonNode a = s.get("assumptions");
        Assumptions.Builder b = Assumptions.builder();
        boolean assumptionsOk = true;
        if (a != null && !a.isNull()) {
            if (!a.isObject()) {
                problems.add(new WorkshopImportException.Problem("$.scenario.assumptions", "an object is expected"));
                assumptionsOk = false;
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String path = "$.scenario.assumptions." + e.getKey();
                    AssumptionField f = AssumptionField.byKey(e.getKey());
                    if (f == null) {
                        problems.add(new WorkshopImportException.Problem(path, "unknown assumption"));
                        assumptionsOk = false;
                    } else if (!e.getValue().isNumber() || !Double.isFinite(e.getValue().asDouble())) {
                        problems.add(new WorkshopImportException.Problem(path, "a number is expected"));
                        assumptionsOk = false;
                    } else {
                        b.set(f, e.getValue().asDouble());
                        if (Double.compare(e.getValue().asDouble(), f.defaultValue()) != 0) {
                            out.overrides.put(f.key(), e.getValue().asDouble());
                        }
                    }
                }
            }
        }
        JsonNode m = s.get("mechanisms");
        if (m == null || !m.isArray() || m.isEmpty()) {
            problems.add(new WorkshopImportException.Problem("$.scenario.mechanisms",
                    "a list of at least one profit mechanism is expected"));
        } else {
            for (int i = 0; i < m.size(); i++) {
                try {
                    out.mechanisms.add(ProfitMechanism.valueOf(m.get(i).asText()));
                } catch (IllegalArgumentException e) {
                    problems.add(new WorkshopImportException.Problem("$.scenario.mechanisms[" + i + "]",
                            "unknown profit mechanism '" + m.get(i).asText() + "'; one of "
                                    + java.util.Arrays.toString(ProfitMechanism.values())));
                }
            }
        }
        if (assumptionsOk) {
            Assumptions assumptions;
            try {
                assumptions = b.build();
            } catch (RuntimeException e) {
                problems.add(new WorkshopImportException.Problem("$.scenario.assumptions", e.getMessage()));
                assumptions = null;
            }
            if (assumptions != null) {
                Map<String, Violation> byField = new LinkedHashMap<>();
                AssumptionValidator.violations(assumptions).forEach(v -> byField.putIfAbsent(v.field(), v));
                for (ProfitMechanism mech : out.mechanisms) {
                    for (InvestmentModel model : InvestmentModel.values()) {
                        AssumptionValidator.violations(assumptions, model, mech)
                                .forEach(v -> byField.putIfAbsent(v.field(), v));
                    }
                }
                byField.values().forEach(v -> problems.add(new WorkshopImportException.Problem(
                        "$.scenario.assumptions." + v.field(), v.message())));
            }
        }
        JsonNode rs = s.get("ruleSet");
        if (rs != null && !rs.isNull()) {
            if (!rs.isTextual()) {
                problems.add(new WorkshopImportException.Problem("$.scenario.ruleSet", "a rule-set name or null"));
            } else if (!rs.asText().isBlank()) {
                out.ruleSet = rs.asText().strip();
                if (!ruleSets.contains(out.ruleSet)) {
                    problems.add(new WorkshopImportException.Problem("$.scenario.ruleSet",
                            "no eligibility rule set named " + out.ruleSet + " is loaded"));
                }
            }
        }
    }

    private static void hierarchy(JsonNode h, Parsed out, List<WorkshopImportException.Problem> problems) {
        if (h == null || !h.isArray() || h.isEmpty()) {
            problems.add(new WorkshopImportException.Problem("$.hierarchy", "a list of nodes (goal first) is expected"));
            return;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < h.size(); i++) {
            JsonNode n = h.get(i);
            String path = "$.hierarchy[" + i + "]";
            if (!n.isObject()) {
                problems.add(new WorkshopImportException.Problem(path, "an object is expected"));
                continue;
            }
            String id = text(n, "id", path + ".id", true, problems);
            String name = text(n, "name", path + ".name", true, problems);
            CriteriaNode node = new CriteriaNode(id, text(n, "parentId", path + ".parentId", false, problems), name,
                    text(n, "description", path + ".description", false, problems));
            index.putIfAbsent(node.id(), i);
            out.nodes.add(node);
        }
        if (out.nodes.size() != h.size()) {
            return;
        }
        try {
            WorkshopHierarchy.toHierarchy(out.nodes);
        } catch (WorkshopInputException e) {
            String field = e.field();
            String path = "$.hierarchy";
            if (field.startsWith("nodes[") && field.endsWith("]")) {
                String key = field.substring(6, field.length() - 1);
                Integer i = index.get(key);
                if (i == null && key.chars().allMatch(Character::isDigit)) {
                    i = Integer.parseInt(key);
                }
                path = i == null ? path : path + "[" + i + "]";
            }
            String message = e.getMessage().substring(Math.min(e.getMessage().length(), field.length() + 2));
            problems.add(new WorkshopImportException.Problem(path, message));
        }
    }

    private static void settings(JsonNode s, Parsed out, List<WorkshopImportException.Problem> problems) {
        if (s == null) {
            return;
        }
        AggregationMethod aggregation = null;
        String agg = s.path("aggregation").asText("");
        try {
            aggregation = AggregationMethod.valueOf(agg);
        } catch (IllegalArgumentException e) {
            problems.add(new WorkshopImportException.Problem("$.settings.aggregation",
                    "must be one of " + java.util.Arrays.toString(AggregationMethod.values())));
        }
        JsonNode t = s.get("consensusThreshold");
        if (t == null || !t.isNumber() || !(t.asDouble() > 0 && t.asDouble() <= 1)) {
            problems.add(new WorkshopImportException.Problem("$.settings.consensusThreshold",
                    "a number above 0 and at most 1 is expected"));
            return;
        }
        boolean exclude = bool(s, "excludeInconsistent", "$.settings.excludeInconsistent", problems);
        boolean see = bool(s, "expertsSeeGroup", "$.settings.expertsSeeGroup", problems);
        if (aggregation != null) {
            out.settings = new WorkshopSettings(aggregation, t.asDouble(), exclude, see);
        }
    }

    private static void participants(JsonNode ps, Parsed out, List<WorkshopImportException.Problem> problems) {
        if (ps == null || ps.isNull()) {
            return;
        }
        if (!ps.isArray()) {
            problems.add(new WorkshopImportException.Problem("$.participants", "a list is expected"));
            return;
        }
        Map<String, List<String>> compared = comparedNodes(out.nodes);
        for (int i = 0; i < ps.size(); i++) {
            JsonNode p = ps.get(i);
            String path = "$.participants[" + i + "]";
            if (!p.isObject()) {
                problems.add(new WorkshopImportException.Problem(path, "an object is expected"));
                continue;
            }
            if (p.has("token")) {
                problems.add(new WorkshopImportException.Problem(path + ".token",
                        "invitation tokens are not imported; remove the field (participants get new links)"));
            }
            ParticipantProfile profile = null;
            OrganisationType org = null;
            String orgText = p.path("organisationType").asText("");
            try {
                org = OrganisationType.valueOf(orgText);
            } catch (IllegalArgumentException e) {
                problems.add(new WorkshopImportException.Problem(path + ".organisationType",
                        "must be one of " + java.util.Arrays.toString(OrganisationType.values())));
            }
            JsonNode weight = p.get("expertiseWeight");
            if (weight == null || !weight.isNumber()) {
                problems.add(new WorkshopImportException.Problem(path + ".expertiseWeight", "a number is expected"));
            } else if (org != null) {
                try {
                    profile = new ParticipantProfile(text(p, "name", path + ".name", true, problems), org,
                            text(p, "role", path + ".role", false, problems), weight.asDouble(),
                            text(p, "contact", path + ".contact", false, problems));
                } catch (WorkshopInputException e) {
                    problems.add(new WorkshopImportException.Problem(path + "." + e.field(),
                            e.getMessage().substring(e.field().length() + 2)));
                }
            }
            boolean revoked = p.has("revoked") && bool(p, "revoked", path + ".revoked", problems);
            Instant finishedAt = instant(p, "finishedAt", path + ".finishedAt", false, problems);
            List<ParsedJudgement> js = new ArrayList<>();
            JsonNode jarr = p.get("judgements");
            if (jarr != null && !jarr.isNull() && !jarr.isArray()) {
                problems.add(new WorkshopImportException.Problem(path + ".judgements", "a list is expected"));
            } else if (jarr != null) {
                Set<String> seen = new java.util.HashSet<>();
                for (int k = 0; k < jarr.size(); k++) {
                    ParsedJudgement j = judgement(jarr.get(k), path + ".judgements[" + k + "]", compared, problems);
                    if (j != null && !seen.add(j.nodeId)) {
                        problems.add(new WorkshopImportException.Problem(path + ".judgements[" + k + "].nodeId",
                                "a second judgement for node " + j.nodeId));
                    } else if (j != null) {
                        js.add(j);
                    }
                }
            }
            if (profile != null) {
                out.participants.add(new ParsedParticipant(profile, revoked, finishedAt, js));
            }
        }
    }

    private static ParsedJudgement judgement(JsonNode j, String path, Map<String, List<String>> compared,
                                             List<WorkshopImportException.Problem> problems) {
        if (j == null || !j.isObject()) {
            problems.add(new WorkshopImportException.Problem(path, "an object is expected"));
            return null;
        }
        int before = problems.size();
        String nodeId = text(j, "nodeId", path + ".nodeId", true, problems);
        List<String> expected = nodeId == null ? null : compared.get(nodeId);
        if (nodeId != null && expected == null) {
            problems.add(new WorkshopImportException.Problem(path + ".nodeId",
                    "'" + nodeId + "' is not a compared node of the hierarchy"));
        }
        List<String> elements = new ArrayList<>();
        JsonNode el = j.get("elements");
        if (el == null || !el.isArray()) {
            problems.add(new WorkshopImportException.Problem(path + ".elements", "a list of element ids is expected"));
        } else {
            el.forEach(e -> elements.add(e.asText()));
            if (expected != null && !expected.equals(elements)) {
                problems.add(new WorkshopImportException.Problem(path + ".elements",
                        "must be the children of " + nodeId + " in order: " + expected));
            }
        }
        int n = elements.size();
        double[] upper = new double[n * (n - 1) / 2];
        JsonNode u = j.get("upper");
        if (u == null || !u.isArray() || u.size() != upper.length) {
            problems.add(new WorkshopImportException.Problem(path + ".upper",
                    "a list of " + upper.length + " values (upper triangle, row by row; null for unanswered)"));
        } else {
            for (int k = 0; k < upper.length; k++) {
                JsonNode v = u.get(k);
                if (v.isNull()) {
                    upper[k] = Double.NaN;
                } else if (!v.isNumber() || !(v.asDouble() >= 1.0 / SaatyScale.MAX - 1e-9
                        && v.asDouble() <= SaatyScale.MAX + 1e-9)) {
                    problems.add(new WorkshopImportException.Problem(path + ".upper[" + k + "]",
                            "a judgement between 1/9 and 9, or null"));
                } else {
                    upper[k] = v.asDouble();
                }
            }
        }
        JudgementStatus status = null;
        try {
            status = JudgementStatus.valueOf(j.path("status").asText(""));
        } catch (IllegalArgumentException e) {
            problems.add(new WorkshopImportException.Problem(path + ".status",
                    "must be one of " + java.util.Arrays.toString(JudgementStatus.values())));
        }
        Instant updatedAt = instant(j, "updatedAt", path + ".updatedAt", true, problems);
        if (problems.size() > before) {
            return null;
        }
        return new ParsedJudgement(nodeId, List.copyOf(elements), upper, status, updatedAt);
    }

    private static Map<String, List<String>> comparedNodes(List<CriteriaNode> nodes) {
        Map<String, List<String>> out = new HashMap<>();
        try {
            Hierarchy h = WorkshopHierarchy.toHierarchy(nodes);
            for (HierarchyNode n : WorkshopHierarchy.comparedNodes(h)) {
                out.put(n.id(), n.children().stream().map(HierarchyNode::id).toList());
            }
        } catch (RuntimeException e) {
            // the hierarchy's own problems are reported at $.hierarchy; judgements then cannot be checked
        }
        return out;
    }

    // ---------------------------------------------------------------- small readers

    private static JsonNode object(JsonNode parent, String field, String path,
                                   List<WorkshopImportException.Problem> problems) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || !n.isObject()) {
            problems.add(new WorkshopImportException.Problem(path, "an object is expected"));
            return null;
        }
        return n;
    }

    private static String text(JsonNode parent, String field, String path, boolean required,
                               List<WorkshopImportException.Problem> problems) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                problems.add(new WorkshopImportException.Problem(path, "required"));
            }
            return null;
        }
        if (!n.isTextual()) {
            problems.add(new WorkshopImportException.Problem(path, "text is expected"));
            return null;
        }
        return n.asText();
    }

    private static boolean bool(JsonNode parent, String field, String path,
                                List<WorkshopImportException.Problem> problems) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isBoolean()) {
            problems.add(new WorkshopImportException.Problem(path, "true or false is expected"));
            return false;
        }
        return n.asBoolean();
    }

    private static Instant instant(JsonNode parent, String field, String path, boolean required,
                                   List<WorkshopImportException.Problem> problems) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                problems.add(new WorkshopImportException.Problem(path, "required"));
            }
            return null;
        }
        try {
            return Instant.parse(n.asText());
        } catch (DateTimeParseException e) {
            problems.add(new WorkshopImportException.Problem(path, "a timestamp such as 2025-03-01T09:30:00Z"));
            return null;
        }
    }

    private static WorkshopImportException fail(String path, String message) {
        return new WorkshopImportException(List.of(new WorkshopImportException.Problem(path, message)));
    }

}
