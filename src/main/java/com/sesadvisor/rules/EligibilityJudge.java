package com.sesadvisor.rules;

import com.sesadvisor.rules.facts.EligibilityFact;
import com.sesadvisor.engine.text.TextBundles;
import com.sesadvisor.engine.text.TextRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed-world verdict of an eligibility rule set, shared by live checks and by the scenarios that gate every
 * activation (so a scenario exercises exactly what a regulator's check does).
 *
 * <p>A rule set declares in its header ({@code // @checks}) the rule IDs every verdict must report. Only the rules
 * of its own DRL file may fire, under the {@link ExecutionLimits}. The project is eligible only when every declared
 * check reported and passed; a declared check that did not report is a failed check ("ELIG-HE-003 did not
 * report"), never a silent pass.
 */
public final class EligibilityJudge {

    private EligibilityJudge() {
    }

    /**
     * One declared check's outcome.
     *
     * @param reported whether a rule produced a finding for it
     */
    public record Check(String ruleId, boolean reported, boolean passed, String required, String actual,
                        String messageEn, String messageZh) {
    }

    /** The verdict with every declared check, the rules that fired and the generation that judged. */
    public record Judgement(boolean eligible, List<Check> checks, List<String> firedRules, String ruleBaseVersion) {
        public Judgement {
            checks = List.copyOf(checks);
            firedRules = List.copyOf(firedRules);
        }

        /** The IDs of the checks that failed (including those that did not report). */
        public Set<String> failing() {
            Set<String> ids = new LinkedHashSet<>();
            checks.stream().filter(c -> !c.passed()).forEach(c -> ids.add(c.ruleId()));
            return ids;
        }
    }

    /**
     * Judges one project on a pinned generation.
     *
     * @throws RuleLimitExceededException when the rule set runs into its limits
     */
    public static Judgement judge(RuleBase ruleBase, RuleSetInfo set, EligibilityFact fact, ExecutionLimits limits) {
        return verdict(set, RuleEngine.evaluate(ruleBase, List.of(fact), limits, set.packageName()));
    }

    /** A session for judging many projects of {@code set} on one thread (see {@link RuleEngine#openSession}). */
    public static RuleEngine.ReusableSession session(RuleBase ruleBase, RuleSetInfo set, ExecutionLimits limits) {
        return RuleEngine.openSession(ruleBase, limits, set.packageName());
    }

    /**
     * Judges one project in a reused session opened by {@link #session} for the same rule set: the same
     * closed-world verdict as {@link #judge(RuleBase, RuleSetInfo, EligibilityFact, ExecutionLimits)}.
     */
    public static Judgement judge(RuleEngine.ReusableSession session, RuleSetInfo set, EligibilityFact fact) {
        return verdict(set, session.evaluate(List.of(fact)));
    }

    private static Judgement verdict(RuleSetInfo set, RuleEvaluation evaluation) {
        Map<String, Finding> byRule = new HashMap<>();
        evaluation.findings().forEach(f -> byRule.putIfAbsent(f.ruleId(), f));
        List<Check> checks = new ArrayList<>();
        boolean eligible = !set.checks().isEmpty();
        for (String ruleId : set.checks()) {
            Finding f = byRule.get(ruleId);
            Check check = f == null
                    ? new Check(ruleId, false, false, "",
                            TextRenderer.translate("eligibility.check.notReported.actual", TextBundles.ENGLISH),
                            TextRenderer.translate("eligibility.check.notReported", TextBundles.ENGLISH, ruleId),
                            TextRenderer.translate("eligibility.check.notReported", TextBundles.CHINESE, ruleId))
                    : new Check(ruleId, true, Boolean.TRUE.equals(f.evidence().get("passed")),
                            String.valueOf(f.evidence().get("required")), String.valueOf(f.evidence().get("actual")),
                            f.message().english(), f.message().in(TextBundles.CHINESE));
            eligible &= check.passed();
            checks.add(check);
        }
        return new Judgement(eligible, checks, evaluation.firedRules(), evaluation.ruleBaseVersion());
    }

    /** The fact a scenario describes, for the rule set it belongs to. */
    public static EligibilityFact fact(RuleSetInfo set, RuleScenario scenario) {
        Map<String, Object> f = scenario.facts();
        return EligibilityFact.of(set.name(), scenario.name(), number(f, "ratedPowerMw"),
                number(f, "ratedEnergyMwh"), number(f, "annualCycles"), yes(f, "independentMetering"),
                yes(f, "dispatchConnected"), yes(f, "legalEntity"));
    }

    /** Runs every scenario of every rule set on a candidate generation, under the same limits as live checks. */
    public static List<RuleScenario.Result> runScenarios(RuleBase candidate, List<RuleSetInfo> sets,
                                                     ExecutionLimits limits) {
        List<RuleScenario.Result> results = new ArrayList<>();
        for (RuleSetInfo set : sets) {
            for (RuleScenario scenario : set.scenarios()) {
                long started = System.nanoTime();
                String actual;
                boolean passed;
                try {
                    Judgement j = judge(candidate, set, fact(set, scenario), limits);
                    actual = RuleScenario.describe(j.eligible(), j.failing());
                    passed = j.eligible() == scenario.eligible() && j.failing().equals(scenario.failing());
                } catch (RuleLimitExceededException e) {
                    actual = "stopped: " + e.getMessage();
                    passed = false;
                } catch (RuntimeException e) {
                    actual = "error: " + e.getMessage();
                    passed = false;
                }
                results.add(new RuleScenario.Result(set.name(), scenario.file(), scenario.line(), scenario.name(),
                        scenario.expected(), actual, passed, (System.nanoTime() - started) / 1_000));
            }
        }
        return results;
    }

    /**
     * Problems that keep a rule set's scenarios from being a real gate: none at all, a fact the rule set requires
     * missing from a scenario, an unknown rule ID, no eligible example, or a declared check that no scenario ever
     * expects to fail (so one side of its threshold is untested).
     */
    static List<RuleCompilationException.RuleError> coverageErrors(RuleSetInfo set) {
        List<RuleCompilationException.RuleError> errors = new ArrayList<>();
        String file = RuleSetInfo.scenarioPath(set.file());
        if (set.scenarios().isEmpty()) {
            errors.add(new RuleCompilationException.RuleError(file, 0, "rule set " + set.name()
                    + " has no scenarios; write them in " + file + " (SCENARIO / GIVEN / EXPECT)"));
            return errors;
        }
        for (RuleScenario s : set.scenarios()) {
            for (String field : set.requires()) {
                if (!field.equals("name") && !s.facts().containsKey(field)) {
                    errors.add(new RuleCompilationException.RuleError(file, s.line(), "scenario '" + s.name()
                            + "' lacks GIVEN " + field + ", which " + set.name() + " requires"));
                }
            }
            for (String id : s.failing()) {
                if (!set.checks().contains(id)) {
                    errors.add(new RuleCompilationException.RuleError(file, s.line(), "scenario '" + s.name()
                            + "' expects " + id + " to fail, but " + set.name() + " declares only "
                            + String.join(", ", set.checks())));
                }
            }
        }
        if (set.scenarios().stream().noneMatch(RuleScenario::eligible)) {
            errors.add(new RuleCompilationException.RuleError(file, 0, "no scenario of " + set.name()
                    + " expects 'eligible', so the passing side of its thresholds is untested"));
        }
        for (String id : set.checks()) {
            if (set.scenarios().stream().noneMatch(s -> s.failing().contains(id))) {
                errors.add(new RuleCompilationException.RuleError(file, 0, "no scenario of " + set.name()
                        + " expects " + id + " to fail, so the failing side of its threshold is untested"));
            }
        }
        return errors;
    }

    private static double number(Map<String, Object> facts, String field) {
        Object v = facts.get(field);
        return v instanceof Double d ? d : 0;
    }

    private static boolean yes(Map<String, Object> facts, String field) {
        return Boolean.TRUE.equals(facts.get(field));
    }

}
