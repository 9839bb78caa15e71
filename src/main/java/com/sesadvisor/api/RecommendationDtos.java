package com.sesadvisor.api;

import com.sesadvisor.assessment.IndicatorNote;
import com.sesadvisor.engine.finance.AssumptionValue;
import com.sesadvisor.engine.recommend.Explanations;
import com.sesadvisor.engine.recommend.RankedAlternative;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** JSON shapes of {@code POST /api/recommendations} (field names are a contract: shared/spec/api.md). */
final class RecommendationDtos {

    private RecommendationDtos() {
    }

    record Request(
            @Schema(description = "Profit mechanism for all three models (default COMPREHENSIVE); ignored when "
                    + "combinations = true") String mechanism,
            @Schema(description = "Cash-flow view whose metrics fill the indicator matrix: PROJECT_PRE_TAX, "
                    + "PROJECT_AFTER_TAX (default) or EQUITY") String view,
            @Schema(ref = "#/components/schemas/Assumptions") Map<String, Object> assumptions,
            @Schema(description = "Criterion ids in column order (default TOTAL_COST, TOTAL_REVENUE, IRR, "
                    + "COST_PER_KWH, NPV, PRICE_TO_BOOK, STATIC_PAYBACK, DYNAMIC_PAYBACK, plus CARBON_REVENUE / "
                    + "GREEN_CERTIFICATE_REVENUE when includeCarbon / includeGreenCertificates); also "
                    + "OPERATING_PROFIT") List<String> criteria,
            @Schema(description = "Subjective weight per criterion id (>= 0, not all 0, normalised); default: from "
                    + "hierarchy, else equal", example = "{\"IRR\": 0.3, \"NPV\": 0.7}") Map<String, Double> subjectiveWeights,
            @Schema(description = "AHP hierarchy whose leaves are indicators (ids like irr, npv, total-cost, "
                    + "static-payback, carbon-trading-revenue, or criterion ids); its global leaf weights become the "
                    + "subjective weights. Not together with subjectiveWeights") HierarchyNodeDto hierarchy,
            @Schema(description = "Share of the subjective weights in the LINEAR combination, [0, 1], default 0.5")
            Double alpha,
            @Schema(description = "LINEAR (default) or MULTIPLICATIVE") String combination,
            @Schema(description = "VECTOR (default) or MIN_MAX") String normalization,
            @Schema(description = "Monte Carlo weight draws for rank stability, 0 to skip, default 1000")
            Integer monteCarloDraws,
            @Schema(description = "Relative half-width of the weight perturbation, [0, 1), default 0.2")
            Double monteCarloSpread,
            @Schema(description = "Seed of the draws, default 20250401") Long seed,
            @Schema(description = "Weight change (share points) at or below which the ranking is 'sensitive to "
                    + "weights' (ADV-RANK-001), default 0.05") Double stabilityMargin,
            @Schema(description = "Eligibility verdict on the project (from /api/eligibility); not eligible -> "
                    + "ADV-ELIG-001 and no capacity-price revenue") Eligibility eligibility,
            @Schema(description = "Assumption keys the committee confirmed although still the default (silences "
                    + "ADV-ASSUME-001 for demandChargeBasisShare)") List<String> confirmedAssumptions,
            @Schema(description = "true: rank all 15 model x mechanism combinations instead of the three models")
            Boolean combinations) {
    }

    record Eligibility(String ruleSet, String ruleSetVersion, Boolean eligible) {
    }

    /** A hierarchy node: matrix compares the children (null cells = missing, completed by Harker). */
    record HierarchyNodeDto(String id, String name, List<List<Double>> matrix, List<HierarchyNodeDto> children) {
    }

    record Response(List<RankedAlternative> ranking, Indicators indicators, Weights weights,
                    Explanations explanations, List<FindingDto> findings, List<String> firedRules,
                    String ruleBaseVersion, List<AlternativeFinance> finance, Scenario scenario, Topsis topsis,
                    Map<String, Object> hierarchy, List<String> notes, String paybackPolicy, String createdAt) {
    }

    record Criterion(String id, String name, String direction, String unit, String source) {
    }

    record Indicators(List<String> alternatives, List<Criterion> criteria, double[][] values,
                      List<IndicatorNote> notes) {
    }

    record Weights(List<String> criteria, String subjectiveSource, double[] subjective, double[] objective,
                   double[] combined, double[] entropy, List<Integer> constantColumns, String method, double alpha) {
    }

    record AlternativeFinance(String name, String model, String mechanism, FinanceDtos.ViewMetricsDto metrics,
                              Double breakEvenSpread, Double publishedBreakEvenSpread) {
    }

    record Scenario(List<String> models, List<String> mechanisms, String view, List<AssumptionValue> assumptions,
                    List<String> adjustments, Eligibility eligibility, List<String> confirmedAssumptions) {
    }

    record Topsis(double[] ideal, double[] antiIdeal, double[] distanceToIdeal, double[] distanceToAntiIdeal,
                  double[][] normalized, double[][] weighted) {
    }
}
