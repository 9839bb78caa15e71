package com.sesadvisor.api;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.saved.SavedScenarioService;
import com.sesadvisor.analysis.saved.ScenarioComparison;
import com.sesadvisor.analysis.saved.ScenarioJson;
import com.sesadvisor.base.i18n.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved Analysis scenarios over HTTP (docs/api.md, "Saved scenarios"): the same service as the Analysis page.
 * Personal scenarios are the caller's; a workshop's are read by whoever sees the workshop and changed by its
 * facilitators and administrators. Every change names the version it was based on; a stale one is a 409.
 */
@RestController
@RequestMapping("/api/scenarios")
@Tag(name = "Saved scenarios", description = "Analysis scenarios saved under a name, personal or per workshop")
class ScenarioController {

    record SaveRequest(@Schema(description = "1-120 characters, unique per owner regardless of case") String name,
                       @Schema(description = "Workshop to share with; null or omitted = personal") String workshopId,
                       @Schema(description = "{\"mechanism\", \"view\", \"assumptions\": {... as in "
                               + "/api/finance/evaluate}, \"weights\": {criterion: weight}}; omitted parts take the "
                               + "paper's base case") Map<String, Object> scenario) {
    }

    record UpdateRequest(@Schema(description = "The version the change is based on (from GET)") Long version,
                         @Schema(description = "New name, or omitted") String name,
                         @Schema(description = "New inputs (overwrite), or omitted") Map<String, Object> scenario) {
    }

    record ScenarioDto(String id, String name, String scope, String workshopId, String workshopName, long version,
                       String updatedBy, Instant updatedAt, boolean writable, Map<String, Object> scenario) {
    }

    record InputDto(String field, String label, Object a, Object b, boolean differs) {
    }

    record FiguresDto(Double irr, double npv, Double staticPayback, Double dynamicPayback, double priceToBook,
                      Double closeness, int rank) {
    }

    record ModelDto(String model, FiguresDto a, FiguresDto b) {
    }

    record ComparisonDto(ScenarioDto a, ScenarioDto b, int differences, List<InputDto> inputs,
                         List<ModelDto> outputs) {
    }

    private final SavedScenarioService scenarios;

    ScenarioController(SavedScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @GetMapping
    @Operation(summary = "The caller's personal scenarios, then those of the workshops the caller sees")
    List<ScenarioDto> list() {
        return scenarios.list().stream().map(s -> dto(s, null)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a scenario under a new name (409 when the owner has that name already)")
    ScenarioDto save(@RequestBody SaveRequest request) {
        ApiInputs.required(request, "body");
        AnalysisInput in = ScenarioJson.fromMap(ApiInputs.required(request.scenario(), "scenario"), "scenario");
        Long workshop = request.workshopId() == null ? null : workshopId(request.workshopId());
        SavedScenarioService.Summary s = scenarios.save(request.name(), workshop, in);
        return dto(s, in);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A saved scenario with all its inputs")
    ScenarioDto get(@PathVariable String id) {
        SavedScenarioService.Loaded l = scenarios.load(id(id));
        return dto(l.summary(), l.input());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename and/or overwrite; 409 when changed since 'version'")
    ScenarioDto update(@PathVariable String id, @RequestBody UpdateRequest request) {
        ApiInputs.required(request, "body");
        long version = ApiInputs.required(request.version(), "version");
        AnalysisInput in = request.scenario() == null ? null : ScenarioJson.fromMap(request.scenario(), "scenario");
        if (request.name() == null && in == null) {
            throw new BadRequestException("name", "give a new name, new scenario inputs, or both");
        }
        SavedScenarioService.Summary s = scenarios.update(id(id), version, request.name(), in);
        return dto(s, in);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete; 409 when changed since 'version'")
    void delete(@PathVariable String id, @RequestParam long version) {
        scenarios.delete(id(id), version);
    }

    @GetMapping("/compare")
    @Operation(summary = "Two saved scenarios side by side: inputs (which differ) and IRR, NPV, paybacks, P/B, "
            + "closeness and rank per model")
    ComparisonDto compare(@RequestParam String a, @RequestParam String b) {
        ScenarioComparison c = scenarios.compare(id(a), id(b));
        return new ComparisonDto(dto(c.a(), null), dto(c.b(), null),
                (int) c.inputs().stream().filter(ScenarioComparison.InputRow::differs).count(),
                c.inputs().stream().map(r -> new InputDto(r.field(), Texts.render(Locale.ENGLISH, r.label()),
                        r.a() instanceof Enum<?> e ? e.name() : r.a(), r.b() instanceof Enum<?> e ? e.name() : r.b(),
                        r.differs())).toList(),
                c.outputs().stream().map(r -> new ModelDto(r.model().name(), figures(r.a()), figures(r.b())))
                        .toList());
    }

    private static FiguresDto figures(ScenarioComparison.Figures f) {
        return f == null ? null : new FiguresDto(f.irr(), f.npv(), f.staticPayback(), f.dynamicPayback(),
                f.priceToBook(), Double.isFinite(f.closeness()) ? f.closeness() : null, f.rank());
    }

    private static ScenarioDto dto(SavedScenarioService.Summary s, AnalysisInput in) {
        return new ScenarioDto(String.valueOf(s.id()), s.name(), s.scope().personal() ? "PERSONAL" : "WORKSHOP",
                s.scope().workshopId() == null ? null : String.valueOf(s.scope().workshopId()), s.workshopName(),
                s.version(), s.updatedBy(), s.updatedAt(), s.writable(), in == null ? null : ScenarioJson.toMap(in));
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No saved scenario " + id + ".");
        }
    }

    private static long workshopId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new BadRequestException("workshopId", "must be a workshop id such as \"12\"");
        }
    }
}
