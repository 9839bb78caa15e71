package com.sesadvisor.api;

import com.sesadvisor.assessment.EligibilityConclusion;
import com.sesadvisor.assessment.RecommendationReport;
import com.sesadvisor.assessment.RecommendationRequest;
import com.sesadvisor.assessment.RecommendationService;
import com.sesadvisor.engine.ahp.hierarchy.Hierarchy;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyNode;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyResult;
import com.sesadvisor.engine.ahp.IncompletePairwiseMatrix;
import com.sesadvisor.engine.ahp.hierarchy.InvalidHierarchyException;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.topsis.Normalization;
import com.sesadvisor.engine.topsis.TopsisResult;
import com.sesadvisor.engine.weighting.CombinationMethod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The full recommendation pipeline for a scenario (shared/spec/api.md {@code POST /api/recommendations}). */
@RestController
@RequestMapping("/api/recommendations")
@Tag(name = "Recommendations", description = "Finance for each investment model -> indicator matrix -> subjective, "
        + "entropy and combined weights -> TOPSIS -> explanations and advisory rules")
class RecommendationController {

    /** Keeps one request within seconds (each draw re-ranks every alternative). */
    static final int MAX_DRAWS = 100_000;

    private final RecommendationService service;

    RecommendationController(RecommendationService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Rank CSSES, TISES and DSSES (or all 15 model x mechanism combinations) for a scenario",
            description = "Indicator units: money in 100 million CNY (total cost and revenue are present values), IRR "
                    + "in %, cost per kWh in CNY/kWh, paybacks in years. Payback policy: a payback never reached "
                    + "within the horizon enters the matrix as horizon + 1 years (project life + 1 without a "
                    + "construction period), never 0, and is listed in indicators.notes; an undefined IRR enters as "
                    + "-100 %. Findings come from the advisory rules (ADV-*) and, with a hierarchy, the AHP rules. "
                    + "Refusals (ADV-TISES-001, ADV-CHARGE-001) are 400 errors naming the assumption.")
    RecommendationDtos.Response recommend(@RequestBody RecommendationDtos.Request body, Locale locale) {
        RecommendationRequest request = toRequest(body);
        RecommendationReport report;
        try {
            report = Boolean.TRUE.equals(body.combinations()) ? service.rankCombinations(request)
                    : service.recommend(request);
        } catch (InvalidFinanceInputException e) {
            throw FinanceDtos.underAssumptions(e);
        }
        return toResponse(report, locale);
    }

    static RecommendationRequest toRequest(RecommendationDtos.Request b) {
        Assumptions a = FinanceDtos.assumptions(b.assumptions(), null, null);
        ProfitMechanism mechanism = ApiInputs.option(b.mechanism(), ProfitMechanism.class,
                ProfitMechanism.COMPREHENSIVE, "mechanism");
        CashFlowView view = ApiInputs.option(b.view(), CashFlowView.class, CashFlowView.PROJECT_AFTER_TAX, "view");
        if (b.monteCarloDraws() != null && b.monteCarloDraws() > MAX_DRAWS) {
            throw new BadRequestException("monteCarloDraws", "at most " + MAX_DRAWS + " draws per request");
        }
        RecommendationOptions d = RecommendationOptions.defaults();
        RecommendationOptions options = new RecommendationOptions(b.alpha() == null ? d.alpha() : b.alpha(),
                ApiInputs.option(b.combination(), CombinationMethod.class, d.combination(), "combination"),
                ApiInputs.option(b.normalization(), Normalization.class, d.normalization(), "normalization"),
                b.monteCarloDraws() == null ? d.monteCarloDraws() : b.monteCarloDraws(),
                b.monteCarloSpread() == null ? d.monteCarloSpread() : b.monteCarloSpread(),
                b.seed() == null ? d.seed() : b.seed(),
                b.stabilityMargin() == null ? d.stabilityMargin() : b.stabilityMargin(), false);
        if (b.subjectiveWeights() != null) {
            for (Map.Entry<String, Double> e : b.subjectiveWeights().entrySet()) {
                if (e.getValue() == null) {
                    throw new BadRequestException("subjectiveWeights." + e.getKey(), "must be a number");
                }
            }
        }
        EligibilityConclusion verdict = null;
        if (b.eligibility() != null) {
            verdict = new EligibilityConclusion(b.eligibility().ruleSet(), b.eligibility().ruleSetVersion(),
                    ApiInputs.required(b.eligibility().eligible(), "eligibility.eligible"));
        }
        Hierarchy hierarchy = b.hierarchy() == null ? null : new Hierarchy(node(b.hierarchy(), "hierarchy"), List.of());
        return new RecommendationRequest(a, mechanism, view, b.criteria(), b.subjectiveWeights(), hierarchy, options,
                verdict, b.confirmedAssumptions() == null ? null : new LinkedHashSet<>(b.confirmedAssumptions()));
    }

    private static HierarchyNode node(RecommendationDtos.HierarchyNodeDto dto, String field) {
        String id = ApiInputs.required(dto.id(), field + ".id");
        List<HierarchyNode> children = new ArrayList<>();
        List<RecommendationDtos.HierarchyNodeDto> raw = dto.children() == null ? List.of() : dto.children();
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) == null) {
                throw new BadRequestException(field + ".children[" + i + "]", "node is missing");
            }
            children.add(node(raw.get(i), field + ".children[" + i + "]"));
        }
        Optional<IncompletePairwiseMatrix> m = dto.matrix() == null ? Optional.empty()
                : Optional.of(ApiInputs.pairwise(dto.matrix(), field + ".matrix"));
        try {
            return new HierarchyNode(id, dto.name() == null || dto.name().isBlank() ? id : dto.name(), "", children, m);
        } catch (InvalidHierarchyException e) {
            throw new BadRequestException(field, e.getMessage());
        }
    }

    static RecommendationDtos.Response toResponse(RecommendationReport r, Locale locale) {
        Recommendation rec = r.recommendation();
        TopsisResult t = rec.topsis();
        List<RecommendationDtos.Criterion> criteria = r.indicators().criteria().stream()
                .map(c -> new RecommendationDtos.Criterion(c.id(), c.name(), c.direction().name(), c.unit(),
                        c.source())).toList();
        RecommendationDtos.Weights weights = new RecommendationDtos.Weights(
                criteria.stream().map(RecommendationDtos.Criterion::id).toList(), r.subjective().source().name(),
                rec.weights().subjective(), rec.weights().objective(), rec.weights().weights(), rec.entropy().entropy(),
                rec.entropy().constantColumns(), rec.weights().method().name(), rec.weights().alpha());
        List<RecommendationDtos.AlternativeFinance> finance = r.alternatives().stream()
                .map(f -> new RecommendationDtos.AlternativeFinance(f.name(), f.model().name(), f.mechanism().name(),
                        FinanceDtos.ViewMetricsDto.of(f.metrics()),
                        f.breakEven() == null ? null : f.breakEven().exactSpread(),
                        f.breakEven() == null ? null : f.breakEven().publishedSpread()))
                .toList();
        RecommendationReport.ScenarioInputs s = r.scenario();
        EligibilityConclusion v = s.eligibility();
        RecommendationDtos.Scenario scenario = new RecommendationDtos.Scenario(
                s.models().stream().map(Enum::name).toList(), s.mechanisms().stream().map(Enum::name).toList(),
                s.view().name(), s.assumptions(), english(s.adjustments()),
                v == null ? null : new RecommendationDtos.Eligibility(v.ruleSet(), v.ruleSetVersion(), v.eligible()),
                s.confirmedAssumptions());
        Map<String, Object> hierarchy = null;
        HierarchyResult h = r.subjective().hierarchy();
        if (h != null) {
            hierarchy = new LinkedHashMap<>();
            List<Map<String, Object>> nodes = new ArrayList<>();
            for (HierarchyResult.NodeResult n : h.nodes()) {
                Map<String, Object> node = new LinkedHashMap<>();
                node.put("id", n.id());
                node.put("localWeight", n.localWeight());
                node.put("globalWeight", n.globalWeight());
                node.put("cr", n.cr().orElse(null));
                nodes.add(node);
            }
            hierarchy.put("nodes", nodes);
            hierarchy.put("unusedLeaves", r.subjective().unusedLeaves());
        }
        return new RecommendationDtos.Response(rec.ranking(),
                new RecommendationDtos.Indicators(r.indicators().alternatives(), criteria, r.indicators().values(),
                        r.indicatorNotes()),
                weights, rec.explanations(), FindingDto.all(r.findings(), locale), r.firedRules(),
                r.ruleBaseVersion(), finance, scenario,
                new RecommendationDtos.Topsis(t.ideal(), t.antiIdeal(), t.distanceToIdeal(), t.distanceToAntiIdeal(),
                        t.normalized(), t.weighted()),
                hierarchy, english(r.notes()), RecommendationReport.PAYBACK_POLICY, r.createdAt().toString());
    }

    /** The API speaks English: engine texts go out as their English sentences. */
    private static List<String> english(List<Text> texts) {
        return texts.stream().map(Text::english).toList();
    }
}
