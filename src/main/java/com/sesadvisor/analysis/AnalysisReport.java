package com.sesadvisor.analysis;

import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.sensitivity.BreakEven;
import com.sesadvisor.engine.finance.sensitivity.IrrGrid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One analysis, fully computed, as the PDF, Excel and JSON exports write it. */
public record AnalysisReport(AnalysisInput input, FinanceOutcome finance, RankingOutcome ranking,
                             List<IrrGrid> grids, Map<InvestmentModel, List<BreakEven>> thresholds,
                             Instant generatedAt) {

    public AnalysisReport {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(finance, "finance");
        Objects.requireNonNull(ranking, "ranking");
        grids = List.copyOf(grids);
        thresholds = Map.copyOf(thresholds);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /** The rule base's findings on the ranking, in the reports' own shape. */
    public List<ReportFinding> findings() {
        return ReportFinding.of(ranking.findings());
    }
}
