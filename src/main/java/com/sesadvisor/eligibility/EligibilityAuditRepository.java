package com.sesadvisor.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The audit trail in table {@code eligibility_audit}. Plain JDBC rather than JPA: rows are write-once, a batch
 * writes thousands at a time (JDBC batch insert), and facts and findings are stored as the JSON they are shown as.
 */
@Repository
class EligibilityAuditRepository {

    private static final String INSERT = "insert into eligibility_audit (decided_at, decided_by, project_name, "
            + "rule_set, rule_set_version, rule_base_version, eligible, origin, project_json, checks_json, "
            + "fired_rules, assessment_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final TypeReference<List<RuleCheck>> CHECKS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    EligibilityAuditRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long save(EligibilityVerdict verdict, String origin) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement(INSERT, new String[] {"id"});
            bind(ps, verdict, origin);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Stores many verdicts in JDBC batches; ids are not needed for batch rows (they are found by query). */
    void saveAll(List<EligibilityVerdict> verdicts, String origin) {
        jdbc.batchUpdate(INSERT, verdicts, 500, (ps, v) -> bind(ps, v, origin));
    }

    Optional<AuditEntry> find(long id) {
        return jdbc.query("select * from eligibility_audit where id = ?", this::map, id).stream().findFirst();
    }

    List<AuditEntry> search(AuditQuery q, ZoneId zone) {
        StringBuilder sql = new StringBuilder("select * from eligibility_audit where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.project() != null) {
            sql.append(" and lower(project_name) like ? escape '\\'");
            args.add("%" + q.project().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.ruleSet() != null) {
            sql.append(" and rule_set = ?");
            args.add(q.ruleSet());
        }
        if (q.user() != null) {
            sql.append(" and decided_by = ?");
            args.add(q.user());
        }
        if (q.from() != null) {
            sql.append(" and decided_at >= ?");
            args.add(Timestamp.from(q.from().atStartOfDay(zone).toInstant()));
        }
        if (q.to() != null) {
            sql.append(" and decided_at < ?");
            args.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        sql.append(" order by decided_at desc, id desc limit ").append(q.limit());
        return jdbc.query(sql.toString(), this::map, args.toArray());
    }

    private void bind(java.sql.PreparedStatement ps, EligibilityVerdict v, String origin) throws SQLException {
        ps.setTimestamp(1, Timestamp.from(v.decidedAt()));
        ps.setString(2, v.decidedBy());
        ps.setString(3, v.project().name().strip());
        ps.setString(4, v.ruleSet());
        ps.setString(5, v.ruleSetVersion());
        ps.setString(6, v.ruleBaseVersion());
        ps.setBoolean(7, v.eligible());
        ps.setString(8, origin);
        ps.setString(9, write(v.project()));
        ps.setString(10, write(v.checks()));
        ps.setString(11, String.join(",", v.firedRules()));
        ps.setObject(12, v.assessmentDate() == null ? null : java.sql.Date.valueOf(v.assessmentDate()),
                java.sql.Types.DATE);
    }

    private AuditEntry map(ResultSet rs, int row) throws SQLException {
        String fired = rs.getString("fired_rules");
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("decided_at").toInstant(),
                rs.getString("decided_by"), rs.getString("project_name"), rs.getString("rule_set"),
                rs.getString("rule_set_version"), rs.getString("rule_base_version"), rs.getBoolean("eligible"),
                rs.getString("origin"), read(rs.getString("project_json"), ProjectInput.class),
                read(rs.getString("checks_json"), CHECKS), fired.isEmpty() ? List.of() : List.of(fired.split(",")),
                rs.getDate("assessment_date") == null ? null : rs.getDate("assessment_date").toLocalDate());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise audit data", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt audit row", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt audit row", e);
        }
    }
}
