package com.sesadvisor.api;

import com.sesadvisor.eligibility.FieldProblem;
import com.sesadvisor.eligibility.InvalidCsvException;
import com.sesadvisor.eligibility.batch.BatchJob;
import com.sesadvisor.eligibility.batch.BatchJobService;
import com.sesadvisor.engine.text.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Batch eligibility jobs for uploads of any size (docs/api.md "Batch jobs"): upload (202 + Location), progress,
 * cancel, and the results streamed as CSV or NDJSON, also while the job still runs. A job is visible to its owner
 * and to administrators only.
 */
@RestController
@RequestMapping("/api/eligibility/batches")
@Tag(name = "Eligibility", description = "Regulators' checks of storage projects against dated policy rule sets")
@PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
class EligibilityBatchController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String NDJSON = "application/x-ndjson";
    private static final String DEFAULT_RULE_SET = "CN-HEBEI-2024";

    private final BatchJobService batches;
    private final Clock clock;

    EligibilityBatchController(BatchJobService batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    /** A job's state, counters and links. */
    record JobResponse(long id, String status, String ruleSet, String ruleSetVersion, String fileName, String format,
                       long rowsRead, long rowsJudged, long rowsEligible, long rowsNotEligible, long rowsFailed,
                       double rowsPerSecond, String message, Instant createdAt, Instant startedAt,
                       Instant finishedAt, String owner, String results) {
        static JobResponse of(BatchJob j, Instant now) {
            return new JobResponse(j.id(), j.status().name(), j.ruleSet(), j.ruleSetVersion(), j.fileName(),
                    j.format(), j.rowsRead(), j.rowsJudged(), j.rowsEligible(), j.rowsNotEligible(), j.rowsFailed(),
                    Math.round(j.rowsPerSecond(now) * 10) / 10.0, j.message(), j.createdAt(), j.startedAt(),
                    j.finishedAt(), j.owner(), "/api/eligibility/batches/" + j.id() + "/results");
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start a batch job from an uploaded CSV or xlsx file (part 'file'); 202 with Location. "
            + "The header is checked at once (400 naming the column); bad rows are reported per row, line and cell")
    ResponseEntity<JobResponse> upload(@RequestPart(name = "file", required = false) MultipartFile file,
                                       @RequestParam(defaultValue = DEFAULT_RULE_SET) String ruleSet,
                                       Authentication user) throws IOException {
        if (file == null || file.isEmpty()) {
            throw noFile();
        }
        Path tmp = tempFile();
        try {
            file.transferTo(tmp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return accepted(batches.submit(tmp, file.getOriginalFilename(), ruleSet, user.getName()));
    }

    @PostMapping(consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Start a batch job from the request body (text/csv, xlsx or octet-stream); 202 with Location")
    ResponseEntity<JobResponse> uploadBody(HttpServletRequest request,
                                           @RequestParam(defaultValue = DEFAULT_RULE_SET) String ruleSet,
                                           @RequestParam(required = false) String fileName,
                                           Authentication user) throws IOException {
        Path tmp = tempFile();
        try (InputStream in = request.getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        if (Files.size(tmp) == 0) {
            Files.deleteIfExists(tmp);
            throw noFile();
        }
        return accepted(batches.submit(tmp, fileName, ruleSet, user.getName()));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "My batch jobs, newest first (administrators see every user's)")
    List<JobResponse> list(@RequestParam(defaultValue = "50") int limit, Authentication user) {
        Instant now = clock.instant();
        return batches.list(admin(user) ? null : user.getName(), limit).stream().map(j -> JobResponse.of(j, now))
                .toList();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A job's status and progress: rows read, judged (eligible or not), failed")
    JobResponse status(@PathVariable long id, Authentication user) {
        return JobResponse.of(visible(id, user), clock.instant());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Cancel a live job (202; committed rows stay downloadable) or delete a finished one (204)")
    ResponseEntity<JobResponse> cancel(@PathVariable long id, Authentication user) {
        visible(id, user);
        return batches.cancelOrDelete(id)
                .map(j -> ResponseEntity.status(HttpStatus.ACCEPTED).body(JobResponse.of(j, clock.instant())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping(value = "/{id}/results", produces = {"text/csv", NDJSON})
    @Operation(summary = "The result rows in row order, streamed as CSV (Accept: text/csv) or NDJSON "
            + "(application/x-ndjson); while the job runs, the rows committed so far (header X-Batch-Status)")
    void results(@PathVariable long id, HttpServletRequest request, HttpServletResponse response,
                 Authentication user) throws IOException {
        BatchJob job = visible(id, user);
        String accept = request.getHeader("Accept");
        boolean ndjson = accept != null && accept.contains(NDJSON)
                && (!accept.contains("text/csv") || accept.indexOf(NDJSON) < accept.indexOf("text/csv"));
        // Written on the request thread, not as an async StreamingResponseBody: a long download of a large job must
        // not be cut off by the async request timeout.
        response.setContentType(ndjson ? NDJSON + ";charset=UTF-8" : "text/csv;charset=UTF-8");
        response.setHeader("X-Batch-Status", job.status().name());
        response.setHeader("Content-Disposition", "attachment; filename=\"eligibility-batch-" + id
                + (ndjson ? ".ndjson" : ".csv") + "\"");
        batches.writeResults(job, ndjson, response.getOutputStream());
    }

    private BatchJob visible(long id, Authentication user) {
        return batches.find(id).filter(j -> admin(user) || j.owner().equals(user.getName()))
                .orElseThrow(() -> new NotFoundException("No batch job " + id + "."));
    }

    private ResponseEntity<JobResponse> accepted(BatchJob job) {
        return ResponseEntity.accepted().location(URI.create("/api/eligibility/batches/" + job.id()))
                .body(JobResponse.of(job, clock.instant()));
    }

    private static boolean admin(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    private static Path tempFile() throws IOException {
        return Files.createTempFile("ses-batch-", ".upload");
    }

    private static InvalidCsvException noFile() {
        return new InvalidCsvException(List.of(new FieldProblem("file", Text.of("eligibility.problem.batchEmptyUpload"))));
    }
}
