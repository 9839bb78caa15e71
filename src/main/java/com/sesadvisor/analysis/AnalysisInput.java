package com.sesadvisor.analysis;

import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.Criterion;
import com.sesadvisor.engine.recommend.PaperData;
import com.sesadvisor.engine.recommend.SuppliedIndicator;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an analysis needs, as plain values, so the standalone view and a workshop can both supply it.
 *
 * @param assumptions       finance assumptions (validated when the analysis runs, so bad input names its field)
 * @param mechanism         profit mechanism
 * @param view              cash-flow view whose metrics feed the ranking
 * @param subjectiveWeights subjective weight per criterion id of {@link CriteriaCatalogue} (insertion order is the
 *                          column order); need not sum to 1 (the pipeline normalises)
 * @param eligible          verdict of an eligibility rule set, or null when none was checked
 * @param ruleSetName       name of that rule set (e.g. CN-HEBEI-2024), or null
 * @param suppliedIndicators columns supplied per model (scenario or committee) rather than computed by the finance
 *                          model; their ids may be keys of {@code subjectiveWeights}
 */
public record AnalysisInput(Assumptions assumptions, ProfitMechanism mechanism, CashFlowView view,
                            Map<String, Double> subjectiveWeights, Boolean eligible, String ruleSetName,
                            List<SuppliedIndicator> suppliedIndicators) {

    public AnalysisInput {
        suppliedIndicators = suppliedIndicators == null ? List.of() : List.copyOf(suppliedIndicators);
        List<SuppliedIndicator> supplied = suppliedIndicators;
        Objects.requireNonNull(assumptions, "assumptions");
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(view, "view");
        if (subjectiveWeights == null || subjectiveWeights.isEmpty()) {
            throw new InvalidAnalysisInputException("subjectiveWeights", "at least one criterion weight is needed");
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : subjectiveWeights.entrySet()) {
            if (!CriteriaCatalogue.ALL.stream().anyMatch(c -> c.id().equals(e.getKey()))
                    && supplied.stream().noneMatch(s -> s.criterion().id().equals(e.getKey()))) {
                throw new InvalidAnalysisInputException("subjectiveWeights." + e.getKey(), "unknown criterion");
            }
            Double w = e.getValue();
            if (w == null || !Double.isFinite(w) || w < 0) {
                throw new InvalidAnalysisInputException("subjectiveWeights." + e.getKey(),
                        "must be a finite number >= 0");
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new InvalidAnalysisInputException("subjectiveWeights", "weights must not all be zero");
        }
        subjectiveWeights = Collections.unmodifiableMap(new LinkedHashMap<>(subjectiveWeights));
        if (ruleSetName != null && ruleSetName.isBlank()) {
            ruleSetName = null;
        }
    }

    /** Every criterion computed by the finance model. */
    public AnalysisInput(Assumptions assumptions, ProfitMechanism mechanism, CashFlowView view,
                         Map<String, Double> subjectiveWeights, Boolean eligible, String ruleSetName) {
        this(assumptions, mechanism, view, subjectiveWeights, eligible, ruleSetName, List.of());
    }

    /** The paper's base case: default assumptions, comprehensive mechanism, equity view, Table 3-5 weights. */
    public static AnalysisInput paperBaseCase() {
        return new AnalysisInput(Assumptions.paperDefaults(), ProfitMechanism.COMPREHENSIVE, CashFlowView.EQUITY,
                paperWeights(), null, null);
    }

    /** Table 3-5's subjective weights on the seven criteria of Table 3-4. */
    public static Map<String, Double> paperWeights() {
        Map<String, Double> w = new LinkedHashMap<>();
        for (int j = 0; j < CriteriaCatalogue.PAPER_TABLE_3_4.size(); j++) {
            Criterion c = CriteriaCatalogue.PAPER_TABLE_3_4.get(j);
            w.put(c.id(), PaperData.TABLE_3_5_SUBJECTIVE[j]);
        }
        return w;
    }

    /**
     * Where an assumption's value as analysed came from: the field's own source (PAPER, ASSUMPTION), USER when it
     * differs from the default, or RULE_SET when the eligibility rule set set it (a refused project earns no capacity
     * price, rule ADV-ELIG-001, see {@code AnalysisService#effective}): that value is not the user's.
     */
    public String sourceOf(com.sesadvisor.engine.finance.AssumptionValue a) {
        if (Boolean.FALSE.equals(eligible) && ruleSetName != null
                && com.sesadvisor.engine.finance.AssumptionField.CAPACITY_PRICE_PER_KW_YEAR.key().equals(a.key())
                && a.value() == 0) {
            return "RULE_SET";
        }
        return a.provenance().name();
    }

    public AnalysisInput withAssumptions(Assumptions a) {
        return new AnalysisInput(a, mechanism, view, subjectiveWeights, eligible, ruleSetName, suppliedIndicators);
    }

    public AnalysisInput withMechanism(ProfitMechanism m) {
        return new AnalysisInput(assumptions, m, view, subjectiveWeights, eligible, ruleSetName, suppliedIndicators);
    }

    public AnalysisInput withView(CashFlowView v) {
        return new AnalysisInput(assumptions, mechanism, v, subjectiveWeights, eligible, ruleSetName, suppliedIndicators);
    }

    public AnalysisInput withSubjectiveWeights(Map<String, Double> w) {
        return new AnalysisInput(assumptions, mechanism, view, w, eligible, ruleSetName, suppliedIndicators);
    }
}
