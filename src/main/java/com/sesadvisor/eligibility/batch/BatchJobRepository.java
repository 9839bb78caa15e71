package com.sesadvisor.eligibility.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Jobs and their result rows (tables of V95). Plain JDBC: results are write-once and written a chunk at a time
 * in JDBC batches; state changes are conditional updates (a final state is never overwritten) that bump the
 * row's version.
 */
@Repository
class BatchJobRepository {

    private static final String LIVE = "('QUEUED', 'RUNNING')";
    private static final String INSERT_RESULT = "insert into eligibility_batch_result (job_id, row_no, line_no, "
            + "project_name, status, eligible, failed_rules, errors, errors_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    BatchJobRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored result row. {@code eligible} is null for ERROR rows. */
    record ResultRow(long row, long line, String name, String status, Boolean eligible, String failedRules,
                     String errors, String errorsJson) {
    }

    long insert(String owner, String ruleSet, String fileName, String format, Instant createdAt, String instance) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into eligibility_batch_job (owner_name, rule_set, file_name, "
                    + "file_format, status, created_at, instance_id, heartbeat_at) values (?, ?, ?, ?, 'QUEUED', ?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, owner);
            ps.setString(2, ruleSet);
            ps.setString(3, fileName);
            ps.setString(4, format);
            ps.setTimestamp(5, Timestamp.from(createdAt));
            ps.setString(6, instance);
            ps.setTimestamp(7, Timestamp.from(createdAt));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    Optional<BatchJob> find(long id) {
        return jdbc.query("select * from eligibility_batch_job where id = ?", this::map, id).stream().findFirst();
    }

    /** Newest first; every owner's when {@code owner} is null. */
    List<BatchJob> list(String owner, int limit) {
        return owner == null
                ? jdbc.query("select * from eligibility_batch_job order by id desc limit " + limit, this::map)
                : jdbc.query("select * from eligibility_batch_job where owner_name = ? order by id desc limit "
                        + limit, this::map, owner);
    }

    /** QUEUED to RUNNING; false if the job is no longer queued (cancelled meanwhile). */
    boolean start(long id, String ruleSetVersion, Instant at) {
        return jdbc.update("update eligibility_batch_job set status = 'RUNNING', rule_set_version = ?, "
                + "started_at = ?, version = version + 1 where id = ? and status = 'QUEUED'", ruleSetVersion,
                Timestamp.from(at), id) == 1;
    }

    /** Adds one committed chunk's counts (inside the chunk's transaction). */
    void addChunk(long id, long read, long judged, long eligible, long failed) {
        jdbc.update("update eligibility_batch_job set rows_read = rows_read + ?, rows_judged = rows_judged + ?, "
                + "rows_eligible = rows_eligible + ?, rows_failed = rows_failed + ?, version = version + 1 "
                + "where id = ?", read, judged, eligible, failed, id);
    }

    /** A live job to a final state; a job already final is left as it is. */
    boolean finish(long id, BatchJob.Status status, String message, Instant at) {
        return jdbc.update("update eligibility_batch_job set status = ?, message = ?, finished_at = ?, "
                + "version = version + 1 where id = ? and status in " + LIVE, status.name(), cut(message, 2000),
                Timestamp.from(at), id) == 1;
    }

    /**
     * Every live job whose process has not said it is alive since {@code staleBefore} (or never did) to
     * INTERRUPTED: that process stopped or crashed. Jobs of processes still beating are left alone, so one
     * instance's start-up never interrupts another instance's work. Returns how many.
     */
    int interruptStale(String message, Instant staleBefore, Instant at) {
        return jdbc.update("update eligibility_batch_job set status = 'INTERRUPTED', message = ?, finished_at = ?, "
                + "version = version + 1 where status in " + LIVE + " and (heartbeat_at is null or heartbeat_at < ?)",
                message, Timestamp.from(at), Timestamp.from(staleBefore));
    }

    /** This process is alive: the heartbeat of every live job it runs. */
    void heartbeat(String instance, Instant at) {
        jdbc.update("update eligibility_batch_job set heartbeat_at = ? where instance_id = ? and status in " + LIVE,
                Timestamp.from(at), instance);
    }

    /** Asks whichever process runs a live job to cancel it; false if the job is not live. */
    boolean requestCancel(long id) {
        return jdbc.update("update eligibility_batch_job set cancel_requested = true, version = version + 1 "
                + "where id = ? and status in " + LIVE, id) == 1;
    }

    /** The ids among this process's live jobs that someone asked (possibly through another instance) to cancel. */
    List<Long> cancelRequested(String instance) {
        return jdbc.queryForList("select id from eligibility_batch_job where instance_id = ? and cancel_requested "
                + "and status in " + LIVE, Long.class, instance);
    }

    void delete(long id) {
        jdbc.update("delete from eligibility_batch_result where job_id = ?", id);
        jdbc.update("delete from eligibility_batch_job where id = ?", id);
    }

    void insertResults(long jobId, List<ResultRow> rows) {
        jdbc.batchUpdate(INSERT_RESULT, rows, rows.size(), (ps, r) -> {
            ps.setLong(1, jobId);
            ps.setLong(2, r.row());
            ps.setLong(3, r.line());
            ps.setString(4, cut(r.name(), 255));
            ps.setString(5, r.status());
            if (r.eligible() == null) {
                ps.setNull(6, Types.BOOLEAN);
            } else {
                ps.setBoolean(6, r.eligible());
            }
            ps.setString(7, cut(r.failedRules(), 4000));
            ps.setString(8, cut(r.errors(), 4000));
            ps.setString(9, r.errorsJson());
        });
    }

    /** Up to {@code limit} result rows after row {@code afterRow}, in row order (keyset paging: bounded memory). */
    List<ResultRow> results(long jobId, long afterRow, int limit) {
        return jdbc.query("select * from eligibility_batch_result where job_id = ? and row_no > ? order by row_no "
                + "limit " + limit, (rs, i) -> new ResultRow(rs.getLong("row_no"), rs.getLong("line_no"),
                rs.getString("project_name"), rs.getString("status"),
                rs.getObject("eligible") == null ? null : rs.getBoolean("eligible"), rs.getString("failed_rules"),
                rs.getString("errors"), rs.getString("errors_json")), jobId, afterRow);
    }

    private BatchJob map(ResultSet rs, int row) throws SQLException {
        return new BatchJob(rs.getLong("id"), rs.getString("owner_name"), rs.getString("rule_set"),
                rs.getString("rule_set_version"), rs.getString("file_name"), rs.getString("file_format"),
                BatchJob.Status.valueOf(rs.getString("status")), rs.getLong("rows_read"), rs.getLong("rows_judged"),
                rs.getLong("rows_eligible"), rs.getLong("rows_failed"), rs.getString("message"),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
