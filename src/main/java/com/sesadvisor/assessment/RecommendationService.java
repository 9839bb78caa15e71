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

import com.sesadvisor.engine.ahp.HarkerCompletion;
import com.sesadvisor.engine.ahp.HierarchyResult;
import com.sesadvisor.engine.ahp.InvalidHierarchyException;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.AssumptionValidator;
import com.sesadvisor.engine.finance.AssumptionValue;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.FinanceEngine;
import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.IrrResult;
import com.sesadvisor.engine.finance.Payback;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.RevenueStream;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.finance.Violation;
import com.sesadvisor.engine.finance.YearlyTable;
import com.sesadvisor.engine.finance.sensitivity.BreakEven;
import com.sesadvisor.engine.finance.sensitivity.SensitivityAnalysis;
import com.sesadvisor.engine.mcda.InvalidNameException;
import com.sesadvisor.engine.mcda.InvalidOptionException;
import com.sesadvisor.engine.mcda.InvalidWeightsException;
import com.sesadvisor.engine.recommend.AdvisoryFacts;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.Criterion;
import com.sesadvisor.engine.recommend.IndicatorMatrix;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.recommend.RecommendationEngine;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.rules.Finding;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleEvaluation;
import com.sesadvisor.rules.Severity;
import com.sesadvisor.rules.facts.AssumptionFact;
import com.sesadvisor.rules.facts.MatrixConsistencyFact;
import com.sesadvisor.rules.facts.MissingJudgementsFact;
import com.sesadvisor.rules.facts.ModelFinanceFact;
import com.sesadvisor.rules.facts.ProjectEligibilityFact;
import com.sesadvisor.rules.facts.RankingFact;
import com.sesadvisor.rules.facts.RevenueSetupFact;
import com.sesadvisor.rules.facts.SpreadBreakEvenFact;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The recommendation pipeline for a scenario (shared/spec/api.md {@code POST /api/recommendations}): the finance
 * engine for every investment model under a profit mechanism and cash-flow view, the indicator matrix, subjective
 * weights (given, from an AHP hierarchy, or equal), the recommendation engine (entropy, combined weights, TOPSIS,
 * explanations) and the advisory rules, into one immutable {@link RecommendationReport}.
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

    /** Hierarchy leaf ids of {@code DefaultHierarchies} that differ from the criterion ids. */
    private static final Map<String, String> LEAF_ALIASES = Map.of(
            "CARBON_TRADING_REVENUE", CARBON_REVENUE.id(),
            "GREEN_CERTIFICATE_REVENUE", GREEN_CERTIFICATE_REVENUE.id(),
            "LCOS", COST_PER_KWH.id());

    static final double HUNDRED_MILLION = 1e8;
    static final double IRR_UNDEFINED_LOW = -100.0;
    static final double IRR_UNDEFINED_HIGH = 1000.0;

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
        RecommendationRequest req = request == null ? RecommendationRequest.paperBaseCase() : request;
        ProfitMechanism mechanism = req.mechanism() == null ? ProfitMechanism.COMPREHENSIVE : req.mechanism();
        List<Alternative> alts = new ArrayList<>();
        for (InvestmentModel m : InvestmentModel.values()) {
            alts.add(new Alternative(m.name(), m, mechanism));
        }
        return run(req, alts, List.of(mechanism));
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
        return run(req, alts, List.of(ProfitMechanism.values()));
    }

    private record Alternative(String name, InvestmentModel model, ProfitMechanism mechanism) {
    }

    private RecommendationReport run(RecommendationRequest req, List<Alternative> alts,
                                     List<ProfitMechanism> mechanisms) {
        CashFlowView view = req.view() == null ? CashFlowView.PROJECT_AFTER_TAX : req.view();
        RecommendationOptions options = req.options() == null ? RecommendationOptions.defaults() : req.options();
        List<String> notes = new ArrayList<>();
        List<String> adjustments = new ArrayList<>();
        if (req.subjectiveWeights() != null && req.hierarchy() != null) {
            throw new InvalidOptionException("hierarchy",
                    "give either subjectiveWeights or a hierarchy, not both");
        }
        for (String key : req.confirmedAssumptions()) {
            if (AssumptionField.byKey(key) == null) {
                throw new InvalidFinanceInputException("confirmedAssumptions", "unknown assumption '" + key + "'");
            }
        }

        // ---- scenario: assumptions as given, then adjusted for an ineligible project ----
        Assumptions a = req.assumptions() == null ? Assumptions.paperDefaults() : req.assumptions();
        EligibilityVerdict verdict = req.eligibility();
        if (verdict != null && !verdict.eligible() && a.get(AssumptionField.CAPACITY_PRICE_PER_KW_YEAR) != 0) {
            adjustments.add(String.format(Locale.ROOT, "capacityPricePerKwYear %.4g -> 0 CNY/kW/yr: the project is "
                    + "not eligible under %s, so no capacity-price revenue is counted (ADV-ELIG-001).",
                    a.get(AssumptionField.CAPACITY_PRICE_PER_KW_YEAR), verdict.ruleSet()));
            a = a.with(AssumptionField.CAPACITY_PRICE_PER_KW_YEAR, 0.0);
        }

        // ---- refusals: range checks, then the rules' refusals (consistent with AssumptionValidator) ----
        List<Violation> violations = new ArrayList<>(AssumptionValidator.violations(a));
        if (!violations.isEmpty()) {
            throw new InvalidFinanceInputException(violations);
        }
        List<Object> setupFacts = new ArrayList<>();
        for (Alternative alt : alts) {
            setupFacts.add(setupFact(alt.name(), alt.model(), alt.mechanism(), a));
        }
        RuleEvaluation precheck = rules.evaluate(setupFacts);
        Set<String> refusedFields = new LinkedHashSet<>();
        for (Finding f : precheck.findings()) {
            if (f.severity() == Severity.ERROR) {
                String field = String.valueOf(f.evidence().getOrDefault("field", "assumptions"));
                if (refusedFields.add(field + "|" + f.ruleId())) {
                    violations.add(new Violation(field, f.ruleId() + ": " + f.messageEn()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidFinanceInputException(violations);
        }

        // ---- finance for every alternative ----
        List<RecommendationReport.AlternativeFinance> finance = new ArrayList<>();
        for (Alternative alt : alts) {
            FinanceResult r = FinanceEngine.evaluate(alt.model(), alt.mechanism(), a);
            ViewMetrics vm = r.metrics(view);
            BreakEven be = r.streams().contains(RevenueStream.ARBITRAGE)
                    ? SensitivityAnalysis.breakEven(alt.model(), alt.mechanism(), view, a, a.unitInvestmentPerWh(),
                            a.discountRate())
                    : null;
            finance.add(new RecommendationReport.AlternativeFinance(alt.name(), alt.model(), alt.mechanism(), r, vm,
                    be));
        }

        // ---- subjective weights and the criteria they weigh ----
        List<Object> ahpFacts = new ArrayList<>();
        List<Criterion> criteria;
        RecommendationReport.SubjectiveWeights subjective;
        if (req.hierarchy() != null) {
            HierarchyResult h = req.hierarchy().evaluate();
            Map<String, Double> byCriterion = new LinkedHashMap<>();
            List<String> unused = new ArrayList<>();
            for (Map.Entry<String, Double> leaf : h.leafWeights().entrySet()) {
                String id = criterionIdOfLeaf(leaf.getKey());
                if (id == null) {
                    unused.add(leaf.getKey());
                } else {
                    byCriterion.merge(id, leaf.getValue(), Double::sum);
                }
            }
            if (req.criteria() != null) {
                criteria = criteria(req.criteria());
                for (Criterion c : criteria) {
                    if (!byCriterion.containsKey(c.id())) {
                        throw new InvalidHierarchyException(null, "Criterion " + c.id() + " has no indicator (leaf) "
                                + "in the hierarchy; add it or leave it out of criteria.");
                    }
                }
                for (String id : byCriterion.keySet()) {
                    if (criteria.stream().noneMatch(c -> c.id().equals(id))) {
                        unused.add(id);
                    }
                }
            } else {
                if (byCriterion.size() < 1) {
                    throw new InvalidHierarchyException(null, "No leaf of the hierarchy is a finance indicator "
                            + "(e.g. irr, npv, total-cost); the recommendation needs at least one.");
                }
                criteria = byCriterion.keySet().stream().map(CriteriaCatalogue::byId).toList();
            }
            Map<String, Double> w = new LinkedHashMap<>();
            for (Criterion c : criteria) {
                w.put(c.id(), byCriterion.get(c.id()));
            }
            if (!unused.isEmpty()) {
                notes.add("Hierarchy indicators without a finance counterpart were left out and the other weights "
                        + "renormalised: " + String.join(", ", unused) + ".");
            }
            subjective = new RecommendationReport.SubjectiveWeights(
                    RecommendationReport.SubjectiveWeights.Source.HIERARCHY, w, h, unused);
            for (HierarchyResult.NodeResult n : h.nodes()) {
                n.analysis().ifPresent(an -> {
                    String subject = "node " + n.id();
                    ahpFacts.add(new MatrixConsistencyFact(subject, an.result().size(), an.result().cr(),
                            an.result().ci(), an.result().randomIndexTable().name()));
                    an.completion().ifPresent(c -> ahpFacts.add(missingFact(subject, c)));
                });
            }
        } else {
            criteria = req.criteria() != null ? criteria(req.criteria()) : defaultCriteria(a);
            Map<String, Double> w = new LinkedHashMap<>();
            if (req.subjectiveWeights() != null) {
                for (String key : req.subjectiveWeights().keySet()) {
                    if (criteria.stream().noneMatch(c -> c.id().equals(key))) {
                        throw new InvalidNameException("subjectiveWeights." + key, "not a criterion of this "
                                + "recommendation; criteria are " + criteria.stream().map(Criterion::id).toList());
                    }
                }
                for (Criterion c : criteria) {
                    Double v = req.subjectiveWeights().get(c.id());
                    if (v == null) {
                        throw new InvalidWeightsException("subjectiveWeights." + c.id(),
                                "a weight is required for every criterion");
                    }
                    w.put(c.id(), v);
                }
                subjective = new RecommendationReport.SubjectiveWeights(
                        RecommendationReport.SubjectiveWeights.Source.GIVEN, w, null, List.of());
            } else {
                for (Criterion c : criteria) {
                    w.put(c.id(), 1.0 / criteria.size());
                }
                notes.add("No subjective weights or hierarchy were given: equal subjective weights were used.");
                subjective = new RecommendationReport.SubjectiveWeights(
                        RecommendationReport.SubjectiveWeights.Source.EQUAL, w, null, List.of());
            }
        }

        // ---- indicator matrix ----
        List<IndicatorNote> cellNotes = new ArrayList<>();
        double[][] values = new double[finance.size()][criteria.size()];
        for (int i = 0; i < finance.size(); i++) {
            RecommendationReport.AlternativeFinance f = finance.get(i);
            for (int j = 0; j < criteria.size(); j++) {
                values[i][j] = indicator(criteria.get(j), f, a, cellNotes);
            }
        }
        IndicatorMatrix indicators = new IndicatorMatrix(alts.stream().map(Alternative::name).toList(), criteria,
                values);
        double[] weights = subjective.weights().values().stream().mapToDouble(Double::doubleValue).toArray();
        Recommendation rec = RecommendationEngine.recommend(indicators, weights, options);

        // ---- advisory rules ----
        List<Object> facts = new ArrayList<>(ahpFacts);
        for (RecommendationReport.AlternativeFinance f : finance) {
            IrrResult irr = f.metrics().irr();
            facts.add(new ModelFinanceFact(f.name(), view.name(), irr.value().isPresent(),
                    irr.value().orElse(Double.NaN), a.discountRate(), f.metrics().npv()));
            BreakEven be = f.breakEven();
            if (be != null) {
                boolean reachable = be.exactSpread() != null;
                double exact = reachable ? be.exactSpread() : Double.NaN;
                facts.add(new SpreadBreakEvenFact(f.name(), a.spread(), reachable, exact,
                        reachable ? exact - a.spread() : Double.NaN, be.unitInvestmentPerWh()));
            }
        }
        boolean demandUsed = finance.stream().anyMatch(f -> f.result().streams().contains(RevenueStream.DEMAND_CHARGE));
        for (AssumptionValue v : a.describe()) {
            boolean used = !v.key().equals(AssumptionField.DEMAND_CHARGE_BASIS_SHARE.key()) || demandUsed;
            facts.add(new AssumptionFact(v.key(), v.value(), v.defaultValue(), v.unit(), v.provenance().name(), used,
                    req.confirmedAssumptions().contains(v.key())));
        }
        AdvisoryFacts af = rec.facts();
        Double minSecond = af.minimumWeightChangeForSecondToWin();
        facts.add(new RankingFact(af.top(), af.second(), af.closenessGap(), minSecond != null,
                minSecond == null ? Double.NaN : minSecond, af.stabilityMargin()));
        if (verdict != null) {
            facts.add(new ProjectEligibilityFact(verdict.ruleSet(), verdict.ruleSetVersion(), verdict.eligible()));
        }
        RuleEvaluation advice = rules.evaluate(facts);
        List<String> fired = new ArrayList<>(precheck.firedRules());
        fired.addAll(advice.firedRules());

        RecommendationReport.ScenarioInputs scenario = new RecommendationReport.ScenarioInputs(
                alts.stream().map(Alternative::model).distinct().toList(), mechanisms, view, a.describe(),
                adjustments, verdict, List.copyOf(req.confirmedAssumptions()));
        return new RecommendationReport(clock.instant(), scenario, finance, indicators, cellNotes, subjective, rec,
                advice.findings(), fired, advice.ruleBaseVersion(), notes);
    }

    /** How an alternative earns its revenue, for the refusal rules (ADV-TISES-001, ADV-CHARGE-001). */
    static RevenueSetupFact setupFact(String name, InvestmentModel model, ProfitMechanism mechanism, Assumptions a) {
        List<RevenueStream> streams = mechanism.streams(model, a);
        boolean arbitrage = streams.contains(RevenueStream.ARBITRAGE);
        boolean lease = streams.contains(RevenueStream.LEASE);
        double leased = lease ? a.get(AssumptionField.LEASED_SHARE) : 0.0;
        double arbShare = !arbitrage ? 0.0 : a.flag(AssumptionField.ARBITRAGE_ON_UNLEASED_ONLY) ? 1 - leased : 1.0;
        double total = Math.round((leased + arbShare) * 1e9) / 1e9;
        return new RevenueSetupFact(name, model.name(), mechanism.name(), arbitrage, lease,
                a.flag(AssumptionField.CHARGING_COST_IN_OPEX), leased, arbShare, total);
    }

    private static MissingJudgementsFact missingFact(String subject, HarkerCompletion c) {
        return new MissingJudgementsFact(subject, c.missingCount(),
                c.missingCells().stream().map(x -> "(" + x.row() + "," + x.col() + ")").toList());
    }

    private static List<Criterion> criteria(List<String> ids) {
        if (ids.isEmpty()) {
            throw new InvalidNameException("criteria", "at least one criterion is required");
        }
        List<Criterion> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            if (id == null || !seen.add(id)) {
                throw new InvalidNameException("criteria[" + j + "]", id == null ? "criterion id is missing"
                        : "duplicate criterion id '" + id + "'");
            }
            try {
                out.add(CriteriaCatalogue.byId(id));
            } catch (InvalidNameException e) {
                throw new InvalidNameException("criteria[" + j + "]", "unknown criterion id '" + id + "'; known: "
                        + CriteriaCatalogue.ALL.stream().map(Criterion::id).toList());
            }
        }
        return out;
    }

    /** The criterion id of a hierarchy leaf ({@code total-cost} -> TOTAL_COST), or null when it is none. */
    static String criterionIdOfLeaf(String leafId) {
        String norm = leafId.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        String id = LEAF_ALIASES.getOrDefault(norm, norm);
        return CriteriaCatalogue.ALL.stream().anyMatch(c -> c.id().equals(id)) ? id : null;
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
                    throw new InvalidFinanceInputException(AssumptionField.EQUITY_RATIO.key(), "the price-to-book "
                            + "ratio is undefined without equity; raise equityRatio or leave PRICE_TO_BOOK out of "
                            + "criteria");
                }
                yield vm.priceToBook();
            }
            case "COST_PER_KWH" -> {
                if (!Double.isFinite(vm.costPerKwh())) {
                    throw new InvalidFinanceInputException(AssumptionField.CYCLES_PER_YEAR.key(), "cost per kWh is "
                            + "undefined without delivered energy; raise cyclesPerYear or leave COST_PER_KWH out of "
                            + "criteria");
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
                notes.add(new IndicatorNote(f.name(), IRR.id(), IndicatorNote.Kind.IRR_AMBIGUOUS, v,
                        String.format(Locale.ROOT, "%s has several IRRs %s; the one closest to zero (%.2f %%) is "
                                + "used, decide on NPV.", f.name(), irr.roots(), v)));
            }
            return v;
        }
        double v = f.metrics().npv() < 0 ? IRR_UNDEFINED_LOW : IRR_UNDEFINED_HIGH;
        notes.add(new IndicatorNote(f.name(), IRR.id(), IndicatorNote.Kind.IRR_UNDEFINED, v,
                String.format(Locale.ROOT, "%s has no IRR (%s); %.0f %% is used in the indicator matrix.", f.name(),
                        irr instanceof IrrResult.NotDefined nd ? nd.reason() : "no root", v)));
        return v;
    }

    private static double payback(RecommendationReport.AlternativeFinance f, Criterion c, Payback p, Assumptions a,
                                  List<IndicatorNote> notes) {
        if (p.years().isPresent()) {
            return p.years().getAsDouble();
        }
        int horizon = a.constructionYears() + a.projectLifeYears();
        double penalty = horizon + 1.0;
        notes.add(new IndicatorNote(f.name(), c.id(), IndicatorNote.Kind.PAYBACK_NOT_REACHED, penalty,
                String.format(Locale.ROOT, "%s: %s %s; the penalty value %.0f years (horizon + 1) is used in the "
                        + "indicator matrix.", f.name(), c.name().toLowerCase(Locale.ROOT), p.label(), penalty)));
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
