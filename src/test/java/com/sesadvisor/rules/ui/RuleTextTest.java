package com.sesadvisor.rules.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The catalogue shows just the selected rule's DRL, not its whole file. */
class RuleTextTest {

    @Test
    void one_rule_is_cut_from_its_file() throws IOException {
        String drl = Files.readString(Path.of("rules/eligibility/CN-HEBEI-2024.drl"));
        String rule = RulesView.ruleText(drl, "ELIG-HE-002");
        assertThat(rule).startsWith("rule \"ELIG-HE-002").endsWith("end").contains("minDurationHours()")
                .doesNotContain("ELIG-HE-001").doesNotContain("ELIG-HE-003");
    }

    @Test
    void an_unknown_id_shows_the_whole_file() {
        assertThat(RulesView.ruleText("package x;\n", "NOPE-1")).isEqualTo("package x;\n");
    }
}
