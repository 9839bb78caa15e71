package com.sesadvisor.assessment;

import com.sesadvisor.engine.ahp.hierarchy.HierarchyResult;
import com.sesadvisor.engine.finance.AssumptionValue;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.finance.sensitivity.BreakEven;
import com.sesadvisor.engine.recommend.IndicatorMatrix;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.Finding;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The full, immutable outcome of one recommendation run: the scenario as used (assumptions with provenance), the
 * finance results of every alternative, the indicator matrix with notes on penalised cells, the subjective weights
 * and where they came from, the recommendation with every intermediate value (entropy, combined weights, TOPSIS,
 * explanations), and what the rule base concluded (findings with rule IDs, fired rules, rule-base version).
 *
 * @param createdAt      when it was computed
 * @param scenario       the inputs as used
 * @param alternatives   one entry per row of the indicator matrix, in the same order
 * @param indicators     the decision matrix (money in 100 million CNY, IRR in %, paybacks in years)
 * @param indicatorNotes cells that are not the engine's plain number (payback never reached, IRR undefined)
 * @param subjective     the subjective weights and their source
 * @param recommendation entropy, combined weights, TOPSIS, ranking, explanations, advisory facts
 * @param findings       rule findings (sorted by rule ID)
 * @param firedRules     IDs of the rules that fired, in firing order
 * @param ruleBaseVersion content hash of the rule base that judged
 * @param notes          plain-words notes on policies applied (weights, hierarchy leaves), as texts
 */
public record RecommendationReport(Instant createdAt, ScenarioInputs scenario, List<AlternativeFinance> alternatives,
        IndicatorMatrix indicators, List<IndicatorNote> indicatorNotes, SubjectiveWeights subjective,
        Recommendation recommendation, List<Finding> findings, List<String> firedRules, String ruleBaseVersion,
        List<Text> notes) {

    /** The payback policy, in words (also in docs/api.md). */
    public static final String PAYBACK_POLICY = "A payback period that is never reached within the horizon "
            + "(construction + operating years) enters the indicator matrix as horizon + 1 years (project life + 1 "
            + "with no construction period), never as 0, and the cell is listed in indicatorNotes; the finance "
            + "results keep it as 'not reached' (null in JSON).";

    public RecommendationReport {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(scenario, "scenario");
        alternatives = List.copyOf(alternatives);
        Objects.requireNonNull(indicators, "indicators");
        indicatorNotes = List.copyOf(indicatorNotes);
        Objects.requireNonNull(subjective, "subjective");
        Objects.requireNonNull(recommendation, "recommendation");
        findings = List.copyOf(findings);
        firedRules = List.copyOf(firedRules);
        notes = List.copyOf(notes);
    }

    /** Alternative names, best first. */
    public List<String> order() {
        return recommendation.order();
    }

    /** Name of the recommended alternative. */
    public String top() {
        return recommendation.top();
    }

    public boolean hasFinding(String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    /**
     * The scenario as used.
     *
     * @param models               investment models evaluated
     * @param mechanisms           profit mechanisms evaluated (one, or all five for combinations)
     * @param view                 cash-flow view of the metrics
     * @param assumptions          every assumption used with unit, default and provenance (PAPER / ASSUMPTION / USER)
     * @param adjustments          changes the service made to the caller's assumptions, with the reason (e.g. capacity
     *                             price 0 because the project is not eligible)
     * @param eligibility          the eligibility verdict given, or null
     * @param confirmedAssumptions assumption keys the committee confirmed
     */
    public record ScenarioInputs(List<InvestmentModel> models, List<ProfitMechanism> mechanisms, CashFlowView view,
            List<AssumptionValue> assumptions, List<Text> adjustments, EligibilityConclusion eligibility,
            List<String> confirmedAssumptions) {

        public ScenarioInputs {
            models = List.copyOf(models);
            mechanisms = List.copyOf(mechanisms);
            assumptions = List.copyOf(assumptions);
            adjustments = List.copyOf(adjustments);
            confirmedAssumptions = List.copyOf(confirmedAssumptions);
        }
    }

    /**
     * One alternative's finance.
     *
     * @param name      row name in the indicator matrix (model, or "model / mechanism")
     * @param model     investment model
     * @param mechanism profit mechanism
     * @param result    the full finance result (every view, the yearly table)
     * @param metrics   the metrics of the chosen view
     * @param breakEven break-even spread at the scenario's unit investment (target = discount rate), or null when
     *                  the alternative earns no arbitrage
     */
    public record AlternativeFinance(String name, InvestmentModel model, ProfitMechanism mechanism,
            FinanceResult result, ViewMetrics metrics, BreakEven breakEven) {
    }

    /**
     * Subjective weights as used.
     *
     * @param source    GIVEN, HIERARCHY or EQUAL
     * @param weights   criterion id -> weight as given (column order; the engine normalises)
     * @param hierarchy the evaluated hierarchy (local and global weights, CR per node) when the source is HIERARCHY
     * @param unusedLeaves hierarchy leaves that are no finance indicator and were left out (their weight is
     *                  redistributed by normalisation)
     */
    public record SubjectiveWeights(Source source, Map<String, Double> weights, HierarchyResult hierarchy,
            List<String> unusedLeaves) {

        public SubjectiveWeights {
            weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
            unusedLeaves = List.copyOf(unusedLeaves);
        }

        /** Where the subjective weights came from. */
        public enum Source { GIVEN, HIERARCHY, EQUAL }
    }
}
