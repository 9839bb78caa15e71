package com.sesadvisor.eligibility.batch;

import java.time.Duration;
import java.time.Instant;

/**
 * A batch eligibility job as its owner sees it: what was uploaded, where it stands and how many rows were read,
 * judged (eligible or not) and refused with errors. Counters of a running job grow chunk by chunk.
 *
 * @param rowsRead    data rows parsed from the upload so far
 * @param rowsJudged  rows with a verdict (committed)
 * @param rowsFailed  rows refused with errors (bad cells, missing values, a rule that failed to run; committed)
 */
public record BatchJob(long id, String owner, String ruleSet, String ruleSetVersion, String fileName,
                       String format, Status status, long rowsRead, long rowsJudged, long rowsEligible,
                       long rowsFailed, String message, Instant createdAt, Instant startedAt, Instant finishedAt,
                       long version) {

    /** Where a job stands. QUEUED and RUNNING are live; the others are final. */
    public enum Status {
        QUEUED, RUNNING, DONE, CANCELLED, FAILED,
        /** The service stopped (crash, restart) while the job was queued or running; its results are partial. */
        INTERRUPTED;

        public boolean live() {
            return this == QUEUED || this == RUNNING;
        }
    }

    public long rowsNotEligible() {
        return rowsJudged - rowsEligible;
    }

    /** Rows whose results are stored (and downloadable). */
    public long rowsDone() {
        return rowsJudged + rowsFailed;
    }

    /** Rows done per second since the start (to now while running), or 0 before any. */
    public double rowsPerSecond(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        long millis = Duration.between(startedAt, finishedAt != null ? finishedAt : now).toMillis();
        return millis <= 0 ? 0 : rowsDone() * 1000.0 / millis;
    }

    BatchJob withRowsRead(long read) {
        return new BatchJob(id, owner, ruleSet, ruleSetVersion, fileName, format, status, Math.max(read, rowsRead),
                rowsJudged, rowsEligible, rowsFailed, message, createdAt, startedAt, finishedAt, version);
    }
}
