package com.sesadvisor.api;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.CashFlowMetrics;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.IrrResult;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.finance.Violation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** JSON shapes of the finance endpoints (field names are a contract: shared/spec/api.md). */
final class FinanceDtos {

    private FinanceDtos() {
    }

    record MetricsRequest(
            @Schema(description = "Yearly net cash flows, t = 0 first, undiscounted (CNY or any currency unit); at "
                    + "least two", example = "[-100, 39, 59, 55, 20]") List<Double> cashFlows,
            @Schema(description = "Discount rate (fraction per year, > -1), e.g. 0.06", example = "0.06")
            Double discountRate) {
    }

    /** Metrics of a cash-flow series: IRR null when undefined, paybacks null when never reached (years from t=0). */
    record Metrics(Double irr, List<Double> irrRoots, int signChanges, boolean irrAmbiguous, String irrNote,
                   double npv, double discountRate, Double staticPayback, Double dynamicPayback,
                   Double staticPaybackLast, Double dynamicPaybackLast) {

        static Metrics of(CashFlowMetrics m) {
            IrrResult irr = m.irr();
            String note = irr instanceof IrrResult.NotDefined nd ? nd.reason().english()
                    : irr.ambiguous() ? "several IRRs: the root closest to zero is shown; decide on NPV" : null;
            return new Metrics(irr.valueOrNull(), irr.roots(), m.signChanges(), irr.ambiguous(), note, m.npv(),
                    m.discountRate(), m.staticPayback().yearsOrNull(), m.dynamicPayback().yearsOrNull(),
                    m.staticPaybackLast().yearsOrNull(), m.dynamicPaybackLast().yearsOrNull());
        }
    }

    /** Metrics of one view of a model run: as {@link Metrics} plus TR, TC (PV, CNY), cost per kWh, LCOS, P/B. */
    record ViewMetricsDto(String view, Double irr, List<Double> irrRoots, int signChanges, boolean irrAmbiguous,
                          String irrNote, double npv, double discountRate, Double staticPayback,
                          Double dynamicPayback, Double staticPaybackLast, Double dynamicPaybackLast,
                          double totalRevenue, double totalCost, Double costPerKwh, Double lcos, Double priceToBook,
                          double pvEquity) {

        static ViewMetricsDto of(ViewMetrics v) {
            Metrics m = Metrics.of(v.cashFlow());
            return new ViewMetricsDto(v.view().name(), m.irr(), m.irrRoots(), m.signChanges(), m.irrAmbiguous(),
                    m.irrNote(), m.npv(), m.discountRate(), m.staticPayback(), m.dynamicPayback(),
                    m.staticPaybackLast(), m.dynamicPaybackLast(), v.totalRevenue(), v.totalCost(),
                    ApiInputs.orNull(v.costPerKwh()), ApiInputs.orNull(v.lcos()), ApiInputs.orNull(v.priceToBook()),
                    v.pvEquity());
        }
    }

    record EvaluateRequest(
            @Schema(description = "CSSES, TISES or DSSES", example = "CSSES") String model,
            @Schema(description = "CONTRACT_ENERGY_MANAGEMENT, TWO_PART_TARIFF, ANCILLARY_SERVICES, SPOT_MARKET or "
                    + "COMPREHENSIVE (default)", example = "COMPREHENSIVE") String mechanism,
            @Schema(description = "PROJECT_PRE_TAX, PROJECT_AFTER_TAX (default) or EQUITY",
                    example = "PROJECT_AFTER_TAX") String view,
            @Schema(ref = "#/components/schemas/Assumptions") Map<String, Object> assumptions) {
    }

    /**
     * Assumptions from the JSON map. When keys or values are refused, the remaining keys are still range- and
     * cross-checked (for {@code model} and {@code mechanism} when given), so one response lists every problem.
     */
    static com.sesadvisor.engine.finance.Assumptions assumptions(Map<String, Object> map,
            com.sesadvisor.engine.finance.InvestmentModel model, com.sesadvisor.engine.finance.ProfitMechanism mechanism) {
        Map<String, Object> in = map == null ? Map.of() : map;
        try {
            return com.sesadvisor.engine.finance.Assumptions.fromMap(in);
        } catch (InvalidFinanceInputException e) {
            java.util.Set<String> bad = new java.util.HashSet<>();
            e.violations().forEach(v -> bad.add(v.field()));
            Map<String, Object> rest = new java.util.LinkedHashMap<>(in);
            rest.keySet().removeAll(bad);
            List<Violation> all = new java.util.ArrayList<>(e.violations());
            com.sesadvisor.engine.finance.Assumptions partial = com.sesadvisor.engine.finance.Assumptions.fromMap(rest);
            List<Violation> more = model != null && mechanism != null
                    ? com.sesadvisor.engine.finance.AssumptionValidator.violations(partial, model, mechanism)
                    : com.sesadvisor.engine.finance.AssumptionValidator.violations(partial);
            all.addAll(more);
            throw underAssumptions(new InvalidFinanceInputException(all));
        }
    }

    /** Prefixes assumption keys with {@code assumptions.} (once) so the error names the JSON field. */
    static InvalidFinanceInputException underAssumptions(InvalidFinanceInputException e) {
        List<Violation> v = e.violations().stream()
                .map(x -> !x.field().startsWith("assumptions.")
                        && (AssumptionField.byKey(x.field()) != null
                                || x.text().key().equals("engine.finance.violation.unknownAssumption"))
                        ? new Violation("assumptions." + x.field(), x.text()) : x)
                .toList();
        return new InvalidFinanceInputException(v);
    }
}
