package com.sesadvisor.analysis;

import com.sesadvisor.engine.finance.InvestmentModel;
import java.util.List;

/** The three models' finance runs for one input, in {@link InvestmentModel} order. */
public record FinanceOutcome(AnalysisInput input, List<ModelFinance> models) {

    public FinanceOutcome {
        models = List.copyOf(models);
    }

    public ModelFinance of(InvestmentModel m) {
        return models.stream().filter(x -> x.model() == m).findFirst().orElseThrow();
    }
}
