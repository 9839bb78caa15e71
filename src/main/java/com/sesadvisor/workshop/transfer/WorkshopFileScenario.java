package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.AssumptionValidator;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.Violation;
import com.sesadvisor.engine.text.Text;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code scenario} section of a workshop file: assumptions (checked as the set-up wizard checks them, for every
 * investment model under every chosen mechanism), profit mechanisms and the eligibility rule set.
 */
final class WorkshopFileScenario {

    /** The finance engine's own reason for refusing an assumption, as it words it. */
    static final String ASSUMPTION_REFUSED = "workshop.import.assumption";

    private final List<String> ruleSets;
    private final WorkshopFileProblems problems;

    WorkshopFileScenario(List<String> ruleSets, WorkshopFileProblems problems) {
        this.ruleSets = ruleSets;
        this.problems = problems;
    }

    void read(JsonNode s, WorkshopFileReader.Parsed out) {
        if (s == null) {
            return;
        }
        Assumptions.Builder assumptions = Assumptions.builder();
        boolean assumptionsOk = assumptions(s.get("assumptions"), assumptions, out);
        mechanisms(s.get("mechanisms"), out);
        if (assumptionsOk) {
            check(assumptions, out);
        }
        ruleSet(s.get("ruleSet"), out);
    }

    /** Reads the assumptions into the builder; false if one of them cannot be used at all. */
    private boolean assumptions(JsonNode a, Assumptions.Builder b, WorkshopFileReader.Parsed out) {
        if (a == null || a.isNull()) {
            return true;
        }
        if (!a.isObject()) {
            problems.add("$.scenario.assumptions", "workshop.import.objectExpected");
            return false;
        }
        boolean ok = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "$.scenario.assumptions." + e.getKey();
            AssumptionField f = AssumptionField.byKey(e.getKey());
            if (f == null) {
                problems.add(path, "workshop.import.unknownAssumption");
                ok = false;
            } else if (!e.getValue().isNumber() || !Double.isFinite(e.getValue().asDouble())) {
                problems.add(path, "workshop.import.numberExpected");
                ok = false;
            } else {
                b.set(f, e.getValue().asDouble());
                if (Double.compare(e.getValue().asDouble(), f.defaultValue()) != 0) {
                    out.overrides.put(f.key(), e.getValue().asDouble());
                }
            }
        }
        return ok;
    }

    private void mechanisms(JsonNode m, WorkshopFileReader.Parsed out) {
        if (m == null || !m.isArray() || m.isEmpty()) {
            problems.add("$.scenario.mechanisms", "workshop.import.mechanisms");
            return;
        }
        for (int i = 0; i < m.size(); i++) {
            try {
                out.mechanisms.add(ProfitMechanism.valueOf(m.get(i).asText()));
            } catch (IllegalArgumentException e) {
                problems.add("$.scenario.mechanisms[" + i + "]", "workshop.import.unknownMechanism",
                        m.get(i).asText(), Arrays.toString(ProfitMechanism.values()));
            }
        }
    }

    /** The set-up wizard's checks: each field once, for every model under every chosen mechanism. */
    private void check(Assumptions.Builder b, WorkshopFileReader.Parsed out) {
        Assumptions assumptions;
        try {
            assumptions = b.build();
        } catch (RuntimeException e) {
            problems.add("$.scenario.assumptions", Text.of(ASSUMPTION_REFUSED, e.getMessage()));
            return;
        }
        Map<String, Violation> byField = new LinkedHashMap<>();
        AssumptionValidator.violations(assumptions).forEach(v -> byField.putIfAbsent(v.field(), v));
        for (ProfitMechanism mech : out.mechanisms) {
            for (InvestmentModel model : InvestmentModel.values()) {
                AssumptionValidator.violations(assumptions, model, mech)
                        .forEach(v -> byField.putIfAbsent(v.field(), v));
            }
        }
        byField.values().forEach(v -> problems.add("$.scenario.assumptions." + v.field(), reason(v, assumptions)));
    }

    /**
     * A range refusal worded from the field's catalogue limits (as the wizard's scenario step words it); other
     * reasons (cross-field checks) as the finance engine gives them.
     */
    private static Text reason(Violation v, Assumptions assumptions) {
        AssumptionField f = AssumptionField.byKey(v.field());
        if (f != null && (f.kind() == AssumptionField.Kind.NUMBER || f.kind() == AssumptionField.Kind.INTEGER)) {
            double x = assumptions.get(f);
            if (f.kind() == AssumptionField.Kind.INTEGER && x != Math.rint(x)) {
                return Text.of("workshop.import.assumptionWhole", x);
            }
            if (f.strictlyPositive() && x <= 0) {
                return Text.of("workshop.import.assumptionPositive", f.unitText(), x);
            }
            if (x < f.min()) {
                return Text.of("workshop.import.assumptionMin", f.min(), f.unitText(), x);
            }
            if (x > f.max()) {
                return Text.of("workshop.import.assumptionMax", f.max(), f.unitText(), x);
            }
        }
        // rendered as given: finished English stays English, a Text from the engine is translated
        return Text.of(ASSUMPTION_REFUSED, v.message());
    }

    private void ruleSet(JsonNode rs, WorkshopFileReader.Parsed out) {
        if (rs == null || rs.isNull()) {
            return;
        }
        if (!rs.isTextual()) {
            problems.add("$.scenario.ruleSet", "workshop.import.ruleSetText");
        } else if (!rs.asText().isBlank()) {
            out.ruleSet = rs.asText().strip();
            if (!ruleSets.contains(out.ruleSet)) {
                problems.add("$.scenario.ruleSet", "workshop.import.ruleSetUnknown", out.ruleSet);
            }
        }
    }
}
