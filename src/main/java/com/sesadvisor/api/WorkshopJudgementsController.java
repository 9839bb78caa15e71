package com.sesadvisor.api;

import com.sesadvisor.workshop.transfer.JudgementTransferService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workshop's judgements as a file (docs/api.md, "Judgements export and import"): each expert's pairwise
 * judgements per group, as JSON or CSV, anonymised when the workshop anonymises its experts. Import checks every
 * row and stores nothing when one is bad (400 listing each line or JSON path), facilitators and admins only.
 */
@RestController
@RequestMapping("/api/workshops/{id}/judgements")
@Tag(name = "Workshops")
class WorkshopJudgementsController {

    static final String CSV = "text/csv";

    record ImportResult(int groups, int experts, int newExperts) {
    }

    private final JudgementTransferService transfer;

    WorkshopJudgementsController(JudgementTransferService transfer) {
        this.transfer = transfer;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every expert's judgements per group as JSON (Accept: text/csv for one line per pair)")
    ResponseEntity<byte[]> exportJson(@PathVariable String id) {
        return file(transfer.exportJson(WorkshopController.workshopId(id)), MediaType.APPLICATION_JSON_VALUE, id,
                "json");
    }

    @GetMapping(produces = CSV)
    ResponseEntity<byte[]> exportCsv(@PathVariable String id) {
        return file(transfer.exportCsv(WorkshopController.workshopId(id)), CSV + ";charset=UTF-8", id, "csv");
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import judgements (JSON as exported, or Content-Type: text/csv); all rows or none")
    ImportResult importJson(@PathVariable String id, @RequestBody byte[] file) {
        return result(transfer.importJson(WorkshopController.workshopId(id), file));
    }

    @PostMapping(consumes = CSV)
    ImportResult importCsv(@PathVariable String id, @RequestBody byte[] file) {
        return result(transfer.importCsv(WorkshopController.workshopId(id), file));
    }

    private static ImportResult result(JudgementTransferService.ImportSummary s) {
        return new ImportResult(s.groups(), s.experts(), s.newExperts());
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String id, String ext) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"workshop-" + id + "-judgements." + ext + "\"")
                .body(body);
    }
}
