package com.sesadvisor.api;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowMetrics;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.FinanceEngine;
import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.RevenueStream;
import com.sesadvisor.engine.finance.published.PublishedFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cash-flow model and its metrics (shared/spec/finance-model.md). Money in CNY, energy in kWh. */
@RestController
@RequestMapping("/api/finance")
@Tag(name = "Finance", description = "Yearly cash-flow model of shared energy storage (Chi et al. 2025, eqs. 2-1..2-23)"
        + " and the metrics of any cash-flow series")
class FinanceController {

    @PostMapping("/metrics")
    @Operation(summary = "IRR (all roots), NPV, static and dynamic payback of a yearly cash-flow series",
            description = "irr is null when no root exists in (-95 %, 1000 %), else the root closest to zero; "
                    + "irrRoots lists all, ascending; signChanges bounds their number (Descartes). Paybacks are "
                    + "years from t = 0 with linear interpolation; null when never reached; *Last = the last "
                    + "crossing after which the cumulative flow stays >= 0.")
    FinanceDtos.Metrics metrics(@RequestBody FinanceDtos.MetricsRequest request) {
        double[] flows = ApiInputs.vector(request.cashFlows(), "cashFlows");
        double rate = ApiInputs.required(request.discountRate(), "discountRate");
        return FinanceDtos.Metrics.of(CashFlowMetrics.of(flows, rate));
    }

    record EvaluateResponse(String model, String mechanism, String view, List<String> streams,
                            FinanceDtos.ViewMetricsDto metrics, Map<String, FinanceDtos.ViewMetricsDto> views,
                            Investment investment, List<com.sesadvisor.engine.finance.YearRow> years,
                            List<com.sesadvisor.engine.finance.AssumptionValue> assumptions, Published published) {
    }

    record Investment(double constructionInvestment, double interestDuringConstruction, double workingCapital,
                      double totalInvestment, double loan, double equity, double annuity, double batteryCost,
                      List<FinanceResult.Replacement> replacements) {
    }

    record Published(String label, String note, PublishedFigures.Row figures) {
    }

    @PostMapping("/evaluate")
    @Operation(summary = "Run the cash-flow model for one investment model under a profit mechanism",
            description = "assumptions: camelCase keys (see GET /api/finance/assumptions and the Assumptions schema "
                    + "for units and defaults); any omitted key takes the paper's default. Response money in CNY "
                    + "(totalRevenue and totalCost are present values at the discount rate), costPerKwh and lcos in "
                    + "CNY/kWh, paybacks in years from t = 0 (null when never reached), irr as a fraction (null when "
                    + "undefined). years: the yearly table with the flows of the chosen view. assumptions: every "
                    + "assumption used, provenance PAPER / ASSUMPTION / USER. published: the paper's figures for this "
                    + "model at this spread (COMPREHENSIVE only), labelled, never used to tune the model.")
    EvaluateResponse evaluate(@RequestBody FinanceDtos.EvaluateRequest request) {
        InvestmentModel model = ApiInputs.option(ApiInputs.required(request.model(), "model"), InvestmentModel.class,
                null, "model");
        ProfitMechanism mechanism = ApiInputs.option(request.mechanism(), ProfitMechanism.class,
                ProfitMechanism.COMPREHENSIVE, "mechanism");
        CashFlowView view = ApiInputs.option(request.view(), CashFlowView.class, CashFlowView.PROJECT_AFTER_TAX,
                "view");
        FinanceResult r;
        try {
            Assumptions a = FinanceDtos.assumptions(request.assumptions(), model, mechanism);
            r = FinanceEngine.evaluate(model, mechanism, a);
        } catch (InvalidFinanceInputException e) {
            throw FinanceDtos.underAssumptions(e);
        }
        Map<String, FinanceDtos.ViewMetricsDto> views = new LinkedHashMap<>();
        for (CashFlowView v : CashFlowView.values()) {
            views.put(v.name(), FinanceDtos.ViewMetricsDto.of(r.metrics(v)));
        }
        Published published = mechanism != ProfitMechanism.COMPREHENSIVE ? null
                : PublishedFigures.forScenario(model, r.assumptions().spread())
                        .map(row -> new Published(PublishedFigures.LABEL, PublishedFigures.NOTE, row)).orElse(null);
        return new EvaluateResponse(model.name(), mechanism.name(), view.name(),
                r.streams().stream().map(Enum::name).toList(), views.get(view.name()), views,
                new Investment(r.constructionInvestment(), r.interestDuringConstruction(), r.workingCapital(),
                        r.totalInvestment(), r.loan(), r.equity(), r.annuity(), r.batteryCost(), r.replacements()),
                r.rows(view), r.assumptions().describe(), published);
    }

    record AssumptionInfo(String key, String unit, Object defaultValue, String provenance, String kind,
                          List<String> options, Double min, Double max, boolean strictlyPositive,
                          String description) {
    }

    @GetMapping("/assumptions")
    @Operation(summary = "Every finance assumption with unit, default, provenance (PAPER or ASSUMPTION) and meaning")
    List<AssumptionInfo> assumptions() {
        return Arrays.stream(AssumptionField.values()).map(FinanceController::info).toList();
    }

    static AssumptionInfo info(AssumptionField f) {
        Object def = switch (f.kind()) {
            case BOOLEAN -> f.defaultValue() != 0;
            case CHOICE -> f.options().get((int) f.defaultValue());
            case INTEGER -> (long) f.defaultValue();
            case NUMBER -> f.defaultValue();
        };
        return new AssumptionInfo(f.key(), f.unit(), def, f.provenance().name(), f.kind().name(), f.options(),
                Double.isFinite(f.min()) ? f.min() : null, Double.isFinite(f.max()) ? f.max() : null,
                f.strictlyPositive(), f.description());
    }

    record StreamInfo(String name, String label, String formula) {
    }

    record MechanismInfo(String name, String label, String description, Map<String, List<String>> streamsByModel) {
    }

    record MechanismsResponse(List<MechanismInfo> mechanisms, List<StreamInfo> streams, List<String> models) {
    }

    @GetMapping("/mechanisms")
    @Operation(summary = "The five profit mechanisms and the revenue streams each earns per investment model "
            + "(under the default assumptions; optional streams are switched on by assumptions)")
    MechanismsResponse mechanisms() {
        Assumptions a = Assumptions.paperDefaults();
        List<MechanismInfo> mechanisms = Arrays.stream(ProfitMechanism.values()).map(p -> {
            Map<String, List<String>> byModel = new LinkedHashMap<>();
            for (InvestmentModel m : InvestmentModel.values()) {
                byModel.put(m.name(), p.streams(m, a).stream().map(Enum::name).toList());
            }
            return new MechanismInfo(p.name(), p.label(), p.description(), byModel);
        }).toList();
        List<StreamInfo> streams = Arrays.stream(RevenueStream.values())
                .map(s -> new StreamInfo(s.name(), s.label(), s.formula())).toList();
        return new MechanismsResponse(mechanisms, streams,
                Arrays.stream(InvestmentModel.values()).map(Enum::name).toList());
    }
}
