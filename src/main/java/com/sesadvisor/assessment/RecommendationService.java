package com.sesadvisor.assessment;

import static com.sesadvisor.engine.recommend.CriteriaCatalogue.CARBON_REVENUE;
import static com.sesadvisor.engine.recommend.CriteriaCatalogue.COST_PER_KWH;
import static com.sesadvisor.engine.recommend.CriteriaCatalogue.DYNAMIC_PAYBACK;
import static com.sesadvisor.engine.recommend.CriteriaCatalogue.GREEN_CERTIFICATE_REVENUE;
import static com.sesadvisor.engine.recommend.CriteriaCatalogue.IRR;
import static com.sesadvisor.engine.recommend.CriteriaCatalogue.NPV;
import static com.sesadvisor.engine.recommend.CriteriaCatalogue.PRICE_TO_BOOK;
import static com.sesadvisor.engine.recommend.CriteriaCatalogue.STATIC_PAYBACK;
import static com.sesadvisor.engine.recommend.CriteriaCatalogue.TOTAL_COST;
import static com.sesadvisor.engine.recommend.CriteriaCatalogue.TOTAL_REVENUE;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.FinanceEngine;
import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.RevenueStream;
import com.sesadvisor.engine.finance.sensitivity.BreakEven;
import com.sesadvisor.engine.finance.sensitivity.SensitivityAnalysis;
import com.sesadvisor.engine.mcda.InvalidOptionException;
import com.sesadvisor.engine.recommend.Criterion;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.recommend.RecommendationEngine;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleEvaluation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The recommendation pipeline for a scenario (shared/spec/api.md {@code POST /api/recommendations}): the finance
 * engine for every investment model under a profit mechanism and cash-flow view, the indicator matrix, subjective
 * weights (given, from an AHP hierarchy, or equal), the recommendation engine (entropy, combined weights, TOPSIS,
 * explanations) and the advisory rules, into one immutable {@link RecommendationReport}. The steps live in
 * {@link ScenarioChecks} (eligibility adjustment and refusals), {@link SubjectiveWeightsResolver},
 * {@link IndicatorMatrixBuilder} and {@link RecommendationAdvice}.
 *
 * <p>Policies (docs/api.md): money in 100 million CNY, IRR in %, paybacks in years from t = 0; a payback never
 * reached enters as horizon + 1 years ({@link RecommendationReport#PAYBACK_POLICY}), an undefined IRR as -100 %
 * (+1000 % if the flows never turn negative), each listed in {@code indicatorNotes}. Refusals (ADV-TISES-001,
 * ADV-CHARGE-001) are decided by the rules before any finance runs and thrown as
 * {@link InvalidFinanceInputException} naming the field, like the finance engine's own validator.
 */
@Service
public class RecommendationService {

    /** The default columns: Table 3-1's economic indicators that the finance engine computes, plus cost per kWh. */
    public static final List<Criterion> DEFAULT_CRITERIA = List.of(TOTAL_COST, TOTAL_REVENUE, IRR, COST_PER_KWH, NPV,
            PRICE_TO_BOOK, STATIC_PAYBACK, DYNAMIC_PAYBACK);

    private final RuleEngine rules;
    private final Clock clock;

    public RecommendationService(RuleEngine rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** The default columns for these assumptions: {@link #DEFAULT_CRITERIA} plus carbon / green-certificate revenue
     * when those streams are switched on. */
    public static List<Criterion> defaultCriteria(Assumptions a) {
        List<Criterion> out = new ArrayList<>(DEFAULT_CRITERIA);
        if (a.flag(AssumptionField.INCLUDE_CARBON)) {
            out.add(CARBON_REVENUE);
        }
        if (a.flag(AssumptionField.INCLUDE_GREEN_CERTIFICATES)) {
            out.add(GREEN_CERTIFICATE_REVENUE);
        }
        return List.copyOf(out);
    }

    /** Ranks CSSES, TISES and DSSES under the request's mechanism (default COMPREHENSIVE). */
    public RecommendationReport recommend(RecommendationRequest request) {
        return recommend(request, List.of());
    }

    /**
     * The same ranking reusing finance runs the caller already made for the screen it shows beside the ranking (the
     * analysis' finance tab), so one display runs the finance model once. A given run is used only for the model,
     * mechanism and assumptions it was computed with (after this pipeline's own eligibility adjustment); any other
     * alternative is computed here as before.
     */
    public RecommendationReport recommend(RecommendationRequest request, List<FinanceResult> computed) {
        RecommendationRequest req = request == null ? RecommendationRequest.paperBaseCase() : request;
        ProfitMechanism mechanism = req.mechanism() == null ? ProfitMechanism.COMPREHENSIVE : req.mechanism();
        List<Alternative> alts = new ArrayList<>();
        for (InvestmentModel m : InvestmentModel.values()) {
            alts.add(new Alternative(m.name(), m, mechanism));
        }
        return run(req, alts, List.of(mechanism), computed);
    }

    /**
     * Ranks all 15 model × mechanism combinations (rows named {@code CSSES / TWO_PART_TARIFF}, models outer),
     * ignoring the request's mechanism.
     */
    public RecommendationReport rankCombinations(RecommendationRequest request) {
        RecommendationRequest req = request == null ? RecommendationRequest.paperBaseCase() : request;
        List<Alternative> alts = new ArrayList<>();
        for (InvestmentModel m : InvestmentModel.values()) {
            for (ProfitMechanism p : ProfitMechanism.values()) {
                alts.add(new Alternative(m.name() + " / " + p.name(), m, p));
            }
        }
        return run(req, alts, List.of(ProfitMechanism.values()), List.of());
    }

    private RecommendationReport run(RecommendationRequest req, List<Alternative> alts,
                                     List<ProfitMechanism> mechanisms, List<FinanceResult> computed) {
        CashFlowView view = req.view() == null ? CashFlowView.PROJECT_AFTER_TAX : req.view();
        RecommendationOptions options = req.options() == null ? RecommendationOptions.defaults() : req.options();
        if (req.subjectiveWeights() != null && req.hierarchy() != null) {
            throw new InvalidOptionException("hierarchy",
                    "give either subjectiveWeights or a hierarchy, not both");
        }
        ScenarioChecks.refuseUnknownConfirmed(req.confirmedAssumptions());

        List<Text> adjustments = new ArrayList<>();
        EligibilityConclusion verdict = req.eligibility();
        Assumptions a = ScenarioChecks.applyEligibility(
                req.assumptions() == null ? Assumptions.paperDefaults() : req.assumptions(), verdict, adjustments);
        RuleEvaluation precheck = ScenarioChecks.refuseUnusable(rules, a, alts);

        List<RecommendationReport.AlternativeFinance> finance = new ArrayList<>();
        for (Alternative alt : alts) {
            finance.add(finance(alt, view, a, computed));
        }
        SubjectiveWeightsResolver.Resolved subjective = SubjectiveWeightsResolver.resolve(req, a);
        IndicatorMatrixBuilder.Built matrix = IndicatorMatrixBuilder.build(subjective.criteria(), finance, a,
                req.suppliedIndicators());
        double[] weights = subjective.subjective().weights().values().stream().mapToDouble(Double::doubleValue)
                .toArray();
        Recommendation rec = RecommendationEngine.recommend(matrix.matrix(), weights, options);
        RuleEvaluation advice = RecommendationAdvice.evaluate(rules, subjective.ahpFacts(), finance, a, view, rec,
                verdict, req.confirmedAssumptions());

        List<String> fired = new ArrayList<>(precheck.firedRules());
        fired.addAll(advice.firedRules());
        RecommendationReport.ScenarioInputs scenario = new RecommendationReport.ScenarioInputs(
                alts.stream().map(Alternative::model).distinct().toList(), mechanisms, view, a.describe(),
                adjustments, verdict, List.copyOf(req.confirmedAssumptions()));
        return new RecommendationReport(clock.instant(), scenario, finance, matrix.matrix(), matrix.notes(),
                subjective.subjective(), rec, advice.findings(), fired, advice.ruleBaseVersion(), subjective.notes());
    }

    /** One alternative's finance, with the break-even spread when it earns arbitrage. */
    private static RecommendationReport.AlternativeFinance finance(Alternative alt, CashFlowView view, Assumptions a,
                                                                  List<FinanceResult> computed) {
        FinanceResult r = computed.stream().filter(c -> c.model() == alt.model() && c.mechanism() == alt.mechanism()
                && c.assumptions().equals(a)).findFirst()
                .orElseGet(() -> FinanceEngine.evaluate(alt.model(), alt.mechanism(), a));
        BreakEven be = r.streams().contains(RevenueStream.ARBITRAGE)
                ? SensitivityAnalysis.breakEven(alt.model(), alt.mechanism(), view, a, a.unitInvestmentPerWh(),
                        a.discountRate())
                : null;
        return new RecommendationReport.AlternativeFinance(alt.name(), alt.model(), alt.mechanism(), r,
                r.metrics(view), be);
    }
}
