package com.sesadvisor.eligibility.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sesadvisor.eligibility.Csv;
import com.sesadvisor.eligibility.EligibilityEvaluator;
import com.sesadvisor.eligibility.EligibilityService;
import com.sesadvisor.eligibility.EligibilityVerdict;
import com.sesadvisor.eligibility.FieldProblem;
import com.sesadvisor.eligibility.ProjectCsv;
import com.sesadvisor.eligibility.RuleSetQuarantinedException;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.RuleSetInfo;
import jakarta.annotation.PreDestroy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch eligibility at scale. An upload is saved to a temporary file and its header checked at once (a bad upload
 * is refused before any job exists); then one job thread streams its rows (CSV or xlsx, never the whole file) in
 * chunks through a small bounded queue to one worker per core. Each worker judges with its own reused rule session
 * on the generation the job pinned, and commits each chunk (result rows, audit rows, counters) in one transaction
 * with JDBC batch inserts. Memory is bounded by the chunk size times the queue length, whatever the file's size.
 *
 * <p>Cancelling stops reading; chunks already committed stay and can be downloaded, as can a running job's
 * committed rows. Jobs run one at a time (a queued job waits). Each process beats for its live jobs every
 * {@code ses.batch.heartbeat-seconds}; a live job whose heartbeat is older than {@code ses.batch.stale-after-seconds}
 * is marked INTERRUPTED (its process stopped or crashed, so "running" would be a lie) by whichever instance sweeps
 * next: at start-up and then with every beat. Several instances on one database therefore never interrupt each
 * other's jobs, and a cancel asked of an instance that does not run the job reaches the one that does.
 */
@Service
public class BatchJobService {

    private static final Logger log = LoggerFactory.getLogger(BatchJobService.class);
    private static final List<ProjectCsv.ParsedRow> END = new ArrayList<>(0);
    private static final int PAGE = 1_000;
    private static final int MAX_ERRORS_PER_ROW = 20;

    private final EligibilityService eligibility;
    private final BatchJobRepository jobs;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;
    private final int workers;
    private final int chunkSize;
    private final ExecutorService jobThread = Executors.newSingleThreadExecutor(daemon("eligibility-batch-job"));
    private final ExecutorService workerPool;
    private final Map<Long, Live> live = new ConcurrentHashMap<>();
    /** This process among the instances sharing the database. */
    private final String instance = java.util.UUID.randomUUID().toString();
    private final java.time.Duration staleAfter;
    private final java.util.concurrent.ScheduledExecutorService beat =
            Executors.newSingleThreadScheduledExecutor(daemon("eligibility-batch-heartbeat"));

    BatchJobService(EligibilityService eligibility, BatchJobRepository jobs, PlatformTransactionManager transactions,
                    ObjectMapper json, Clock clock,
                    @Value("${ses.batch.workers:0}") int workers,
                    @Value("${ses.batch.chunk-size:2000}") int chunkSize,
                    @Value("${ses.batch.heartbeat-seconds:20}") int heartbeatSeconds,
                    @Value("${ses.batch.stale-after-seconds:90}") int staleAfterSeconds) {
        this.eligibility = eligibility;
        this.jobs = jobs;
        this.tx = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
        this.workers = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        this.chunkSize = Math.max(1, chunkSize);
        this.workerPool = Executors.newFixedThreadPool(this.workers, daemon("eligibility-batch-worker"));
        // a stale limit shorter than two beats would interrupt healthy jobs between beats
        this.staleAfter = java.time.Duration.ofSeconds(Math.max(staleAfterSeconds, 2L * heartbeatSeconds + 1));
        int period = Math.max(1, heartbeatSeconds);
        beat.scheduleWithFixedDelay(this::beatAndSweep, period, period, TimeUnit.SECONDS);
    }

    /** At start-up: jobs left live by a process that stopped beating are interrupted (others' live jobs are not). */
    @EventListener(ApplicationStartedEvent.class)
    public void markInterrupted() {
        int n = jobs.interruptStale("The service stopped while this job was live; the rows committed before that "
                + "are kept. Upload the file again to judge the rest.", clock.instant().minus(staleAfter),
                clock.instant());
        if (n > 0) {
            log.warn("{} batch job(s) whose process stopped marked INTERRUPTED", n);
        }
    }

    /** This process is alive for its jobs, picks up cancels asked through other instances, sweeps dead ones. */
    void beatAndSweep() {
        try {
            jobs.heartbeat(instance, clock.instant());
            for (long id : jobs.cancelRequested(instance)) {
                Live state = live.get(id);
                if (state != null) {
                    state.cancelled = true;
                }
            }
            markInterrupted();
        } catch (RuntimeException e) {
            // a database hiccup must not end the schedule; the next beat tries again
            log.warn("Batch job heartbeat failed: {}", e.toString());
        }
    }

    /**
     * Takes ownership of {@code upload} (a temporary file, deleted when the job ends or is refused), checks its
     * format, header and rule set, and queues a job. {@link com.sesadvisor.eligibility.InvalidCsvException} or
     * {@link com.sesadvisor.eligibility.UnknownRuleSetException} refuse it before a job exists.
     */
    public BatchJob submit(Path upload, String fileName, String ruleSet, String owner) throws IOException {
        try {
            RuleSetInfo info = eligibility.ruleSet(ruleSet);
            BatchFiles.Format format = BatchFiles.format(upload);
            BatchFiles.header(upload, format, info.requires());
            long id = jobs.insert(owner, info.name(), fileName, format.name(), clock.instant(), instance);
            Live state = new Live();
            live.put(id, state);
            jobThread.execute(() -> run(id, upload, format, info.name(), owner, state));
            return jobs.find(id).orElseThrow();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(upload);
            throw e;
        }
    }

    /** A job with the live read count of a running one. */
    public Optional<BatchJob> find(long id) {
        Live state = live.get(id);
        return jobs.find(id).map(j -> state == null ? j : j.withRowsRead(state.read.get()));
    }

    /** The newest jobs of {@code owner} (every owner's when null). */
    public List<BatchJob> list(String owner, int limit) {
        return jobs.list(owner, Math.max(1, Math.min(limit, 1000))).stream()
                .map(j -> live.containsKey(j.id()) ? j.withRowsRead(live.get(j.id()).read.get()) : j).toList();
    }

    /**
     * Cancels a live job (it stops after the chunks in flight; committed rows stay; a job another instance runs
     * stops at that instance's next beat), or deletes a finished one with its results. Returns the job as it is after the call (empty when deleted).
     */
    public Optional<BatchJob> cancelOrDelete(long id) {
        Optional<BatchJob> job = jobs.find(id);
        if (job.isEmpty()) {
            return Optional.empty();
        }
        Live state = live.get(id);
        if (state != null && job.get().status().live()) {
            state.cancelled = true;
            return find(id);
        }
        if (job.get().status().live()) {
            // run by another instance: it reads the request at its next beat; deleting would pull rows from under it
            jobs.requestCancel(id);
            return jobs.find(id);
        }
        jobs.delete(id);
        return Optional.empty();
    }

    /** Waits up to {@code timeoutMillis} for a job to end (tests and tools); true if it is no longer live. */
    public boolean await(long id, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            if (!live.containsKey(id)) {
                return true;
            }
            Thread.sleep(20);
        }
        return !live.containsKey(id);
    }

    /**
     * Streams the stored result rows of a job in row order, as CSV or as NDJSON (one JSON object a line); for a
     * running job, the rows committed so far. Reads {@value #PAGE} rows at a time, so memory does not grow with
     * the job.
     */
    public void writeResults(BatchJob job, boolean ndjson, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        JsonGenerator gen = ndjson ? json.getFactory().createGenerator(w) : null;
        if (gen != null) {
            gen.setRootValueSeparator(null);
        } else {
            w.write(Csv.line(List.of("row", "line", "name", "status", "eligible", "ruleSet", "ruleSetVersion",
                    "failedRules", "errors")));
        }
        long after = 0;
        while (true) {
            List<BatchJobRepository.ResultRow> page = jobs.results(job.id(), after, PAGE);
            for (BatchJobRepository.ResultRow r : page) {
                if (gen != null) {
                    ndjsonLine(gen, job, r);
                    gen.flush();
                    w.write('\n');
                } else {
                    w.write(Csv.line(List.of(r.row(), r.line(), nz(r.name()), r.status(),
                            r.eligible() == null ? "" : r.eligible(), job.ruleSet(), nz(job.ruleSetVersion()),
                            nz(r.failedRules()), nz(r.errors()))));
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).row();
            w.flush();
        }
        w.flush();
    }

    private static void ndjsonLine(JsonGenerator gen, BatchJob job, BatchJobRepository.ResultRow r)
            throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("row", r.row());
        gen.writeNumberField("line", r.line());
        gen.writeStringField("name", r.name());
        gen.writeStringField("status", r.status());
        if (r.eligible() == null) {
            gen.writeNullField("eligible");
        } else {
            gen.writeBooleanField("eligible", r.eligible());
        }
        gen.writeStringField("ruleSet", job.ruleSet());
        gen.writeStringField("ruleSetVersion", job.ruleSetVersion());
        gen.writeStringField("failedRules", r.failedRules());
        gen.writeFieldName("errors");
        gen.writeRawValue(r.errorsJson() == null ? "[]" : r.errorsJson());
        gen.writeEndObject();
    }

    @PreDestroy
    void stop() {
        live.values().forEach(l -> l.cancelled = true);
        beat.shutdownNow();
        jobThread.shutdownNow();
        workerPool.shutdownNow();
    }

    // ---- one job ----

    private void run(long id, Path file, BatchFiles.Format format, String ruleSet, String owner, Live state) {
        BatchJob.Status end = BatchJob.Status.DONE;
        String message = null;
        try (EligibilityEvaluator.Batch batch = eligibility.openBatch(ruleSet, owner)) {
            if (state.cancelled || !jobs.start(id, batch.ruleSet().version(), clock.instant())) {
                end = BatchJob.Status.CANCELLED;
                return;
            }
            Map<String, Integer> columns = BatchFiles.header(file, format, batch.ruleSet().requires());
            pipeline(id, file, format, batch, columns, state);
            if (state.failure.get() != null) {
                throw state.failure.get();
            }
            end = state.cancelled ? BatchJob.Status.CANCELLED : BatchJob.Status.DONE;
        } catch (Throwable e) {
            end = BatchJob.Status.FAILED;
            message = e instanceof RuleSetQuarantinedException || e instanceof com.sesadvisor.eligibility
                    .InvalidProjectException ? e.getMessage() : "The job stopped: " + e;
            log.error("Batch job {} failed", id, e);
        } finally {
            try {
                jobs.finish(id, end, message, clock.instant());
            } finally {
                live.remove(id);
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Cannot delete batch upload {}", file, e);
                }
            }
        }
    }

    private void pipeline(long id, Path file, BatchFiles.Format format, EligibilityEvaluator.Batch batch,
                          Map<String, Integer> columns, Live state) throws Exception {
        BlockingQueue<List<ProjectCsv.ParsedRow>> queue = new ArrayBlockingQueue<>(workers * 2);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            running.add(workerPool.submit(() -> {
                work(id, batch, columns, queue, state);
                return null;
            }));
        }
        List<List<ProjectCsv.ParsedRow>> chunk = new ArrayList<>(List.of(new ArrayList<>(chunkSize)));
        try {
            BatchFiles.read(file, format, batch.ruleSet().requires(), row -> {
                if (state.stopped()) {
                    throw new Stopped();
                }
                chunk.get(0).add(row);
                state.read.incrementAndGet();
                if (chunk.get(0).size() == chunkSize) {
                    hand(queue, chunk.get(0), state);
                    chunk.set(0, new ArrayList<>(chunkSize));
                }
            });
            if (!chunk.get(0).isEmpty()) {
                hand(queue, chunk.get(0), state);
            }
        } catch (Stopped stopped) {
            // cancelled, or a worker failed: no more rows
        } catch (RuntimeException | IOException e) {
            state.fail(e);
        } finally {
            for (int i = 0; i < workers; i++) {
                while (!queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                    if (running.stream().allMatch(Future::isDone)) {
                        break;
                    }
                }
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    state.fail(e.getCause());
                }
            }
        }
    }

    /** Puts a chunk on the queue, waiting while the workers are busy (back-pressure) unless the job stops. */
    private static void hand(BlockingQueue<List<ProjectCsv.ParsedRow>> queue, List<ProjectCsv.ParsedRow> chunk,
                             Live state) {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (state.stopped()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.fail(e);
            throw new Stopped();
        }
    }

    private void work(long id, EligibilityEvaluator.Batch batch, Map<String, Integer> columns,
                      BlockingQueue<List<ProjectCsv.ParsedRow>> queue, Live state) throws InterruptedException {
        try (EligibilityEvaluator.Worker judge = batch.worker()) {
            while (true) {
                List<ProjectCsv.ParsedRow> chunk = queue.take();
                if (chunk == END) {
                    return;
                }
                if (!state.stopped()) {
                    commit(id, judge, columns, chunk);
                }
            }
        } catch (RuntimeException | Error e) {
            state.fail(e);
            throw e;
        }
    }

    /** Judges one chunk and commits its results, audit rows and counts together. */
    private void commit(long id, EligibilityEvaluator.Worker judge, Map<String, Integer> columns,
                        List<ProjectCsv.ParsedRow> chunk) {
        List<BatchJobRepository.ResultRow> results = new ArrayList<>(chunk.size());
        List<EligibilityVerdict> verdicts = new ArrayList<>(chunk.size());
        long eligible = 0;
        for (ProjectCsv.ParsedRow row : chunk) {
            List<FieldProblem> problems = row.problems();
            EligibilityVerdict verdict = null;
            if (problems.isEmpty()) {
                EligibilityEvaluator.Outcome outcome = outcome(judge, row);
                verdict = outcome.verdict();
                problems = outcome.problems();
            }
            String name = row.input().name();
            if (verdict == null) {
                results.add(new BatchJobRepository.ResultRow(row.row(), row.line(), name, "ERROR", null, null,
                        String.join("; ", problems.stream().map(p -> p.message().english()).toList()),
                        errorsJson(problems, columns, row)));
            } else {
                verdicts.add(verdict);
                eligible += verdict.eligible() ? 1 : 0;
                results.add(new BatchJobRepository.ResultRow(row.row(), row.line(), name,
                        verdict.eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE", verdict.eligible(),
                        ProjectCsv.failedRules(verdict), null, null));
            }
        }
        long judged = verdicts.size();
        long failed = chunk.size() - judged;
        long yes = eligible;
        tx.executeWithoutResult(s -> {
            eligibility.auditBatch(verdicts);
            jobs.insertResults(id, results);
            jobs.addChunk(id, chunk.size(), judged, yes, failed);
        });
    }

    /**
     * The verdict or the problems of one valid row. A rule that throws is this row's error, never a verdict (so
     * never "eligible"); a quarantined rule set stops the job.
     */
    private static EligibilityEvaluator.Outcome outcome(EligibilityEvaluator.Worker judge, ProjectCsv.ParsedRow row) {
        try {
            return judge.judge(row.input());
        } catch (RuleSetQuarantinedException e) {
            throw e;
        } catch (RuntimeException e) {
            return new EligibilityEvaluator.Outcome(null, List.of(new FieldProblem("rules",
                    Text.of("eligibility.problem.ruleFailed", String.valueOf(e.getMessage())))));
        }
    }

    /** The problems of a row as JSON: field, the cell (e.g. "C12") when the field has a column, and the message. */
    private String errorsJson(List<FieldProblem> problems, Map<String, Integer> columns, ProjectCsv.ParsedRow row) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (FieldProblem p : problems.subList(0, Math.min(problems.size(), MAX_ERRORS_PER_ROW))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", p.field());
            m.put("line", row.line());
            m.put("cell", BatchFiles.cell(columns, p.field(), row.line()));
            m.put("message", p.message().english());
            list.add(m);
        }
        try {
            return json.writeValueAsString(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A running job's in-memory state: rows read, cancel request, first failure. */
    private static final class Live {
        final AtomicLong read = new AtomicLong();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        volatile boolean cancelled;

        boolean stopped() {
            return cancelled || failure.get() != null;
        }

        void fail(Throwable t) {
            failure.compareAndSet(null, t);
        }
    }

    /** Ends reading early. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
