package com.sesadvisor.api;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisReport;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.CommitteeRecord;
import com.sesadvisor.analysis.ReportContext;
import com.sesadvisor.analysis.report.JsonReportWriter;
import com.sesadvisor.analysis.report.PdfReportWriter;
import com.sesadvisor.analysis.report.XlsxReportWriter;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.workshop.sources.IndicatorSources;
import com.sesadvisor.workshop.setup.IndicatorSourceService;
import java.util.EnumMap;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.WorkshopService;
import com.sesadvisor.workshop.WorkshopSettings;
import com.sesadvisor.workshop.answers.ExpertCredential;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.sesadvisor.workshop.answers.ExpertWorkspace;
import com.sesadvisor.workshop.answers.NodeTask;
import com.sesadvisor.workshop.results.FacilitationService;
import com.sesadvisor.workshop.results.WorkshopRankingService;
import com.sesadvisor.workshop.results.WorkshopResults;
import com.sesadvisor.workshop.setup.ParticipantService;
import com.sesadvisor.workshop.setup.ParticipantSummary;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Committee workshops over HTTP (docs/api.md, "Workshops"): the same services and roles as the screens. Facilitators
 * and administrators set up, invite, reopen and read everything; an expert account reaches only its own answers
 * (participants tied to it by user name) and the results when the workshop shares them.
 */
@RestController
@RequestMapping("/api/workshops")
@Tag(name = "Workshops", description = "Committee workshops: set up, invite, answer, finish, reopen, results, report")
class WorkshopController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    record CreateRequest(
            @Schema(description = "1-120 characters", example = "Hebei committee 2026") String name,
            @Schema(description = "Optional, up to 1000 characters") String purpose,
            @Schema(description = "Eligibility rule set (GET /api/eligibility/rule-sets), null for none",
                    example = "CN-HEBEI-2024") String ruleSet,
            @Schema(description = "PAPER_DEFAULT (default), or {\"nodes\": [{\"id\", \"label\": {\"en\", \"zh\"}, "
                    + "\"children\": [...]}]} with the goal as the one root") Object hierarchy,
            @Schema(description = "Experts that must have finished before results speak for the committee; default 1",
                    example = "2") Integer quorum,
            @Schema(description = "Name experts 'Expert 1, 2 ...' in reports; default false") Boolean anonymiseExperts,
            @Schema(description = "AIJ (default) or AIP") String aggregation,
            @Schema(description = "S* at or above which a group counts as agreed, (0, 1]; default 0.75")
            Double consensusThreshold,
            @Schema(description = "Leave experts failing AHP-CR-001 out of a group's weights; default false")
            Boolean excludeInconsistent,
            @Schema(description = "Experts see the group's weights; default false") Boolean expertsSeeGroup,
            @Schema(description = "Profit mechanisms, default [COMPREHENSIVE]") List<String> mechanisms,
            @Schema(description = "Model assumptions as in /api/finance/evaluate (omitted = the paper's)")
            Map<String, Object> scenario) {
    }

    record Label(String en, String zh) {
    }

    record NodeDto(String id, Label label, List<NodeDto> children) {
    }

    record HierarchyDto(List<NodeDto> nodes) {
    }

    record WorkshopDto(String id, String name, long version, Integer quorum, boolean anonymiseExperts, String ruleSet,
                       List<String> mechanisms, HierarchyDto hierarchy) {
    }

    record WorkshopListItem(String id, String name, Instant updatedAt) {
    }

    record ParticipantRequest(@Schema(description = "1-120 characters") String displayName,
                              @Schema(description = "Expertise weight (0, 10], default 1") Double weight,
                              @Schema(description = "Expert account that may answer as this participant, or null")
                              String username,
                              @Schema(description = "GRID_COMPANY, RENEWABLE_GENERATOR, INDUSTRIAL_COMMERCIAL_USER, "
                                      + "THIRD_PARTY_INVESTOR, REGULATOR or OTHER (default)") String organisationType,
                              @Schema(description = "Days the link is valid, 1-365, default 14") Integer validDays) {
    }

    record ParticipantDto(String id, String displayName, double weight, String username, String link,
                          Instant expiresAt, boolean finished, String invitation) {
    }

    record JudgementRequest(@Schema(description = "n x n, matrix[i][j] = how many times element i is more "
            + "important than j (Saaty 1/9..9); null = not answered") List<List<Double>> matrix,
                            @Schema(description = "Why the pairs were judged so: replaces the group's comments; "
                                    + "omitted = kept. At most 500 characters each") List<CommentDto> comments) {
    }

    record CommentDto(@Schema(description = "Row of the pair (0-based)") Integer row,
                      @Schema(description = "Column of the pair (0-based); (row, col) and (col, row) are the same pair")
                      Integer col,
                      @Schema(description = "1-500 characters; blank removes it") String comment) {
    }

    record RevisionDto(int row, int col, double value, double suggested, Double crIfChanged) {
    }

    record JudgementResult(String nodeId, List<String> elements, String status, int answered, int total, Double cr,
                           Boolean consistent, boolean estimated, List<RevisionDto> inconsistentJudgements,
                           List<CommentDto> comments) {
    }

    record FinishRequest(@Schema(description = "Finish although a group fails AHP-CR-001 (the facilitator sees it)")
                         Boolean keepInconsistent) {
    }

    record ReopenRequest(@Schema(description = "Participant ids; omitted = all") List<String> participants,
                         @Schema(description = "Group (node) ids; omitted = all") List<String> nodes) {
    }

    record NodeResult(String id, Label label, int experts, List<String> elements, double[] weights, Double cr,
                      Double consensus, String consensusLabel) {
    }

    record RankingRow(String model, double closeness, int rank) {
    }

    record FindingDto(String code, String nodeId, String message) {
    }

    /**
     * Where one indicator's values for the three models come from (issue 15): FINANCE (the finance model), SCENARIO
     * (the scenario's efficiency or cycles), COMMITTEE_PAIRWISE (the experts compare the models), COMMITTEE_RATING
     * (the facilitator rates them with a reason) or EXCLUDED (left out by the facilitator, with a reason).
     */
    record IndicatorSourceDto(String indicatorId, String name, String criterion, String source, boolean recorded,
                              @Schema(description = "Ratings 1-9 per model (COMMITTEE_RATING only)")
                              Map<String, Double> ratings, String reason, String decidedBy, Instant decidedAt,
                              @Schema(description = "Send it back with a change (-1: no choice recorded yet)")
                              long version) {
    }

    /** An indicator's place in the ranking: its global weight, source and the values it gave the models. */
    record IndicatorResult(String indicatorId, String name, String criterion, double weight, String source,
                           boolean recorded, Map<String, Double> values, Double cr, int experts, String reason,
                           String decidedBy, Instant decidedAt, boolean available) {
    }

    record IndicatorSourceRequest(
            @Schema(description = "FINANCE, SCENARIO, COMMITTEE_PAIRWISE, COMMITTEE_RATING or EXCLUDED (allowed "
                    + "values depend on the indicator)") String source,
            @Schema(description = "{\"CSSES\": 1-9, \"TISES\": 1-9, \"DSSES\": 1-9}, only for COMMITTEE_RATING")
            Map<String, Double> ratings,
            @Schema(description = "Required for COMMITTEE_RATING and EXCLUDED, up to 2000 characters") String reason,
            @Schema(description = "The version last read (GET .../indicator-sources), -1 when none was recorded")
            Long version) {
    }

    private final WorkshopService workshops;
    private final WorkshopSetupService setup;
    private final ParticipantService participants;
    private final ExpertJudgementService experts;
    private final FacilitationService facilitation;
    private final WorkshopRankingService ranking;
    private final AnalysisService analysis;
    private final IndicatorSourceService indicatorSources;

    WorkshopController(WorkshopService workshops, WorkshopSetupService setup, ParticipantService participants,
                       ExpertJudgementService experts, FacilitationService facilitation,
                       WorkshopRankingService ranking, AnalysisService analysis,
                       IndicatorSourceService indicatorSources) {
        this.indicatorSources = indicatorSources;
        this.workshops = workshops;
        this.setup = setup;
        this.participants = participants;
        this.experts = experts;
        this.facilitation = facilitation;
        this.ranking = ranking;
        this.analysis = analysis;
    }

    @GetMapping
    @Operation(summary = "The workshops the caller may see (facilitators and admins: all; experts: theirs)")
    List<WorkshopListItem> list() {
        return workshops.list().stream().map(w -> new WorkshopListItem(String.valueOf(w.getId()), w.getName(),
                w.getUpdatedAt())).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a workshop with its scenario, hierarchy, quorum and settings (facilitators, admins)")
    WorkshopDto create(@RequestBody CreateRequest request) {
        ApiInputs.required(request, "body");
        Set<ProfitMechanism> mechanisms = EnumSet.noneOf(ProfitMechanism.class);
        List<String> names = request.mechanisms() == null || request.mechanisms().isEmpty()
                ? List.of(ProfitMechanism.COMPREHENSIVE.name()) : request.mechanisms();
        for (int i = 0; i < names.size(); i++) {
            mechanisms.add(ApiInputs.option(names.get(i), ProfitMechanism.class, null, "mechanisms[" + i + "]"));
        }
        Assumptions assumptions;
        try {
            assumptions = FinanceDtos.assumptions(request.scenario(), null, null);
        } catch (com.sesadvisor.engine.finance.InvalidFinanceInputException e) {
            throw new com.sesadvisor.engine.finance.InvalidFinanceInputException(e.violations().stream()
                    .map(v -> new com.sesadvisor.engine.finance.Violation("scenario."
                            + v.field().replaceFirst("^assumptions\\.", ""), v.text())).toList());
        }
        WorkshopSettings defaults = WorkshopSettings.defaults();
        WorkshopSettings settings = new WorkshopSettings(
                ApiInputs.option(request.aggregation(), AggregationMethod.class, defaults.aggregation(), "aggregation"),
                request.consensusThreshold() == null ? defaults.consensusThreshold() : request.consensusThreshold(),
                Boolean.TRUE.equals(request.excludeInconsistent()), Boolean.TRUE.equals(request.expertsSeeGroup()));
        WorkshopSetup s;
        try {
            s = setup.createScripted(request.name(), request.purpose(), assumptions, mechanisms,
                    request.ruleSet(), hierarchy(request.hierarchy()), request.quorum(),
                    Boolean.TRUE.equals(request.anonymiseExperts()), settings);
        } catch (com.sesadvisor.engine.finance.InvalidFinanceInputException e) {
            // name the JSON field: the scenario's assumptions sit under "scenario"
            throw new com.sesadvisor.engine.finance.InvalidFinanceInputException(e.violations().stream()
                    .map(v -> new com.sesadvisor.engine.finance.Violation(v.field().startsWith("scenario.")
                            ? v.field() : "scenario." + v.field(), v.text())).toList());
        }
        return describe(s);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A workshop's set-up: scenario, hierarchy (labels in English and Chinese), quorum")
    WorkshopDto get(@PathVariable String id) {
        return describe(setup.setup(workshopId(id)));
    }

    @PostMapping("/{id}/participants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a participant: returns the personal link; 'username' ties an expert account too")
    ParticipantDto invite(@PathVariable String id, @RequestBody ParticipantRequest request) {
        ApiInputs.required(request, "body");
        long workshopId = workshopId(id);
        ParticipantProfile profile = new ParticipantProfile(request.displayName(),
                ApiInputs.option(request.organisationType(), OrganisationType.class, OrganisationType.OTHER,
                        "organisationType"), null, request.weight() == null ? 1.0 : request.weight(), null);
        Duration validity = Duration.ofDays(request.validDays() == null ? ParticipantService.DEFAULT_VALIDITY.toDays()
                : request.validDays());
        return participant(participants.invite(workshopId, profile, validity, request.username()),
                request.username());
    }

    @GetMapping("/{id}/participants")
    @Operation(summary = "The participants with their links and progress (facilitators, admins)")
    List<ParticipantDto> participants(@PathVariable String id) {
        return participants.list(workshopId(id)).stream().map(p -> participant(p, null)).toList();
    }

    @GetMapping("/{id}/participants/{pid}/judgements")
    @Operation(summary = "A participant's groups and answers (the participant's own account, or staff)")
    List<JudgementResult> judgements(@PathVariable String id, @PathVariable String pid) {
        return experts.open(credential(id, pid)).nodes().stream().map(WorkshopController::result).toList();
    }

    @PutMapping("/{id}/participants/{pid}/judgements/{nodeId}")
    @Operation(summary = "Store a participant's whole matrix at one group; a full matrix completes the group")
    JudgementResult answer(@PathVariable String id, @PathVariable String pid, @PathVariable String nodeId,
                           @RequestBody JudgementRequest request) {
        ApiInputs.required(request, "body");
        List<List<Double>> rows = ApiInputs.required(request.matrix(), "matrix");
        Double[][] m = new Double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            m[i] = ApiInputs.required(rows.get(i), "matrix[" + i + "]").toArray(Double[]::new);
        }
        List<ExpertJudgementService.PairNote> notes = null;
        if (request.comments() != null) {
            notes = new java.util.ArrayList<>();
            for (int k = 0; k < request.comments().size(); k++) {
                CommentDto c = ApiInputs.required(request.comments().get(k), "comments[" + k + "]");
                notes.add(new ExpertJudgementService.PairNote(
                        ApiInputs.required(c.row(), "comments[" + k + "].row"),
                        ApiInputs.required(c.col(), "comments[" + k + "].col"), c.comment()));
            }
        }
        return result(experts.answerMatrix(credential(id, pid), nodeId, m, notes));
    }

    @PostMapping("/{id}/participants/{pid}/finish")
    @Operation(summary = "Finish a participant: 409 naming the groups still open (or inconsistent, unless kept)")
    ResponseEntity<Object> finish(@PathVariable String id, @PathVariable String pid,
                                  @RequestBody(required = false) FinishRequest request) {
        ExpertCredential c = credential(id, pid);
        ExpertWorkspace before = experts.open(c);
        if (before.finished()) {
            return ResponseEntity.ok(Map.of("finished", true));
        }
        List<String> open = before.nodes().stream().filter(t -> !t.closed()).map(NodeTask::nodeId).toList();
        boolean keep = request != null && Boolean.TRUE.equals(request.keepInconsistent());
        List<String> inconsistent = keep ? List.of() : before.nodes().stream()
                .filter(t -> t.consistency().map(x -> !x.consistent()).orElse(false)).map(NodeTask::nodeId).toList();
        if (!open.isEmpty() || !inconsistent.isEmpty()) {
            List<ApiExceptionHandler.FieldError> errors = new ArrayList<>();
            open.forEach(n -> errors.add(new ApiExceptionHandler.FieldError("nodes[" + n + "]", "still open")));
            inconsistent.forEach(n -> errors.add(new ApiExceptionHandler.FieldError("nodes[" + n + "]",
                    "inconsistent (rule AHP-CR-001); revise, or send keepInconsistent: true")));
            var problem = ApiExceptionHandler.problem(HttpStatus.CONFLICT, "Cannot finish yet",
                    "Groups still open: " + open + "; inconsistent: " + inconsistent + ".", errors);
            problem.setProperty("open", open);
            problem.setProperty("inconsistent", inconsistent);
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        experts.finish(c);
        return ResponseEntity.ok(Map.of("finished", true));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen groups for participants (omitted = all); their answers stay as the starting point")
    Map<String, Object> reopen(@PathVariable String id, @RequestBody(required = false) ReopenRequest request) {
        long workshopId = workshopId(id);
        List<Long> people = new ArrayList<>();
        if (request != null && request.participants() != null) {
            for (int i = 0; i < request.participants().size(); i++) {
                people.add(number(request.participants().get(i), "participants[" + i + "]"));
            }
        }
        List<String> nodes = request == null || request.nodes() == null ? List.of() : request.nodes();
        return Map.of("reopened", facilitation.reopenMany(workshopId, people, nodes));
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Group weights per node, quorum, completeness and the ranking (provisional below quorum)")
    Map<String, Object> results(@PathVariable String id) {
        WorkshopResults r = ranking.results(workshopId(id));
        CommitteeRecord c = r.committee();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("complete", c.complete());
        out.put("quorum", c.quorum());
        out.put("quorumMet", c.quorumMet());
        out.put("finishedExperts", c.finishedExperts());
        out.put("invitedExperts", c.invitedExperts());
        List<NodeResult> nodes = new ArrayList<>();
        for (CommitteeRecord.Group g : c.groups()) {
            nodes.add(new NodeResult(g.nodeId(), label(g.label()), g.experts(), g.elementIds(), g.weights(), g.cr(),
                    g.consensus(), g.consensusLabel()));
        }
        out.put("nodes", nodes);
        Map<String, Object> leaves = new LinkedHashMap<>(r.outcome().leafWeights());
        out.put("indicatorWeights", leaves);
        out.put("indicators", r.indicators().stream().map(i -> new IndicatorResult(i.id(), i.name(), i.criterion(),
                i.weight(), i.source().name(), i.recorded(), byModel(i.values()), i.cr(), i.experts(),
                i.reason().isEmpty() ? null : i.reason(), i.decidedBy(), i.decidedAt(), i.available())).toList());
        out.put("excludedShare", r.excludedShare());
        AnalysisReport report = analysisReport(r);
        out.put("ranking", report == null ? List.of() : report.ranking().recommendation().ranking().stream()
                .map(a -> new RankingRow(a.model(), a.closeness(), a.rank())).toList());
        out.put("explanations", report == null ? null : report.ranking().recommendation().explanations());
        out.put("provisional", c.provisional());
        out.put("findings", r.outcome().findings().stream().map(f -> new FindingDto(f.code(), f.nodeId(),
                Texts.render(locale(), f.explanation()))).toList());
        out.put("eligibility", Map.of("ruleSet", String.valueOf(c.ruleSet()), "eligible",
                String.valueOf(c.eligible()), "findings", c.eligibility()));
        return out;
    }

    @GetMapping("/{id}/indicator-sources")
    @Operation(summary = "Where each indicator's values come from (recorded choice or default), in hierarchy order")
    List<IndicatorSourceDto> indicatorSources(@PathVariable String id) {
        return indicatorSources.sources(workshopId(id)).stream().map(WorkshopController::source).toList();
    }

    @PutMapping("/{id}/indicator-sources/{indicatorId}")
    @Operation(summary = "Record where one indicator's values come from (a rating or an exclusion needs a reason)")
    List<IndicatorSourceDto> chooseIndicatorSource(@PathVariable String id, @PathVariable String indicatorId,
                                                   @RequestBody IndicatorSourceRequest request) {
        long workshopId = workshopId(id);
        if (request == null || request.source() == null) {
            throw new BadRequestException("source", "is required: FINANCE, SCENARIO, COMMITTEE_PAIRWISE, "
                    + "COMMITTEE_RATING or EXCLUDED");
        }
        IndicatorSource source;
        try {
            source = IndicatorSource.valueOf(request.source());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("source", "must be one of FINANCE, SCENARIO, COMMITTEE_PAIRWISE, "
                    + "COMMITTEE_RATING, EXCLUDED");
        }
        Map<InvestmentModel, Double> ratings = new EnumMap<>(InvestmentModel.class);
        if (request.ratings() != null) {
            for (Map.Entry<String, Double> e : request.ratings().entrySet()) {
                try {
                    ratings.put(InvestmentModel.valueOf(e.getKey()), e.getValue());
                } catch (IllegalArgumentException ex) {
                    throw new BadRequestException("ratings." + e.getKey(), "is not a model: CSSES, TISES or DSSES");
                }
            }
        }
        return indicatorSources.choose(workshopId, indicatorId, source, ratings, request.reason(),
                request.version() == null ? -1 : request.version()).stream().map(WorkshopController::source)
                .toList();
    }

    private static IndicatorSourceDto source(IndicatorSources.Plan p) {
        return new IndicatorSourceDto(p.indicatorId(), p.name(), p.parentName(), p.source().name(), p.recorded(),
                p.ratings().isEmpty() ? null : byModel(p.ratings()), p.reason().isEmpty() ? null : p.reason(),
                p.decidedBy(), p.decidedAt(), p.version());
    }

    private static Map<String, Double> byModel(Map<InvestmentModel, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((m, v) -> out.put(m.name(), v));
        return out;
    }

    @GetMapping(value = "/{id}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The committee's record as JSON (Accept: application/pdf or the Excel type for the others)")
    ResponseEntity<byte[]> reportJson(@PathVariable String id) throws IOException {
        return report(id, MediaType.APPLICATION_JSON_VALUE, "json");
    }

    @GetMapping(value = "/{id}/report", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportPdf(@PathVariable String id) throws IOException {
        return report(id, MediaType.APPLICATION_PDF_VALUE, "pdf");
    }

    @GetMapping(value = "/{id}/report", produces = XLSX)
    ResponseEntity<byte[]> reportXlsx(@PathVariable String id) throws IOException {
        return report(id, XLSX, "xlsx");
    }

    private ResponseEntity<byte[]> report(String id, String type, String ext) throws IOException {
        WorkshopResults r = ranking.results(workshopId(id));
        AnalysisReport report = analysisReport(r);
        if (report == null) {
            throw new BadRequestException("mechanisms", "The workshop has no scenario to analyse.");
        }
        Locale locale = locale();
        ReportContext context = r.reportContext(!r.hasRankingWeights(), locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (ext) {
            case "pdf" -> PdfReportWriter.write(report, context, locale, out);
            case "xlsx" -> XlsxReportWriter.write(report, context, locale, out);
            default -> JsonReportWriter.write(report, context, out);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"workshop-" + id + "." + ext + "\"")
                .body(out.toByteArray());
    }

    /** The analysis of the committee's weights (or equal weights when none reach the finance model). */
    private AnalysisReport analysisReport(WorkshopResults r) {
        if (r.mechanisms().isEmpty()) {
            return null;
        }
        AnalysisInput in = r.analysisInput(r.mechanisms().get(0),
                WorkshopResults.DEFAULT_VIEW, !r.hasRankingWeights());
        return analysis.report(in, RecommendationOptions.defaults());
    }

    private static Locale locale() {
        return com.sesadvisor.engine.text.TextBundles.language(LocaleContextHolder.getLocale());
    }

    private WorkshopDto describe(WorkshopSetup s) {
        var w = workshops.find(s.id()).orElseThrow();
        return new WorkshopDto(String.valueOf(s.id()), s.name(), s.version(), w.getQuorum(), w.isAnonymiseExperts(),
                s.ruleSet().orElse(null), s.mechanisms().stream().map(Enum::name).sorted().toList(),
                new HierarchyDto(tree(s.hierarchy())));
    }

    private static List<NodeDto> tree(List<CriteriaNode> nodes) {
        return nodes.isEmpty() ? List.of() : List.of(node(nodes.get(0), nodes));
    }

    private static NodeDto node(CriteriaNode n, List<CriteriaNode> all) {
        List<NodeDto> children = all.stream().filter(c -> n.id().equals(c.parentId())).map(c -> node(c, all))
                .toList();
        return new NodeDto(n.id(), new Label(n.name(), n.nameZh().isEmpty() ? null : n.nameZh()), children);
    }

    private static Label label(CommitteeRecord.Label l) {
        return l == null ? null : new Label(l.en(), l.zh());
    }

    /** {@code "PAPER_DEFAULT"}/null, or the nested nodes of the contract, flattened in pre-order. */
    @SuppressWarnings("unchecked")
    private static List<CriteriaNode> hierarchy(Object h) {
        if (h == null || "PAPER_DEFAULT".equals(h)) {
            return null;
        }
        if (!(h instanceof Map<?, ?> map) || !(map.get("nodes") instanceof List<?> roots) || roots.size() != 1) {
            throw new BadRequestException("hierarchy",
                    "Use \"PAPER_DEFAULT\" or {\"nodes\": [goal]} with exactly one goal node.");
        }
        List<CriteriaNode> out = new ArrayList<>();
        flatten(roots.get(0), null, "hierarchy.nodes[0]", out);
        return out;
    }

    private static void flatten(Object o, String parent, String field, List<CriteriaNode> out) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new BadRequestException(field, "must be an object with id, label and children");
        }
        String id = m.get("id") instanceof String s ? s : null;
        if (id == null) {
            throw new BadRequestException(field + ".id", "is required");
        }
        String en = null;
        String zh = null;
        if (m.get("label") instanceof Map<?, ?> label) {
            en = label.get("en") instanceof String s ? s : null;
            zh = label.get("zh") instanceof String s ? s : null;
        } else if (m.get("label") instanceof String s) {
            en = s;
        }
        if ((en == null || en.isBlank()) && (zh == null || zh.isBlank())) {
            throw new BadRequestException(field + ".label", "needs an English or a Chinese label");
        }
        out.add(new CriteriaNode(id, parent, en, null, zh));
        if (m.get("children") instanceof List<?> children) {
            for (int i = 0; i < children.size(); i++) {
                flatten(children.get(i), id, field + ".children[" + i + "]", out);
            }
        } else if (m.get("children") != null) {
            throw new BadRequestException(field + ".children", "must be a list");
        }
    }

    private static ParticipantDto participant(ParticipantSummary p, String username) {
        return new ParticipantDto(String.valueOf(p.id()), p.profile().name(), p.profile().expertiseWeight(), username,
                "/" + p.invitePath(), p.expiresAt(), p.finishedAt().isPresent(),
                p.invitation() == null ? "VALID" : p.invitation().name());
    }

    private static JudgementResult result(NodeTask t) {
        var c = t.consistency();
        return new JudgementResult(t.nodeId(), t.elementIds(), t.status().name(), t.answered(), t.pairCount(),
                c.map(x -> x.cr()).orElse(null), c.map(x -> x.consistent()).orElse(null),
                c.map(x -> x.estimated()).orElse(false), c.map(x -> x.revisions().stream().limit(3)
                        .map(v -> new RevisionDto(v.row(), v.col(), v.value(), v.suggested(),
                                ApiInputs.orNull(v.crIfChanged()))).toList()).orElse(List.of()),
                t.comments().entrySet().stream().map(e -> {
                    int[] ij = t.pair(e.getKey());
                    return new CommentDto(ij[0], ij[1], e.getValue());
                }).toList());
    }

    private static ExpertCredential credential(String id, String pid) {
        return new ExpertCredential.Account(number(pid, "pid"), workshopId(id));
    }

    static long workshopId(String id) {
        try {
            long v = Long.parseLong(id);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through: no such workshop
        }
        throw new NotFoundException("Workshop " + id + " does not exist.");
    }

    private static long number(String id, String field) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("No participant " + id + " (" + field + ").");
        }
    }
}
