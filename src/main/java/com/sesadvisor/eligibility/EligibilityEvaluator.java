package com.sesadvisor.eligibility;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.Finding;
import com.sesadvisor.rules.RuleBase;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleEvaluation;
import com.sesadvisor.rules.RuleSetInfo;
import com.sesadvisor.rules.facts.EligibilityFact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges projects against a named rule set: validates the inputs the rule set needs, computes the facts,
 * runs the rules and decides the verdict. Framework-free so that benchmarks run it directly.
 *
 * <p><b>How eligibility is decided.</b> Every rule of a rule set fires exactly once per project and inserts one
 * finding with {@code passed}. The project is eligible only if <em>every</em> rule of the set (as listed in its
 * DRL file) produced a finding and all of them passed. A rule that produced no finding counts as failed
 * ("not evaluated"), so a rule that silently stops matching can never make a project eligible.
 */
public class EligibilityEvaluator {

    private static final int MAX_NAME = 200;

    private final RuleEngine engine;
    private volatile Catalogue catalogue;

    public EligibilityEvaluator(RuleEngine engine) {
        this.engine = engine;
    }

    /** The rule sets of the serving generation, in file order. */
    public List<RuleSetInfo> ruleSets() {
        return List.copyOf(catalogue(engine.current()).sets.values());
    }

    /** A rule set by name, or {@link UnknownRuleSetException}. */
    public RuleSetInfo ruleSet(String name) {
        return ruleSet(engine.current(), name);
    }

    /** Judges one project. */
    public EligibilityVerdict evaluate(String ruleSet, ProjectInput input, String decidedBy, Instant decidedAt) {
        return engine.withCurrent(rb -> evaluate(rb, ruleSet(rb, ruleSet), input, decidedBy, decidedAt));
    }

    /**
     * Judges many projects on one pinned generation, so every row of a batch is judged by the same rule base
     * even if a reload happens meanwhile. Invalid rows give their problems instead of a verdict.
     */
    public List<Outcome> evaluateAll(String ruleSet, List<ProjectInput> inputs, String decidedBy,
                                     Instant decidedAt) {
        return engine.withCurrent(rb -> {
            RuleSetInfo info = ruleSet(rb, ruleSet);
            List<Outcome> outcomes = new ArrayList<>(inputs.size());
            for (ProjectInput input : inputs) {
                try {
                    outcomes.add(new Outcome(evaluate(rb, info, input, decidedBy, decidedAt), List.of()));
                } catch (InvalidProjectException e) {
                    outcomes.add(new Outcome(null, e.problems()));
                }
            }
            return outcomes;
        });
    }

    /** Either a verdict or the reasons there is none. */
    public record Outcome(EligibilityVerdict verdict, List<FieldProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    /** Field problems of an input for a rule set, without evaluating (forms validate as the user types). */
    public List<FieldProblem> validate(RuleSetInfo ruleSet, ProjectInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.name() == null || input.name().isBlank()) {
            problems.add(new FieldProblem("name", Text.of("eligibility.name.required")));
        } else if (input.name().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", Text.of("eligibility.name.length")));
        }
        for (String field : ruleSet.requires()) {
            if (!ProjectInput.FIELDS.contains(field) || field.equals("name")) {
                continue;
            }
            Object value = input.value(field);
            if (value == null) {
                problems.add(new FieldProblem(field, Text.of(ProjectInput.isBoolean(field)
                        ? "eligibility.problem.needsYesNo" : "eligibility.problem.needs", ruleSet.name(), field,
                        label(field))));
            }
        }
        number(problems, "ratedPowerMw", input.ratedPowerMw(), true);
        number(problems, "ratedEnergyMwh", input.ratedEnergyMwh(), false);
        number(problems, "annualCycles", input.annualCycles(), false);
        if (input.ratedPowerMw() == null && problems.stream().noneMatch(p -> p.field().equals("ratedPowerMw"))) {
            // Every rule set derives the duration from the power, so the power is always needed.
            problems.add(new FieldProblem("ratedPowerMw", Text.of("eligibility.problem.powerNeeded")));
        }
        return problems;
    }

    private EligibilityVerdict evaluate(RuleBase rb, RuleSetInfo info, ProjectInput input, String decidedBy,
                                        Instant decidedAt) {
        List<FieldProblem> problems = validate(info, input);
        if (!problems.isEmpty()) {
            throw new InvalidProjectException(problems);
        }
        EligibilityFact fact = EligibilityFact.of(info.name(), input.name().strip(), input.ratedPowerMw(),
                orZero(input.ratedEnergyMwh()), orZero(input.annualCycles()),
                Boolean.TRUE.equals(input.independentMetering()), Boolean.TRUE.equals(input.dispatchConnected()),
                Boolean.TRUE.equals(input.legalEntity()));
        RuleEvaluation evaluation = RuleEngine.evaluate(rb, List.of(fact));
        Map<String, Finding> byRule = new HashMap<>();
        evaluation.findings().forEach(f -> byRule.put(f.ruleId(), f));
        List<RuleCheck> checks = new ArrayList<>();
        boolean eligible = true;
        for (String ruleId : info.ruleIds()) {
            Finding f = byRule.get(ruleId);
            RuleCheck check = f == null
                    ? new RuleCheck(ruleId, false, "", "not evaluated",
                            "Rule " + ruleId + " did not produce a finding for this project, so it counts as failed.",
                            "规则 " + ruleId + " 未对该项目给出结论，按不通过处理。")
                    : new RuleCheck(ruleId, Boolean.TRUE.equals(f.evidence().get("passed")),
                            String.valueOf(f.evidence().get("required")), String.valueOf(f.evidence().get("actual")),
                            f.messageEn(), f.messageZh());
            eligible &= check.passed();
            checks.add(check);
        }
        return new EligibilityVerdict(input, info.name(), info.version(), evaluation.ruleBaseVersion(),
                eligible && !checks.isEmpty(), checks, evaluation.firedRules(), decidedBy, decidedAt, null);
    }

    private RuleSetInfo ruleSet(RuleBase rb, String name) {
        Catalogue c = catalogue(rb);
        RuleSetInfo info = name == null ? null : c.sets.get(name.strip());
        if (info == null) {
            throw new UnknownRuleSetException(name, c.sets.keySet());
        }
        return info;
    }

    /** Rule-set headers parsed once per generation, not once per project. */
    private Catalogue catalogue(RuleBase rb) {
        Catalogue c = catalogue;
        if (c == null || c.ruleBase != rb) {
            c = new Catalogue(rb, RuleSetInfo.of(rb));
            catalogue = c;
        }
        return c;
    }

    private record Catalogue(RuleBase ruleBase, Map<String, RuleSetInfo> sets) {
    }

    private static void number(List<FieldProblem> problems, String field, Double value, boolean positive) {
        if (value == null || problems.stream().anyMatch(p -> p.field().equals(field))) {
            return;
        }
        if (!Double.isFinite(value)) {
            problems.add(new FieldProblem(field, Text.of("eligibility.problem.notFinite", field, label(field))));
        } else if (positive && value <= 0) {
            problems.add(new FieldProblem(field, Text.of("eligibility.problem.notPositive", field, label(field),
                    value)));
        } else if (value < 0) {
            problems.add(new FieldProblem(field, Text.of("eligibility.problem.negative", field, label(field),
                    value)));
        } else if (value > upperBound(field)) {
            problems.add(new FieldProblem(field, Text.of("eligibility.problem.tooLarge", field, label(field),
                    value, upperBound(field))));
        }
    }

    /** Plausibility bound from the finance catalogue (same unit: MW, MWh, cycles per year). */
    private static double upperBound(String field) {
        return switch (field) {
            case "ratedPowerMw" -> AssumptionField.RATED_POWER_MW.max();
            case "ratedEnergyMwh" -> AssumptionField.RATED_ENERGY_MWH.max();
            case "annualCycles" -> AssumptionField.CYCLES_PER_YEAR.max();
            default -> Double.MAX_VALUE;
        };
    }

    /**
     * The field's label on the project form (e.g. "Rated energy (MWh)"): the Chinese messages name it, the English
     * ones keep the API's field name.
     */
    private static Text label(String field) {
        return Text.of("eligibility." + field);
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
