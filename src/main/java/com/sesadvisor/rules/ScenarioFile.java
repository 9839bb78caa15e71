package com.sesadvisor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule set's {@code .scenarios} file: plain text a regulator can read and extend.
 *
 * <pre>
 * # comment lines start with #
 * SCENARIO Power exactly at the 100 MW floor passes
 * GIVEN ratedPowerMw = 100, ratedEnergyMwh = 400, annualCycles = 330
 * EXPECT eligible
 *
 * SCENARIO Power just under the floor fails ELIG-HE-001 only
 * GIVEN ratedPowerMw = 99.99
 * GIVEN ratedEnergyMwh = 400, annualCycles = 330
 * EXPECT not eligible: ELIG-HE-001
 * </pre>
 *
 * {@code GIVEN} lines name project facts by their API field names (numbers, or yes/no); several {@code GIVEN} lines
 * add up. {@code EXPECT not eligible:} lists exactly the rule IDs that must fail. Every problem is reported with
 * the file and line.
 */
public final class ScenarioFile {

    private static final Pattern HEADING = Pattern.compile("^SCENARIO\\s+(.+)$");
    private static final Pattern GIVEN = Pattern.compile("^GIVEN\\s+(.+)$");
    private static final Pattern EXPECT = Pattern.compile("^EXPECT\\s+(.+)$");
    private static final Set<String> NUMBERS = Set.of("ratedPowerMw", "ratedEnergyMwh", "annualCycles");
    private static final Set<String> YES_NO = Set.of("independentMetering", "dispatchConnected", "legalEntity");

    private ScenarioFile() {
    }

    /** The scenarios of a file, or every problem in it (file and line) in {@code errors}. */
    public static List<RuleScenario> parse(String file, String text, List<RuleCompilationException.RuleError> errors) {
        List<RuleScenario> scenarios = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        Draft draft = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m;
            if ((m = HEADING.matcher(line)).matches()) {
                finish(draft, file, scenarios, errors);
                draft = new Draft(lineNo, m.group(1).strip());
            } else if (draft == null) {
                errors.add(new RuleCompilationException.RuleError(file, lineNo,
                        "expected 'SCENARIO <name>' before '" + line + "'"));
            } else if ((m = GIVEN.matcher(line)).matches()) {
                for (String part : m.group(1).split(",")) {
                    given(part.strip(), draft, file, lineNo, errors);
                }
            } else if ((m = EXPECT.matcher(line)).matches()) {
                expect(m.group(1).strip(), draft, file, lineNo, errors);
            } else {
                errors.add(new RuleCompilationException.RuleError(file, lineNo,
                        "expected GIVEN, EXPECT or SCENARIO, found '" + line + "'"));
            }
        }
        finish(draft, file, scenarios, errors);
        return scenarios;
    }

    private static void given(String part, Draft draft, String file, int line,
                              List<RuleCompilationException.RuleError> errors) {
        int eq = part.indexOf('=');
        if (eq < 0) {
            errors.add(new RuleCompilationException.RuleError(file, line,
                    "expected 'field = value', found '" + part + "'"));
            return;
        }
        String field = part.substring(0, eq).strip();
        String value = part.substring(eq + 1).strip();
        if (NUMBERS.contains(field)) {
            try {
                double d = Double.parseDouble(value);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                draft.facts.put(field, d);
            } catch (NumberFormatException e) {
                errors.add(new RuleCompilationException.RuleError(file, line,
                        field + " must be a number, was '" + value + "'"));
            }
        } else if (YES_NO.contains(field)) {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.equals("yes") || v.equals("true")) {
                draft.facts.put(field, true);
            } else if (v.equals("no") || v.equals("false")) {
                draft.facts.put(field, false);
            } else {
                errors.add(new RuleCompilationException.RuleError(file, line,
                        field + " must be yes or no, was '" + value + "'"));
            }
        } else {
            errors.add(new RuleCompilationException.RuleError(file, line, "unknown fact '" + field + "'; known: "
                    + String.join(", ", List.of("ratedPowerMw", "ratedEnergyMwh", "annualCycles",
                    "independentMetering", "dispatchConnected", "legalEntity"))));
        }
    }

    private static void expect(String text, Draft draft, String file, int line,
                               List<RuleCompilationException.RuleError> errors) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (draft.expectLine > 0) {
            errors.add(new RuleCompilationException.RuleError(file, line,
                    "scenario '" + draft.name + "' already has an EXPECT line (line " + draft.expectLine + ")"));
        } else if (lower.equals("eligible")) {
            draft.expectLine = line;
            draft.eligible = true;
        } else if (lower.startsWith("not eligible:")) {
            Set<String> ids = new LinkedHashSet<>();
            Arrays.stream(text.substring(text.indexOf(':') + 1).split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).forEach(ids::add);
            if (ids.isEmpty()) {
                errors.add(new RuleCompilationException.RuleError(file, line,
                        "'EXPECT not eligible:' must list the rule IDs that fail"));
            }
            draft.expectLine = line;
            draft.eligible = false;
            draft.failing = ids;
        } else {
            errors.add(new RuleCompilationException.RuleError(file, line,
                    "expected 'EXPECT eligible' or 'EXPECT not eligible: <rule IDs>', found 'EXPECT " + text + "'"));
        }
    }

    private static void finish(Draft draft, String file, List<RuleScenario> scenarios,
                               List<RuleCompilationException.RuleError> errors) {
        if (draft == null) {
            return;
        }
        if (draft.expectLine == 0) {
            errors.add(new RuleCompilationException.RuleError(file, draft.line,
                    "scenario '" + draft.name + "' has no EXPECT line"));
            return;
        }
        if (!draft.facts.containsKey("ratedPowerMw")) {
            errors.add(new RuleCompilationException.RuleError(file, draft.line,
                    "scenario '" + draft.name + "' needs GIVEN ratedPowerMw = <MW>"));
            return;
        }
        scenarios.add(new RuleScenario(file, draft.line, draft.name, draft.facts, draft.eligible, draft.failing));
    }

    private static final class Draft {
        final int line;
        final String name;
        final Map<String, Object> facts = new LinkedHashMap<>();
        int expectLine;
        boolean eligible;
        Set<String> failing = Set.of();

        Draft(int line, String name) {
            this.line = line;
            this.name = name;
        }
    }
}
