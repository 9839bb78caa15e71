package com.sesadvisor.analysis;

import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.finance.Payback;
import com.sesadvisor.engine.finance.RevenueStream;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.Criterion;
import com.sesadvisor.engine.recommend.IndicatorMatrix;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns finance runs into the TOPSIS decision matrix in the catalogue's units (10^8 CNY, %, years, CNY/kWh).
 * TOPSIS needs a number in every cell, so two conventions apply and are reported as notes: an undefined IRR
 * counts as -95 % (the lower end of the IRR search range) and a payback not reached counts as the horizon.
 */
public final class IndicatorMatrixFactory {

    static final double HUNDRED_MILLION = 1e8;
    static final double UNDEFINED_IRR_PERCENT = -95.0;

    private IndicatorMatrixFactory() {
    }

    /** Matrix and the notes on conventions used. */
    public record Built(IndicatorMatrix matrix, List<String> notes) {
    }

    public static Built build(List<String> names, List<FinanceResult> results, CashFlowView view,
                              List<String> criterionIds) {
        List<Criterion> criteria = criterionIds.stream().map(CriteriaCatalogue::byId).toList();
        double[][] x = new double[results.size()][criteria.size()];
        Set<String> notes = new LinkedHashSet<>();
        for (int i = 0; i < results.size(); i++) {
            FinanceResult r = results.get(i);
            ViewMetrics m = r.metrics(view);
            int horizon = r.table().periods() - 1;
            for (int j = 0; j < criteria.size(); j++) {
                String id = criteria.get(j).id();
                x[i][j] = switch (id) {
                    case "TOTAL_COST" -> m.totalCost() / HUNDRED_MILLION;
                    case "TOTAL_REVENUE" -> m.totalRevenue() / HUNDRED_MILLION;
                    case "OPERATING_PROFIT" -> sum(r.table().series("profit_total")) / HUNDRED_MILLION;
                    case "IRR" -> {
                        if (m.irr().value().isPresent()) {
                            yield 100 * m.irr().value().getAsDouble();
                        }
                        notes.add(String.format(Locale.ROOT, "%s: IRR not defined, counted as %.0f %% for TOPSIS.",
                                names.get(i), UNDEFINED_IRR_PERCENT));
                        yield UNDEFINED_IRR_PERCENT;
                    }
                    case "NPV" -> m.npv() / HUNDRED_MILLION;
                    case "PRICE_TO_BOOK" -> m.priceToBook();
                    case "STATIC_PAYBACK" -> payback(m.cashFlow().staticPayback(), horizon, names.get(i), notes);
                    case "DYNAMIC_PAYBACK" -> payback(m.cashFlow().dynamicPayback(), horizon, names.get(i), notes);
                    case "COST_PER_KWH" -> m.costPerKwh();
                    case "CARBON_REVENUE" -> sum(r.table().revenue(RevenueStream.CARBON)) / HUNDRED_MILLION;
                    case "GREEN_CERTIFICATE_REVENUE" ->
                            sum(r.table().revenue(RevenueStream.GREEN_CERTIFICATE)) / HUNDRED_MILLION;
                    default -> throw new InvalidAnalysisInputException("subjectiveWeights." + id,
                            "no finance indicator for this criterion");
                };
            }
        }
        return new Built(new IndicatorMatrix(names, criteria, x), new ArrayList<>(notes));
    }

    private static double payback(Payback p, int horizon, String name, Set<String> notes) {
        if (p.years().isPresent()) {
            return p.years().getAsDouble();
        }
        notes.add(name + ": payback not reached within " + horizon + " years, counted as " + horizon
                + " years for TOPSIS.");
        return horizon;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }
}
