package com.sesadvisor.engine.finance.sensitivity;

import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.finance.published.PublishedFigures;
import java.util.Optional;

/** Our result for a named scenario beside the paper's published row for it, if any. */
public record ScenarioResult(String name, FinanceResult result, Optional<PublishedFigures.Row> published) {
}
