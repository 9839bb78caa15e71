package com.sesadvisor.assessment;

import static com.sesadvisor.engine.recommend.CriteriaCatalogue.IRR;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.IrrResult;
import com.sesadvisor.engine.finance.Payback;
import com.sesadvisor.engine.finance.RevenueStream;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.finance.YearlyTable;
import com.sesadvisor.engine.mcda.InvalidNameException;
import com.sesadvisor.engine.recommend.Criterion;
import com.sesadvisor.engine.recommend.IndicatorMatrix;
import com.sesadvisor.engine.recommend.SuppliedIndicator;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextLists;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision matrix from the finance results, in the criteria's units (money in 100 million CNY, IRR in %,
 * paybacks in years from t = 0). A payback never reached enters as horizon + 1 years, an undefined IRR as -100 %
 * (+1000 % if the flows never turn negative); each such cell gets an {@link IndicatorNote}.
 */
final class IndicatorMatrixBuilder {

    static final double HUNDRED_MILLION = 1e8;
    static final double IRR_UNDEFINED_LOW = -100.0;
    static final double IRR_UNDEFINED_HIGH = 1000.0;

    /** The matrix and the notes on its penalised cells. */
    record Built(IndicatorMatrix matrix, List<IndicatorNote> notes) {
    }

    private IndicatorMatrixBuilder() {
    }

    static Built build(List<Criterion> criteria, List<RecommendationReport.AlternativeFinance> finance,
                       Assumptions a) {
        return build(criteria, finance, a, List.of());
    }

    /**
     * The same with supplied columns: a criterion whose id is one of {@code supplied} takes the value of the row's
     * investment model from it (scenario or committee) instead of the finance model.
     */
    static Built build(List<Criterion> criteria, List<RecommendationReport.AlternativeFinance> finance,
                       Assumptions a, List<SuppliedIndicator> supplied) {
        List<IndicatorNote> notes = new ArrayList<>();
        double[][] values = new double[finance.size()][criteria.size()];
        for (int i = 0; i < finance.size(); i++) {
            for (int j = 0; j < criteria.size(); j++) {
                String id = criteria.get(j).id();
                SuppliedIndicator given = supplied.stream().filter(x -> x.criterion().id().equals(id)).findFirst()
                        .orElse(null);
                values[i][j] = given != null ? given.value(finance.get(i).model())
                        : indicator(criteria.get(j), finance.get(i), a, notes);
            }
        }
        List<String> names = finance.stream().map(RecommendationReport.AlternativeFinance::name).toList();
        return new Built(new IndicatorMatrix(names, criteria, values), notes);
    }

    /** One cell of the indicator matrix, in the criterion's unit; notes any policy applied. */
    static double indicator(Criterion c, RecommendationReport.AlternativeFinance f, Assumptions a,
                            List<IndicatorNote> notes) {
        ViewMetrics vm = f.metrics();
        FinanceResult r = f.result();
        YearlyTable t = r.table();
        return switch (c.id()) {
            case "TOTAL_COST" -> vm.totalCost() / HUNDRED_MILLION;
            case "TOTAL_REVENUE" -> vm.totalRevenue() / HUNDRED_MILLION;
            case "OPERATING_PROFIT" -> sum(t.series("profit_total")) / HUNDRED_MILLION;
            case "NPV" -> vm.npv() / HUNDRED_MILLION;
            case "IRR" -> irr(f, notes);
            case "PRICE_TO_BOOK" -> {
                if (!Double.isFinite(vm.priceToBook())) {
                    throw new InvalidFinanceInputException(AssumptionField.EQUITY_RATIO.key(),
                            Text.of("engine.recommendation.violation.priceToBook"));
                }
                yield vm.priceToBook();
            }
            case "COST_PER_KWH" -> {
                if (!Double.isFinite(vm.costPerKwh())) {
                    throw new InvalidFinanceInputException(AssumptionField.CYCLES_PER_YEAR.key(),
                            Text.of("engine.recommendation.violation.costPerKwh"));
                }
                yield vm.costPerKwh();
            }
            case "STATIC_PAYBACK" -> payback(f, c, vm.cashFlow().staticPayback(), a, notes);
            case "DYNAMIC_PAYBACK" -> payback(f, c, vm.cashFlow().dynamicPayback(), a, notes);
            case "CARBON_REVENUE" -> environmental(f, a, RevenueStream.CARBON) / HUNDRED_MILLION;
            case "GREEN_CERTIFICATE_REVENUE" -> environmental(f, a, RevenueStream.GREEN_CERTIFICATE)
                    / HUNDRED_MILLION;
            default -> throw new InvalidNameException("criteria", "criterion " + c.id() + " cannot be computed "
                    + "from the finance model");
        };
    }

    private static double irr(RecommendationReport.AlternativeFinance f, List<IndicatorNote> notes) {
        IrrResult irr = f.metrics().irr();
        if (irr.value().isPresent()) {
            double v = 100 * irr.value().getAsDouble();
            if (irr.ambiguous()) {
                List<Text> roots = irr.roots().stream().map(x -> Text.of("engine.format.percent", 100 * x)).toList();
                notes.add(new IndicatorNote(f.name(), IRR.id(), IndicatorNote.Kind.IRR_AMBIGUOUS, v,
                        Text.of("engine.recommendation.irrAmbiguous", f.name(), TextLists.commas(roots), v)));
            }
            return v;
        }
        double v = f.metrics().npv() < 0 ? IRR_UNDEFINED_LOW : IRR_UNDEFINED_HIGH;
        Text reason = irr instanceof IrrResult.NotDefined nd ? nd.reason() : Text.of("engine.finance.irr.noRoot");
        notes.add(new IndicatorNote(f.name(), IRR.id(), IndicatorNote.Kind.IRR_UNDEFINED, v,
                Text.of("engine.recommendation.irrUndefined", f.name(), reason, v)));
        return v;
    }

    private static double payback(RecommendationReport.AlternativeFinance f, Criterion c, Payback p, Assumptions a,
                                  List<IndicatorNote> notes) {
        if (p.years().isPresent()) {
            return p.years().getAsDouble();
        }
        int horizon = a.constructionYears() + a.projectLifeYears();
        double penalty = horizon + 1.0;
        int within = p instanceof Payback.NotReached nr ? nr.horizonYears() : horizon;
        notes.add(new IndicatorNote(f.name(), c.id(), IndicatorNote.Kind.PAYBACK_NOT_REACHED, penalty,
                Text.of("engine.recommendation.paybackNotReached", f.name(), c.label(), within, penalty)));
        return penalty;
    }

    /**
     * Carbon or green-certificate revenue over the life, undiscounted (CNY). The stream itself when the scenario
     * earns it; otherwise the same formula as an environmental indicator (delivered MWh on the arbitrage share x
     * t CO2/MWh x price, or x certificates/MWh x price), as the paper treats it.
     */
    private static double environmental(RecommendationReport.AlternativeFinance f, Assumptions a, RevenueStream s) {
        if (f.result().streams().contains(s)) {
            return sum(f.result().table().revenue(s));
        }
        boolean lease = f.result().streams().contains(RevenueStream.LEASE);
        double leased = lease ? a.get(AssumptionField.LEASED_SHARE) : 0.0;
        double share = a.flag(AssumptionField.ARBITRAGE_ON_UNLEASED_ONLY) ? 1 - leased : 1.0;
        double mwh = sum(f.result().table().series("energy")) / 1000.0 * share;
        return s == RevenueStream.CARBON
                ? mwh * a.get(AssumptionField.CARBON_TONNES_PER_MWH) * a.get(AssumptionField.CARBON_PRICE_PER_TONNE)
                : mwh * a.get(AssumptionField.GREEN_CERTIFICATES_PER_MWH)
                        * a.get(AssumptionField.GREEN_CERTIFICATE_PRICE);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
