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

    /** Every enum of compiler-checked keys (decision 0006); add a feature's enum here when it is created. */
    private static final List<Class<? extends Enum<?>>> KEY_ENUMS = List.of(
            com.sesadvisor.analysis.AnalysisText.class, com.sesadvisor.analysis.saved.ScenarioText.class,
            com.sesadvisor.workshop.transfer.JudgementText.class, com.sesadvisor.rules.RuleText.class);

    @Test
    void every_compiler_checked_key_and_family_member_exists_in_english_and_chinese() {
        List<com.sesadvisor.engine.text.TextKey> keys = new ArrayList<>(
                com.sesadvisor.analysis.AnalysisText.families());
        for (Class<? extends Enum<?>> e : KEY_ENUMS) {
            for (Enum<?> c : e.getEnumConstants()) {
                keys.add((com.sesadvisor.engine.text.TextKey) c);
            }
        }
        assertThat(keys).hasSizeGreaterThan(10);
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
