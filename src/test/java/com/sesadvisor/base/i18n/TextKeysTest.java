package com.sesadvisor.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the sentences services and the engine hand to screens as {@code engine.text.Text}: a key written in the code
 * but missing from its bundle (English or Chinese) fails the build here rather than showing {@code !key!} on a
 * screen, and every pattern is a valid MessageFormat whose apostrophes survive formatting.
 */
class TextKeysTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** A string literal that looks like a message key: {@code "bundle.more.segments"}. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+\\.[A-Za-z0-9_.-]*[A-Za-z0-9_])\"");
    private static final Pattern TEXT_OF = Pattern.compile("Text\\.of\\(\\s*\"([^\"]*[^\".])\"\\s*[,)]");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    private final Map<String, Properties> bundles = TranslationProvider.bundles();

    @Test
    void every_key_the_services_and_the_engine_write_exists_in_english_and_chinese() throws IOException {
        Set<String> names = bundles.keySet().stream().filter(n -> !n.endsWith("_zh_CN")).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        for (Path file : javaFiles()) {
            String src = Files.readString(file);
            String path = file.toString().replace('\\', '/');
            // services and the engine: every literal that names a bundle is a key (views use their own keys, and
            // controllers also carry JSON paths such as "eligibility.eligible")
            if (!path.contains("/ui/") && !path.contains("/api/")) {
                Matcher m = KEY_LITERAL.matcher(src);
                while (m.find()) {
                    if (names.contains(m.group(1).substring(0, m.group(1).indexOf('.')))) {
                        used.add(m.group(1));
                    }
                }
            }
            Matcher t = TEXT_OF.matcher(src); // anywhere: the first argument of Text.of
            while (t.find()) {
                used.add(t.group(1));
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(100);
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            String bundle = key.substring(0, key.indexOf('.'));
            if (bundles.get(bundle) == null || !bundles.get(bundle).containsKey(key)) {
                missing.add(key + " (English, " + bundle + ".properties)");
            }
            if (bundles.get(bundle + "_zh_CN") == null || !bundles.get(bundle + "_zh_CN").containsKey(key)) {
                missing.add(key + " (Chinese, " + bundle + "_zh_CN.properties)");
            }
        }
        assertThat(missing).as("keys used in the code but missing from the bundle named by their first segment")
                .isEmpty();
    }

    /**
     * Every enum of compiler-checked keys and every holder of key families (decision 0006); add a feature's enum
     * here when it is created. Only these classes may assemble a key from a prefix and a value.
     */
    private static final List<Class<?>> KEY_ENUMS = List.of(
            com.sesadvisor.analysis.AnalysisText.class, com.sesadvisor.analysis.saved.ScenarioText.class,
            com.sesadvisor.workshop.transfer.JudgementText.class,
            com.sesadvisor.analysis.WeightSensitivityText.class,
            com.sesadvisor.engine.finance.party.PartyText.class,
            com.sesadvisor.rules.RuleText.class,
            com.sesadvisor.workshop.WorkshopText.class, com.sesadvisor.workshop.answers.AnswerText.class,
            com.sesadvisor.admin.ui.AccountText.class, com.sesadvisor.eligibility.EligibilityText.class,
            com.sesadvisor.engine.finance.FinanceText.class, com.sesadvisor.engine.recommend.CriterionText.class,
            com.sesadvisor.engine.text.UnitText.class);

    @Test
    void every_compiler_checked_key_and_family_member_exists_in_english_and_chinese() {
        List<com.sesadvisor.engine.text.TextKey> keys = new ArrayList<>();
        for (Class<?> e : KEY_ENUMS) {
            for (Object c : e.isEnum() ? e.getEnumConstants() : new Object[0]) {
                keys.add((com.sesadvisor.engine.text.TextKey) c);
            }
            keys.addAll(families(e));
        }
        assertThat(keys).hasSizeGreaterThan(300);
        List<String> missing = new ArrayList<>();
        for (var k : keys) {
            for (Locale l : com.sesadvisor.engine.text.TextBundles.LOCALES) {
                if (com.sesadvisor.engine.text.TextBundles.pattern(k.key(), l) == null) {
                    missing.add(k.key() + " (" + l + ")");
                }
            }
        }
        assertThat(missing).as("typed keys without a pattern").isEmpty();
    }

    /**
     * A string literal that begins some bundle key and ends in a dot, followed by {@code +}: a key built by concatenation
     * ({@code "workshop.status." + s.name()}), which neither the compiler nor {@link #KEY_ENUMS} can check.
     */
    private static final Pattern CONCATENATED_KEY = Pattern.compile("\"([a-z]+)((?:\\.[A-Za-z0-9_]+)*)\\.\"\\s*\\+");

    /**
     * Keys are never built by concatenation in main code: a family of keys chosen by a value is a method of the
     * feature's key enum (registered in {@link #KEY_ENUMS}, members listed by its {@code families()}), the one
     * place where such a key may be assembled, and this test renders every member in both languages.
     */
    @Test
    void no_key_is_built_by_string_concatenation_outside_a_key_enum() throws IOException {
        Set<String> keys = new TreeSet<>();
        bundles.values().forEach(p -> p.stringPropertyNames().forEach(keys::add));
        List<String> built = new ArrayList<>();
        for (Path file : javaFiles()) {
            String src = Files.readString(file);
            if (KEY_ENUMS.stream().anyMatch(k -> file.endsWith(k.getName().replace('.', '/') + ".java"))) {
                continue; // a registered key enum or family holder: its families are checked member by member
            }
            Matcher m = CONCATENATED_KEY.matcher(src);
            while (m.find()) {
                String prefix = m.group(1) + m.group(2) + ".";
                if (keys.stream().anyMatch(k -> k.startsWith(prefix))) {
                    int line = (int) src.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    built.add(MAIN.relativize(file) + ":" + line + ": " + m.group());
                }
            }
        }
        assertThat(built).as("message keys built by string concatenation (use a key enum's family method)").isEmpty();
    }

    /** Only {@code TextBundles.language/chinese} maps a locale to a product language (decision 0006). */
    @Test
    void no_code_but_text_bundles_compares_a_locale_with_chinese() throws IOException {
        Pattern check = Pattern.compile("\"zh\"\\s*\\.equals|equals\\(\\s*\"zh\"|getLanguage\\(\\)\\s*==");
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (file.endsWith("TextBundles.java")) {
                continue;
            }
            Matcher m = check.matcher(Files.readString(file));
            while (m.find()) {
                found.add(MAIN.relativize(file) + ": " + m.group());
            }
        }
        assertThat(found).as("use TextBundles.chinese(locale) or TextBundles.language(locale)").isEmpty();
    }

    /** The members of a key enum's families ({@code static List<TextKey> families()}), or none. */
    @SuppressWarnings("unchecked")
    private static List<com.sesadvisor.engine.text.TextKey> families(Class<?> keyEnum) {
        try {
            return (List<com.sesadvisor.engine.text.TextKey>) keyEnum.getMethod("families").invoke(null);
        } catch (NoSuchMethodException e) {
            return List.of();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_pattern_formats_and_keeps_its_apostrophes() {
        List<String> bad = new ArrayList<>();
        bundles.forEach((name, props) -> props.forEach((k, v) -> {
            String pattern = v.toString();
            if (!ARGUMENT.matcher(pattern).find()) {
                return; // used as it is, never through MessageFormat
            }
            if (pattern.replace("''", "").indexOf('\'') >= 0) {
                bad.add(name + " " + k + ": a single apostrophe in a pattern with arguments (write '')");
            }
            Locale locale = name.endsWith("_zh_CN") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            assertThatCode(() -> new java.text.MessageFormat(pattern, locale)).as(name + " " + k)
                    .doesNotThrowAnyException();
        }));
        assertThat(bad).isEmpty();
    }

    @Test
    void the_chinese_of_every_service_and_engine_sentence_is_chinese() {
        Properties zh = bundles.get("ahp_zh_CN");
        Properties all = new Properties();
        all.putAll(zh);
        bundles.get("workshop_zh_CN").forEach((k, v) -> {
            if (Stream.of("workshop.import.", "workshop.error.", "workshop.hierarchy.error.",
                    "workshop.findingDetail.").anyMatch(k.toString()::startsWith)) {
                all.put(k, v);
            }
        });
        bundles.get("eligibility_zh_CN").forEach((k, v) -> {
            if (k.toString().startsWith("eligibility.problem.")) {
                all.put(k, v);
            }
        });
        assertThat(all).hasSizeGreaterThan(100);
        List<String> english = new ArrayList<>();
        all.forEach((k, v) -> {
            if (!"{0}".equals(v) && !CJK.matcher(v.toString()).find()) {
                english.add(k + "=" + v);
            }
        });
        assertThat(english).as("Chinese patterns without a Chinese character").isEmpty();
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
