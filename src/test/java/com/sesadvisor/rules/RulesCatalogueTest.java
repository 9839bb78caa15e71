package com.sesadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/rules-catalogue.md has exactly one row per rule ID found in rules/**&#47;*.drl, and each row is current:
 * same file, same as-of date as the rule set's header, and a test method that exists.
 */
class RulesCatalogueTest {

    private static final Path CATALOGUE = Path.of("docs", "rules-catalogue.md");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"\\s]+)[^\"]*\"", Pattern.MULTILINE);
    private static final Pattern AS_OF = Pattern.compile("^\\s*//\\s*@asOf\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern TEST = Pattern.compile("`(\\w+)\\.(\\w+)`");

    /** rule ID -> (file relative to rules/, @asOf or null). */
    private static final Map<String, String[]> drlRules = new LinkedHashMap<>();
    /** rule ID -> catalogue cells. */
    private static final Map<String, List<String>> rows = new LinkedHashMap<>();
    private static final List<String> duplicates = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.walk(RuleTestSupport.RULES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                String source = Files.readString(p, StandardCharsets.UTF_8);
                Matcher asOf = AS_OF.matcher(source);
                String date = asOf.find() ? asOf.group(1) : null;
                String rel = RuleTestSupport.RULES.relativize(p).toString().replace('\\', '/');
                Matcher m = RULE.matcher(source);
                while (m.find()) {
                    if (drlRules.put(m.group(1), new String[] {rel, date}) != null) {
                        duplicates.add(m.group(1));
                    }
                }
            }
        }
        for (String line : Files.readAllLines(CATALOGUE, StandardCharsets.UTF_8)) {
            if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| rule ID")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|", -1))
                    .map(String::strip).toList();
            if (rows.put(cells.get(0), cells) != null) {
                duplicates.add("catalogue row " + cells.get(0));
            }
        }
    }

    @Test
    void rule_ids_are_unique_in_rules_and_catalogue() {
        assertThat(duplicates).isEmpty();
        assertThat(drlRules).isNotEmpty();
    }

    @Test
    void every_rule_has_a_row() {
        assertThat(rows.keySet()).as("rule IDs missing from docs/rules-catalogue.md")
                .containsAll(drlRules.keySet());
    }

    @Test
    void every_row_names_an_existing_rule() {
        assertThat(drlRules.keySet()).as("catalogue rows for rules that are not in rules/ (stale)")
                .containsAll(rows.keySet());
    }

    @Test
    void every_row_names_the_file_the_rule_lives_in() {
        drlRules.forEach((id, where) -> {
            if (rows.containsKey(id)) {
                assertThat(rows.get(id).get(5)).as("file of " + id).isEqualTo("`" + where[0] + "`");
            }
        });
    }

    @Test
    void rule_set_rows_carry_the_as_of_date_of_their_header() {
        drlRules.forEach((id, where) -> {
            if (where[1] != null && rows.containsKey(id)) {
                assertThat(rows.get(id).get(4)).as("as-of of " + id).isEqualTo(where[1]);
            }
        });
    }

    @Test
    void every_row_has_intent_facts_source_and_an_existing_test() {
        rows.forEach((id, cells) -> {
            assertThat(cells).as("columns of " + id).hasSize(7);
            for (int i = 1; i <= 4; i++) {
                assertThat(cells.get(i)).as("column " + i + " of " + id).isNotBlank();
            }
            Matcher test = TEST.matcher(cells.get(6));
            assertThat(test.find()).as("test of " + id + " as `Class.method`").isTrue();
            assertThat(testMethodExists(test.group(1), test.group(2)))
                    .as("test " + test.group(1) + "." + test.group(2) + " of " + id).isTrue();
        });
    }

    private static boolean testMethodExists(String simpleClass, String method) {
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            Path file = files.filter(p -> p.getFileName().toString().equals(simpleClass + ".java")).findFirst()
                    .orElse(null);
            if (file == null) {
                return false;
            }
            String fqcn = Path.of("src", "test", "java").relativize(file).toString().replace('/', '.')
                    .replace('\\', '.').replaceAll("\\.java$", "");
            Class<?> type = Class.forName(fqcn);
            for (Method m : type.getDeclaredMethods()) {
                if (m.getName().equals(method)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | ClassNotFoundException e) {
            return false;
        }
    }
}
