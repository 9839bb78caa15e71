package com.sesadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseCompilerTest {

    private final RuleBaseCompiler compiler = new RuleBaseCompiler(Clock.systemUTC());

    @Test
    void compiles_the_real_rules_folder_and_lists_rules_by_id() {
        RuleBase ruleBase = compiler.compile(RuleTestSupport.RULES);
        assertThat(ruleBase.rules()).extracting(RuleBase.RuleInfo::id).contains("AHP-CR-001");
        assertThat(ruleBase.files()).extracting(RuleBase.RuleFile::path).contains("consistency/ahp-consistency.drl");
        compiler.dispose(ruleBase);
    }

    @Test
    void a_broken_file_is_refused_with_its_name_and_line(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("consistency"));
        Files.writeString(dir.resolve("consistency/broken.drl"), """
                package com.sesadvisor.rules.consistency;
                import com.sesadvisor.rules.facts.MatrixConsistencyFact;

                rule "TEST-001 Broken"
                when
                    MatrixConsistencyFact( noSuchField > 1 )
                then
                end
                """);
        assertThatThrownBy(() -> compiler.compile(dir))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("broken.drl")
                .satisfies(e -> {
                    RuleCompilationException.RuleError error = ((RuleCompilationException) e).errors().get(0);
                    assertThat(error.file()).endsWith("consistency/broken.drl");
                    assertThat(error.line()).isEqualTo(6);
                });
    }

    @Test
    void a_syntax_error_is_refused_with_its_line(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("syntax.drl"), "package x;\n\nrule \"X-1 missing end\"\nwhen\nthen\n");
        assertThatThrownBy(() -> compiler.compile(dir))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("syntax.drl");
    }

    @Test
    void an_empty_or_missing_folder_is_refused(@TempDir Path dir) {
        assertThatThrownBy(() -> compiler.compile(dir)).hasMessageContaining("No .drl files");
        assertThatThrownBy(() -> compiler.compile(dir.resolve("nope"))).hasMessageContaining("does not exist");
    }

    @Test
    void the_version_is_a_content_hash(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.drl"), "package a;\n");
        String first = compiler.compile(dir).version();
        assertThat(compiler.compile(dir).version()).isEqualTo(first);
        Files.writeString(dir.resolve("a.drl"), "package a;\n// changed\n");
        assertThat(compiler.compile(dir).version()).isNotEqualTo(first);
    }
}
