package com.sesadvisor.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One GIVEN/EXPECT example of a rule set, read from the {@code .scenarios} file beside its DRL file
 * (see {@link ScenarioFile} for the format).
 *
 * @param file     the scenarios file, relative to the rules folder
 * @param line     line of its {@code SCENARIO} heading
 * @param name     what it shows, in the regulator's words
 * @param facts    project facts by API field name (numbers as Double, yes/no as Boolean)
 * @param eligible the expected verdict
 * @param failing  the rule IDs expected to fail (exactly these; empty when eligible)
 */
public record RuleScenario(String file, int line, String name, Map<String, Object> facts, boolean eligible,
                       Set<String> failing) {

    public RuleScenario {
        facts = Map.copyOf(facts);
        failing = Set.copyOf(failing);
    }

    /** The expected outcome as the scenario file says it, e.g. {@code not eligible: ELIG-HE-001}. */
    public String expected() {
        return describe(eligible, failing);
    }

    /** A verdict as a scenario file would write it. */
    public static String describe(boolean eligible, Set<String> failing) {
        return eligible ? "eligible" : "not eligible: " + String.join(", ", failing.stream().sorted().toList());
    }

    /**
     * How a scenario fared on a candidate rule base.
     *
     * @param actual what the rules said, in the same words as {@link #expected()}, or the error that stopped them
     */
    public record Result(String ruleSet, String file, int line, String name, String expected, String actual,
                         boolean passed, long micros) {
    }

    /** The results of a set of scenarios, passed and failed. */
    public static long failures(List<Result> results) {
        return results.stream().filter(r -> !r.passed()).count();
    }
}
