package com.sesadvisor.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link RuleBaseHistory} in table {@code rule_base_history} (V20); the start-up activation is recorded once ready. */
@Repository
class JdbcRuleBaseHistory implements RuleBaseHistory {

    private static final TypeReference<Map<String, String>> HASHES = new TypeReference<>() { };
    private static final TypeReference<List<RuleScenario.Result>> RESULTS = new TypeReference<>() { };
    private static final TypeReference<List<RuleCompilationException.RuleError>> ERRORS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    JdbcRuleBaseHistory(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordStartup(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(RuleBaseReloader.class).recordStartup();
    }

    @Override
    public void record(Event e) {
        String message = e.message().length() > 2000 ? e.message().substring(0, 2000) : e.message();
        jdbc.update("insert into rule_base_history (happened_at, actor, outcome, version, previous_version, "
                        + "file_hashes_json, diff, scenarios_json, errors_json, message) values (?,?,?,?,?,?,?,?,?,?)",
                Timestamp.from(e.at()), e.actor().length() > 64 ? e.actor().substring(0, 64) : e.actor(),
                e.outcome(), e.version(), e.previousVersion(), write(e.fileHashes()), e.diff(),
                write(e.scenarioResults()), write(e.errors()), message);
    }

    @Override
    public List<Event> recent(int limit) {
        return jdbc.query("select * from rule_base_history order by happened_at desc, id desc limit "
                + Math.max(1, Math.min(limit, 1000)), this::map);
    }

    private Event map(ResultSet rs, int row) throws SQLException {
        return new Event(rs.getLong("id"), rs.getTimestamp("happened_at").toInstant(), rs.getString("actor"),
                rs.getString("outcome"), rs.getString("version"), rs.getString("previous_version"),
                read(rs.getString("file_hashes_json"), HASHES), rs.getString("diff"),
                read(rs.getString("scenarios_json"), RESULTS), read(rs.getString("errors_json"), ERRORS),
                rs.getString("message"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise rule history", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt rule history row", e);
        }
    }
}
