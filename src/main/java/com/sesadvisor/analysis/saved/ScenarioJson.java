package com.sesadvisor.analysis.saved;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.InvalidAnalysisInputException;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario as plain JSON values, the one shape the database and the REST API share:
 * {@code {"mechanism", "view", "assumptions": {key: number, ...every field}, "weights": {criterion: number}}}.
 * Reading names every bad field under a prefix (e.g. {@code scenario.assumptions.spread}).
 */
public final class ScenarioJson {

    private ScenarioJson() {
    }

    /** Every input of the scenario (all assumptions, not only the changed ones, so a later default change is moot). */
    public static Map<String, Object> toMap(AnalysisInput in) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mechanism", in.mechanism().name());
        out.put("view", in.view().name());
        Map<String, Object> assumptions = new LinkedHashMap<>();
        for (AssumptionField f : AssumptionField.values()) {
            assumptions.put(f.key(), in.assumptions().get(f));
        }
        out.put("assumptions", assumptions);
        out.put("weights", new LinkedHashMap<>(in.subjectiveWeights()));
        return out;
    }

    /**
     * The scenario of {@code map}; omitted assumptions take the paper's defaults, omitted weights the paper's.
     *
     * @throws ScenarioRefusedException (INVALID) naming every bad field under {@code prefix}
     */
    public static AnalysisInput fromMap(Map<String, ?> map, String prefix) {
        List<ScenarioRefusedException.Problem> problems = new ArrayList<>();
        if (map == null) {
            throw new ScenarioRefusedException(ScenarioRefusedException.Reason.INVALID, prefix,
                    Text.of(ScenarioText.ERROR_REQUIRED));
        }
        ProfitMechanism mechanism = option(map.get("mechanism"), ProfitMechanism.class,
                ProfitMechanism.COMPREHENSIVE, prefix + ".mechanism", problems);
        CashFlowView view = option(map.get("view"), CashFlowView.class, CashFlowView.EQUITY, prefix + ".view",
                problems);
        Assumptions assumptions = Assumptions.paperDefaults();
        Object a = map.get("assumptions");
        if (a instanceof Map<?, ?> am) {
            Map<String, Object> typed = new LinkedHashMap<>();
            am.forEach((k, v) -> typed.put(String.valueOf(k), v));
            try {
                assumptions = Assumptions.fromMap(typed);
            } catch (InvalidFinanceInputException e) {
                e.violations().forEach(v -> problems.add(new ScenarioRefusedException.Problem(
                        prefix + ".assumptions." + v.field(), v.text())));
            }
        } else if (a != null) {
            problems.add(new ScenarioRefusedException.Problem(prefix + ".assumptions",
                    Text.of(ScenarioText.ERROR_INVALID)));
        }
        Map<String, Double> weights = AnalysisInput.paperWeights();
        Object w = map.get("weights");
        if (w instanceof Map<?, ?> wm) {
            weights = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : wm.entrySet()) {
                if (e.getValue() instanceof Number n && Double.isFinite(n.doubleValue())) {
                    weights.put(String.valueOf(e.getKey()), n.doubleValue());
                } else {
                    problems.add(new ScenarioRefusedException.Problem(prefix + ".weights." + e.getKey(),
                            Text.of(ScenarioText.ERROR_NUMBER)));
                }
            }
        } else if (w != null) {
            problems.add(new ScenarioRefusedException.Problem(prefix + ".weights",
                    Text.of(ScenarioText.ERROR_INVALID)));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioRefusedException(ScenarioRefusedException.Reason.INVALID, problems);
        }
        try {
            return new AnalysisInput(assumptions, mechanism, view, weights, null, null);
        } catch (InvalidAnalysisInputException e) {
            String field = e.field().replaceFirst("^subjectiveWeights", "weights");
            throw new ScenarioRefusedException(ScenarioRefusedException.Reason.INVALID, prefix + "." + field,
                    Text.of(ScenarioText.ERROR_INVALID));
        }
    }

    private static <E extends Enum<E>> E option(Object value, Class<E> type, E fallback, String field,
                                                List<ScenarioRefusedException.Problem> problems) {
        if (value == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        problems.add(new ScenarioRefusedException.Problem(field, Text.of(ScenarioText.ERROR_UNKNOWN_OPTION,
                Arrays.toString(type.getEnumConstants()))));
        return fallback;
    }
}
