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
 */
public record RuleSetInfo(String name, String title, String source, LocalDate asOf, List<String> requires,
                          String file, String version, List<RuleBase.RuleInfo> rules, String drl) {

    private static final Pattern TAG = Pattern.compile("^\\s*//\\s*@(\\w+)\\s+(.+?)\\s*$", Pattern.MULTILINE);

    public RuleSetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asOf, "asOf");
        requires = List.copyOf(requires);
        rules = List.copyOf(rules);
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
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        return chinese && drl != null ? tags(drl).getOrDefault(chineseTag, english) : english;
    }

    /** The IDs of its rules, in file order. */
    public List<String> ruleIds() {
        return rules.stream().map(RuleBase.RuleInfo::id).toList();
    }

    /**
     * Every rule set of a generation, in file order, keyed by name. A file without {@code @ruleSet} is not a rule
     * set (e.g. the AHP consistency rules). A header that lacks {@code @source} or has a malformed
     * {@code @asOf} is a compile-time problem of that file and is reported like one.
     */
    public static Map<String, RuleSetInfo> of(RuleBase ruleBase) {
        Map<String, RuleSetInfo> sets = new LinkedHashMap<>();
        for (RuleBase.RuleFile file : ruleBase.files()) {
            Map<String, String> tags = tags(file.source());
            String name = tags.get("ruleSet");
            if (name == null) {
                continue;
            }
            List<RuleBase.RuleInfo> rules = ruleBase.rules().stream().filter(r -> r.file().equals(file.path()))
                    .toList();
            sets.put(name, new RuleSetInfo(name, tags.getOrDefault("title", name), required(tags, "source", file),
                    asOf(tags, file), requires(tags.get("requires")), file.path(), hash(file.source()), rules,
                    file.source()));
        }
        return sets;
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
            if (tags.containsKey("asOf")) {
                try {
                    LocalDate.parse(tags.get("asOf"));
                } catch (DateTimeParseException e) {
                    errors.add(new RuleCompilationException.RuleError(file.path(), lineOf(file.source(), "@asOf"),
                            "// @asOf must be a date like 2024-01-27, was '" + tags.get("asOf") + "'"));
                }
            }
        }
        return errors;
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

    private static List<String> requires(String list) {
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
