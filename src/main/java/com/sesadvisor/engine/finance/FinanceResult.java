package com.sesadvisor.engine.finance;

import java.util.List;
import java.util.Map;

/**
 * One model run: inputs, investment figures, the yearly table and the metrics of each view (CNY).
 *
 * @param constructionInvestment     I_C = unit investment x rated Wh (2-2)
 * @param interestDuringConstruction C_ID (capitalised into the loan)
 * @param totalInvestment            I_TP = I_C + C_ID + C_W (2-10)
 * @param batteryCost                initial battery cost C_bat
 * @param replacements               year (operating) and nominal cost of each replacement (2-3)
 */
public record FinanceResult(InvestmentModel model, ProfitMechanism mechanism, Assumptions assumptions,
                            List<RevenueStream> streams, double constructionInvestment,
                            double interestDuringConstruction, double workingCapital, double totalInvestment,
                            double loan, double equity, double annuity, double batteryCost,
                            List<Replacement> replacements, YearlyTable table, Map<CashFlowView, ViewMetrics> views) {

    /** A battery replacement: operating year and nominal cost C_bat (1 - alpha)^year. */
    public record Replacement(int operatingYear, double cost) {
    }

    public FinanceResult {
        streams = List.copyOf(streams);
        replacements = List.copyOf(replacements);
        views = Map.copyOf(views);
    }

    public ViewMetrics metrics(CashFlowView view) {
        return views.get(view);
    }

    /** Rows of the yearly table with the flows of {@code view}. */
    public List<YearRow> rows(CashFlowView view) {
        return table.rows(view);
    }
}
