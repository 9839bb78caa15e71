package com.sesadvisor.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named rule set (one DRL file, e.g. {@code rules/eligibility/CN-HEBEI-2024.drl}) as described by its header
 * comment: {@code // @ruleSet}, {@code // @title}, {@code // @source}, {@code // @asOf yyyy-mm-dd} and
 * {@code // @requires} (the input facts the rules read); optionally {@code // @titleZh} and {@code // @sourceZh}, the
 * Chinese title and source shown on Chinese screens (English otherwise, like the findings' two messages).
 *
 * @param name     selectable name, e.g. CN-HEBEI-2024
 * @param title    short human title
 * @param source   the regulation it encodes
 * @param asOf     the date of that regulation as encoded
 * @param requires input fields the rule set reads (validated before evaluation)
 * @param file     path of the DRL file below the rules folder
 * @param version  content hash of that file (changes whenever its text changes)
 * @param rules    its rules, by ID
 * @param drl      the DRL text
 * @param checks   the rule IDs every verdict must report ({@code // @checks}); closed world, see
 *                 {@link EligibilityJudge}
 * @param effectiveFrom  first day this version is in force ({@code // @effectiveFrom}, default the as-of date)
 * @param effectiveUntil last day it is in force ({@code // @effectiveUntil}), or null when open-ended
 * @param packageName    its DRL package (only these rules may fire for its projects)
 * @param scenarios      its GIVEN/EXPECT scenarios (the {@code .scenarios} file beside it)
 */
public record RuleSetInfo(String name, String title, String source, LocalDate asOf, List<String> requires,
                          String file, String version, List<RuleBase.RuleInfo> rules, String drl,
                          List<String> checks, LocalDate effectiveFrom, LocalDate effectiveUntil,
                          String packageName, List<RuleScenario> scenarios) {

    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern TAG = Pattern.compile("^\\s*//\\s*@(\\w+)\\s+(.+?)\\s*$", Pattern.MULTILINE);

    public RuleSetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asOf, "asOf");
        requires = List.copyOf(requires);
        rules = List.copyOf(rules);
        checks = List.copyOf(checks);
        scenarios = List.copyOf(scenarios);
        effectiveFrom = effectiveFrom == null ? asOf : effectiveFrom;
    }

    /** A rule set described only by its header basics: its checks are its rules, in force from its as-of date. */
    public RuleSetInfo(String name, String title, String source, LocalDate asOf, List<String> requires, String file,
                       String version, List<RuleBase.RuleInfo> rules, String drl) {
        this(name, title, source, asOf, requires, file, version, rules, drl,
                rules.stream().map(RuleBase.RuleInfo::id).toList(), asOf, null, null, List.of());
    }

    /** Whether this version of the rule set is in force on {@code date} (from and until are inclusive). */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }

    /** The title in the reader's language: the header's {@code // @titleZh} for Chinese when it has one. */
    public String title(Locale locale) {
        return inLanguage("titleZh", title, locale);
    }

    /** The regulation in the reader's language: the header's {@code // @sourceZh} for Chinese when it has one. */
    public String source(Locale locale) {
        return inLanguage("sourceZh", source, locale);
    }

    private String inLanguage(String chineseTag, String english, Locale locale) {
        boolean chinese = com.sesadvisor.engine.text.TextBundles.chinese(locale);
        return chinese && drl != null ? tags(drl).getOrDefault(chineseTag, english) : english;
    }

    /** The IDs of its rules, in file order. */
    public List<String> ruleIds() {
        return rules.stream().map(RuleBase.RuleInfo::id).toList();
    }

    /**
     * Every rule set of a generation, in file order, keyed by name; where a rule set has several dated versions,
     * the one in force today (or, if none is, the latest). A file without {@code @ruleSet} is not a rule set
     * (e.g. the AHP consistency rules).
     */
    public static Map<String, RuleSetInfo> of(RuleBase ruleBase) {
        return inForce(all(ruleBase), LocalDate.now());
    }

    /** The versions in force on {@code date}, keyed by name (the latest version where none is in force). */
    public static Map<String, RuleSetInfo> inForce(List<RuleSetInfo> all, LocalDate date) {
        Map<String, RuleSetInfo> sets = new LinkedHashMap<>();
        for (RuleSetInfo info : all) {
            RuleSetInfo chosen = sets.get(info.name());
            if (chosen == null || (info.inForceOn(date) && !chosen.inForceOn(date))
                    || (info.inForceOn(date) == chosen.inForceOn(date)
                    && info.effectiveFrom().isAfter(chosen.effectiveFrom()))) {
                sets.put(info.name(), info);
            }
        }
        return sets;
    }

    /** Every version of every rule set of a generation, in file order. */
    public static List<RuleSetInfo> all(RuleBase ruleBase) {
        List<RuleSetInfo> sets = new ArrayList<>();
        for (RuleBase.RuleFile file : ruleBase.files()) {
            Map<String, String> tags = tags(file.source());
            String name = tags.get("ruleSet");
            if (name == null) {
                continue;
            }
            List<RuleBase.RuleInfo> rules = ruleBase.rules().stream().filter(r -> r.file().equals(file.path()))
                    .toList();
            LocalDate asOf = asOf(tags, file);
            List<String> checks = tags.containsKey("checks") ? list(tags.get("checks"))
                    : rules.stream().map(RuleBase.RuleInfo::id).toList();
            List<RuleScenario> scenarios = file.scenarios() == null ? List.of()
                    : ScenarioFile.parse(scenarioPath(file.path()), file.scenarios(), new ArrayList<>());
            sets.add(new RuleSetInfo(name, tags.getOrDefault("title", name), required(tags, "source", file), asOf,
                    list(tags.get("requires")), file.path(), hash(file.source() + "\u0000"
                    + (file.scenarios() == null ? "" : file.scenarios())), rules, file.source(), checks,
                    date(tags.get("effectiveFrom"), asOf), date(tags.get("effectiveUntil"), null),
                    file.packageName(), scenarios));
        }
        return sets;
    }

    /** Whether a file is a rule set (its header has {@code // @ruleSet}). */
    public static boolean isRuleSet(RuleBase.RuleFile file) {
        return tags(file.source()).containsKey("ruleSet");
    }

    /** The scenarios file that belongs beside a DRL file: same name, {@code .scenarios} instead of {@code .drl}. */
    public static String scenarioPath(String drlPath) {
        return drlPath.substring(0, drlPath.length() - ".drl".length()) + ".scenarios";
    }

    /** Problems in the header comments of rule-set files, for the compiler to refuse the generation. */
    static List<RuleCompilationException.RuleError> headerErrors(List<RuleBase.RuleFile> files) {
        List<RuleCompilationException.RuleError> errors = new ArrayList<>();
        for (RuleBase.RuleFile file : files) {
            Map<String, String> tags = tags(file.source());
            if (!tags.containsKey("ruleSet")) {
                continue;
            }
            for (String tag : List.of("source", "asOf")) {
                if (!tags.containsKey(tag)) {
                    errors.add(new RuleCompilationException.RuleError(file.path(), 1,
                            "rule-set header lacks // @" + tag));
                }
            }
            for (String tag : List.of("asOf", "effectiveFrom", "effectiveUntil")) {
                if (tags.containsKey(tag)) {
                    try {
                        LocalDate.parse(tags.get(tag));
                    } catch (DateTimeParseException e) {
                        errors.add(new RuleCompilationException.RuleError(file.path(),
                                lineOf(file.source(), "@" + tag + " "),
                                "// @" + tag + " must be a date like 2024-01-27, was '" + tags.get(tag) + "'"));
                    }
                }
            }
            closedWorld(file, tags, errors);
        }
        datedVersions(files, errors);
        return errors;
    }

    /**
     * The {@code // @checks} declaration and the rules of the file must name the same IDs: a declared check without
     * a rule would never report (and a verdict would silently lose it), a rule without a declaration would be
     * ignored by the verdict.
     */
    private static void closedWorld(RuleBase.RuleFile file, Map<String, String> tags,
                                    List<RuleCompilationException.RuleError> errors) {
        int checksLine = lineOf(file.source(), "@checks ");
        if (!tags.containsKey("checks")) {
            errors.add(new RuleCompilationException.RuleError(file.path(), 1,
                    "rule-set header lacks // @checks (the rule IDs every verdict must report)"));
            return;
        }
        List<String> declared = list(tags.get("checks"));
        Map<String, Integer> ruleLines = new LinkedHashMap<>();
        Matcher m = RULE_NAME.matcher(file.source());
        while (m.find()) {
            String name = m.group(1).strip();
            int space = name.indexOf(' ');
            ruleLines.putIfAbsent(space < 0 ? name : name.substring(0, space),
                    lineAt(file.source(), m.start(1)));
        }
        for (String id : declared) {
            if (!ruleLines.containsKey(id)) {
                errors.add(new RuleCompilationException.RuleError(file.path(), checksLine,
                        "// @checks declares " + id + " but the file has no rule \"" + id + " ...\""));
            }
        }
        for (Map.Entry<String, Integer> rule : ruleLines.entrySet()) {
            if (!declared.contains(rule.getKey())) {
                errors.add(new RuleCompilationException.RuleError(file.path(), rule.getValue(),
                        "rule " + rule.getKey() + " is not declared in // @checks (line " + checksLine + ")"));
            }
        }
    }

    /** Two versions of one rule set must not both be in force on any day. */
    private static void datedVersions(List<RuleBase.RuleFile> files, List<RuleCompilationException.RuleError> errors) {
        record Period(String file, LocalDate from, LocalDate until) { }
        Map<String, List<Period>> byName = new LinkedHashMap<>();
        for (RuleBase.RuleFile file : files) {
            Map<String, String> tags = tags(file.source());
            if (!tags.containsKey("ruleSet")) {
                continue;
            }
            try {
                LocalDate asOf = LocalDate.parse(tags.getOrDefault("asOf", ""));
                LocalDate from = date(tags.get("effectiveFrom"), asOf);
                LocalDate until = date(tags.get("effectiveUntil"), null);
                if (until != null && until.isBefore(from)) {
                    errors.add(new RuleCompilationException.RuleError(file.path(),
                            lineOf(file.source(), "@effectiveUntil "), "// @effectiveUntil " + until
                            + " is before the rule set takes effect (" + from + ")"));
                }
                for (Period other : byName.computeIfAbsent(tags.get("ruleSet"), k -> new ArrayList<>())) {
                    boolean overlap = (other.until() == null || !from.isAfter(other.until()))
                            && (until == null || !other.from().isAfter(until));
                    if (overlap) {
                        errors.add(new RuleCompilationException.RuleError(file.path(), lineOf(file.source(),
                                "@ruleSet "), "rule set " + tags.get("ruleSet") + " is also defined by "
                                + other.file() + " for an overlapping period; give the older version an "
                                + "// @effectiveUntil before this one's // @effectiveFrom"));
                    }
                }
                byName.get(tags.get("ruleSet")).add(new Period(file.path(), from, until));
            } catch (DateTimeParseException e) {
                // reported as a header error already
            }
        }
    }

    private static int lineAt(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        return text == null ? otherwise : LocalDate.parse(text);
    }

    private static Map<String, String> tags(String source) {
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher m = TAG.matcher(source);
        while (m.find()) {
            tags.putIfAbsent(m.group(1), m.group(2));
        }
        return tags;
    }

    private static String required(Map<String, String> tags, String tag, RuleBase.RuleFile file) {
        String value = tags.get(tag);
        if (value == null) {
            throw new IllegalStateException(file.path() + " lacks // @" + tag);
        }
        return value;
    }

    private static LocalDate asOf(Map<String, String> tags, RuleBase.RuleFile file) {
        return LocalDate.parse(required(tags, "asOf", file));
    }

    private static List<String> list(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static int lineOf(String source, String needle) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
