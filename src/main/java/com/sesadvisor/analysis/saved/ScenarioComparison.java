package com.sesadvisor.analysis.saved;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.analysis.FinanceOutcome;
import com.sesadvisor.analysis.RankingOutcome;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.RankedAlternative;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextLists;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Two saved scenarios side by side: every input (mechanism, view, each assumption, each criterion weight) with
 * whether it differs, and per model the outputs a committee compares (IRR, NPV, paybacks and P/B in the scenario's
 * cash-flow view, TOPSIS closeness and rank).
 */
public record ScenarioComparison(SavedScenarioService.Summary a, SavedScenarioService.Summary b,
                                 List<InputRow> inputs, List<ModelRow> outputs) {

    /**
     * One input. Values are the stored ones: an enum for mechanism and view, a number otherwise (null when the
     * scenario has no weight for that criterion).
     */
    public record InputRow(String field, Text label, Object a, Object b, boolean differs) {
    }

    /** One model's outputs under each scenario; a side is null when that scenario cannot be computed any more. */
    public record ModelRow(InvestmentModel model, Figures a, Figures b) {
    }

    /** The outputs of one model under one scenario (IRR null when not defined, paybacks null when not reached). */
    public record Figures(Double irr, double npv, Double staticPayback, Double dynamicPayback, double priceToBook,
                         double closeness, int rank) {
    }

    /** What the analysis of one scenario gave. */
    record Outcome(FinanceOutcome finance, RankingOutcome ranking) {
    }

    /** Relative tolerance below which two stored numbers count as the same input. */
    private static final double SAME = 1e-12;

    static ScenarioComparison of(SavedScenarioService.Summary sa, AnalysisInput a, Outcome oa,
                                 SavedScenarioService.Summary sb, AnalysisInput b, Outcome ob) {
        List<InputRow> inputs = new ArrayList<>();
        inputs.add(new InputRow("mechanism", Text.of(ScenarioText.IN_MECHANISM), a.mechanism(), b.mechanism(),
                a.mechanism() != b.mechanism()));
        inputs.add(new InputRow("view", Text.of(ScenarioText.IN_VIEW), a.view(), b.view(), a.view() != b.view()));
        for (AssumptionField f : AssumptionField.values()) {
            double x = a.assumptions().get(f);
            double y = b.assumptions().get(f);
            inputs.add(new InputRow("assumptions." + f.key(), Text.of(AnalysisText.field(f)), x, y, !same(x, y)));
        }
        Set<String> criteria = new LinkedHashSet<>(a.subjectiveWeights().keySet());
        criteria.addAll(b.subjectiveWeights().keySet());
        for (String c : criteria) {
            Double x = a.subjectiveWeights().get(c);
            Double y = b.subjectiveWeights().get(c);
            Text name = CriteriaCatalogue.ALL.stream().filter(k -> k.id().equals(c)).findFirst()
                    .map(k -> k.label()).orElse(TextLists.verbatim(c));
            inputs.add(new InputRow("weights." + c, Text.of(ScenarioText.IN_WEIGHT, name), x, y,
                    x == null || y == null ? !Objects.equals(x, y) : !same(x, y)));
        }
        List<ModelRow> outputs = new ArrayList<>();
        for (InvestmentModel m : InvestmentModel.values()) {
            outputs.add(new ModelRow(m, figures(m, a, oa), figures(m, b, ob)));
        }
        return new ScenarioComparison(sa, sb, List.copyOf(inputs), List.copyOf(outputs));
    }

    private static boolean same(double x, double y) {
        return x == y || Math.abs(x - y) <= SAME * Math.max(Math.abs(x), Math.abs(y));
    }

    private static Figures figures(InvestmentModel m, AnalysisInput in, Outcome o) {
        if (o == null) {
            return null;
        }
        ViewMetrics v = o.finance().of(m).result().metrics(in.view());
        RankedAlternative r = o.ranking().recommendation().ranking().stream()
                .filter(x -> x.model().equals(m.name())).findFirst().orElse(null);
        return new Figures(v.irr().value().isPresent() ? v.irr().value().getAsDouble() : null, v.npv(),
                v.cashFlow().staticPayback().yearsOrNull(), v.cashFlow().dynamicPayback().yearsOrNull(),
                v.priceToBook(), r == null ? Double.NaN : r.closeness(), r == null ? 0 : r.rank());
    }

    /** Whether any input differs. */
    public boolean anyDifference() {
        return inputs.stream().anyMatch(InputRow::differs);
    }
}
