package com.sesadvisor.assessment;

import com.sesadvisor.engine.ahp.hierarchy.Hierarchy;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.engine.recommend.SuppliedIndicator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Input of {@link RecommendationService}: one scenario. Every part may be null and then takes its default.
 *
 * @param assumptions          finance inputs; null = the paper's defaults ({@link Assumptions#paperDefaults()})
 * @param mechanism            profit mechanism; null = COMPREHENSIVE (ignored by
 *                             {@link RecommendationService#rankCombinations})
 * @param view                 cash-flow view whose metrics fill the indicator matrix; null = PROJECT_AFTER_TAX
 * @param criteria             criterion ids ({@code CriteriaCatalogue}) in column order; null = the default set
 *                             ({@link RecommendationService#defaultCriteria}), or the hierarchy's indicators
 * @param subjectiveWeights    one weight per criterion id (non-negative, not all zero, normalised by the engine);
 *                             null = from {@code hierarchy}, or equal weights
 * @param hierarchy            an AHP hierarchy with judgements whose leaves are indicators (ids such as
 *                             {@code irr}, {@code total-cost}, {@code carbon-trading-revenue} or the criterion ids);
 *                             its global leaf weights become the subjective weights. Not together with
 *                             {@code subjectiveWeights}
 * @param options              α, combination, normalisation, Monte Carlo, stability margin; null = defaults
 * @param eligibility          the eligibility verdict on the project, or null when none was asked for
 * @param confirmedAssumptions assumption keys the committee has confirmed although they are still the default
 *                             (silences ADV-ASSUME-001 for {@code demandChargeBasisShare})
 * @param suppliedIndicators   columns whose values are supplied per investment model (scenario, committee) rather
 *                             than computed by the finance model; their ids may appear in {@code criteria} and
 *                             {@code subjectiveWeights}
 */
public record RecommendationRequest(Assumptions assumptions, ProfitMechanism mechanism, CashFlowView view,
        List<String> criteria, Map<String, Double> subjectiveWeights, Hierarchy hierarchy,
        RecommendationOptions options, EligibilityConclusion eligibility, Set<String> confirmedAssumptions,
        List<SuppliedIndicator> suppliedIndicators) {

    public RecommendationRequest {
        suppliedIndicators = suppliedIndicators == null ? List.of() : List.copyOf(suppliedIndicators);
        criteria = criteria == null ? null : List.copyOf(criteria);
        subjectiveWeights = subjectiveWeights == null ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(subjectiveWeights));
        confirmedAssumptions = confirmedAssumptions == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(confirmedAssumptions));
    }

    /** Without supplied indicators (every column computed by the finance model). */
    public RecommendationRequest(Assumptions assumptions, ProfitMechanism mechanism, CashFlowView view,
            List<String> criteria, Map<String, Double> subjectiveWeights, Hierarchy hierarchy,
            RecommendationOptions options, EligibilityConclusion eligibility, Set<String> confirmedAssumptions) {
        this(assumptions, mechanism, view, criteria, subjectiveWeights, hierarchy, options, eligibility,
                confirmedAssumptions, List.of());
    }

    /** The paper's base case: defaults everywhere (equal subjective weights). */
    public static RecommendationRequest paperBaseCase() {
        return of(null, null, null);
    }

    /** A scenario with defaults for everything else. */
    public static RecommendationRequest of(Assumptions assumptions, ProfitMechanism mechanism, CashFlowView view) {
        return new RecommendationRequest(assumptions, mechanism, view, null, null, null, null, null, null);
    }

    public RecommendationRequest withCriteria(List<String> ids) {
        return new RecommendationRequest(assumptions, mechanism, view, ids, subjectiveWeights, hierarchy, options,
                eligibility, confirmedAssumptions, suppliedIndicators);
    }

    public RecommendationRequest withSubjectiveWeights(Map<String, Double> weights) {
        return new RecommendationRequest(assumptions, mechanism, view, criteria, weights, hierarchy, options,
                eligibility, confirmedAssumptions, suppliedIndicators);
    }

    public RecommendationRequest withHierarchy(Hierarchy h) {
        return new RecommendationRequest(assumptions, mechanism, view, criteria, subjectiveWeights, h, options,
                eligibility, confirmedAssumptions, suppliedIndicators);
    }

    public RecommendationRequest withOptions(RecommendationOptions o) {
        return new RecommendationRequest(assumptions, mechanism, view, criteria, subjectiveWeights, hierarchy, o,
                eligibility, confirmedAssumptions, suppliedIndicators);
    }

    public RecommendationRequest withEligibility(EligibilityConclusion verdict) {
        return new RecommendationRequest(assumptions, mechanism, view, criteria, subjectiveWeights, hierarchy,
                options, verdict, confirmedAssumptions, suppliedIndicators);
    }

    public RecommendationRequest withConfirmedAssumptions(Set<String> keys) {
        return new RecommendationRequest(assumptions, mechanism, view, criteria, subjectiveWeights, hierarchy,
                options, eligibility, keys, suppliedIndicators);
    }

    public RecommendationRequest withSuppliedIndicators(List<SuppliedIndicator> columns) {
        return new RecommendationRequest(assumptions, mechanism, view, criteria, subjectiveWeights, hierarchy,
                options, eligibility, confirmedAssumptions, columns);
    }
}
