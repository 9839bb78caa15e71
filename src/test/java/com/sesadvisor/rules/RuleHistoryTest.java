package com.sesadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every activation and refusal is recorded with who, file hashes, a readable diff and the scenario results. */
class RuleHistoryTest {

    @TempDir
    Path dir;

    private final List<RuleBaseHistory.Event> events = new CopyOnWriteArrayList<>();
    private final RuleBaseHistory history = new RuleBaseHistory() {
        @Override
        public void record(Event event) {
            events.add(event);
        }

        @Override
        public List<Event> recent(int limit) {
            return events;
        }
    };

    @Test
    void start_up_a_refusal_and_an_activation_are_recorded_with_diff_and_scenario_results() throws IOException {
        RuleTestSupport.copyShippedRules(dir);
        RuleBaseCompiler compiler = new RuleBaseCompiler(Clock.systemUTC());
        RuleEngine engine = new RuleEngine(compiler.compile(dir), compiler::dispose);
        RuleBaseReloader reloader = new RuleBaseReloader(compiler, engine, dir, Clock.systemUTC(), history);
        reloader.recordStartup();
        Path hebei = dir.resolve("eligibility/CN-HEBEI-2024.drl");
        String good = Files.readString(hebei);
        Files.writeString(hebei, good.replace("return 100.0;", "return -1;"));
        reloader.reload("regulator-admin");
        Files.writeString(hebei, good + "\n// reviewed, thresholds unchanged\n");
        reloader.reload("regulator-admin");

        assertThat(events).extracting(RuleBaseHistory.Event::outcome)
                .containsExactly("ACTIVATED", "REFUSED", "ACTIVATED");
        RuleBaseHistory.Event startup = events.get(0);
        assertThat(startup.actor()).isEqualTo("start-up");
        assertThat(startup.fileHashes()).containsKeys("eligibility/CN-HEBEI-2024.drl",
                "eligibility/CN-HEBEI-2024.scenarios");
        RuleBaseHistory.Event refused = events.get(1);
        assertThat(refused.actor()).isEqualTo("regulator-admin");
        assertThat(refused.version()).isNull();
        assertThat(refused.diff()).contains("*** eligibility/CN-HEBEI-2024.drl")
                .contains("-   16 | function double minRatedPowerMw() { return 100.0; }")
                .contains("+   16 | function double minRatedPowerMw() { return -1; }");
        assertThat(refused.scenarioResults()).anyMatch(r -> !r.passed()
                && r.name().equals("Power just under the 100 MW floor") && r.actual().equals("eligible"));
        assertThat(refused.errors()).isNotEmpty();
        assertThat(refused.fileHashes().get("eligibility/CN-HEBEI-2024.drl"))
                .isNotEqualTo(startup.fileHashes().get("eligibility/CN-HEBEI-2024.drl"));
        RuleBaseHistory.Event activated = events.get(2);
        assertThat(activated.version()).isEqualTo(engine.current().version());
        assertThat(activated.previousVersion()).isEqualTo(startup.version());
        assertThat(activated.scenarioResults()).hasSize(21).allMatch(RuleScenario.Result::passed);
    }
}
