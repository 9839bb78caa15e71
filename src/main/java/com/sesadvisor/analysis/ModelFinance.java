package com.sesadvisor.analysis;

import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.published.PublishedFigures;
import java.util.Objects;
import java.util.Optional;

/**
 * One model's finance run beside the paper's published row. The published row is attached only when every
 * assumption is the paper's (spread 0.7234, 0.52 or 0.92), because otherwise the comparison would mislead.
 */
public record ModelFinance(InvestmentModel model, FinanceResult result, Optional<PublishedFigures.Row> published) {

    public ModelFinance {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(result, "result");
        published = published == null ? Optional.empty() : published;
    }
}
