package com.sesadvisor.workshop.results;

import com.sesadvisor.eligibility.FieldProblem;
import com.sesadvisor.eligibility.RuleCheck;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.engine.recommend.SuppliedIndicator;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workshop's outcome prepared for the analysis: every indicator of the hierarchy with its weight and where the
 * three models' values come from, the ranking's weights, and the eligibility verdict of the workshop's rule set.
 *
 * @param outcome         the group result as {@link CommitteeWeightsService} reports it
 * @param names           node id to name (for labels)
 * @param indicators      every leaf, in the hierarchy's order, with its weight and source
 * @param rankingWeights  the committee's weights by ranking column (catalogued finance indicators by
 *                        {@code CriteriaCatalogue} id, supplied indicators by their own id): the whole hierarchy.
 *                        They are renormalised only when the facilitator excluded an indicator, and then
 *                        {@link #excluded()} says which, by whom and why. Empty until the committee's weights and
 *                        every committee-supplied value exist (then {@link #equalWeights} is the explicit
 *                        alternative)
 * @param supplied        the columns whose values come from the scenario or the committee
 * @param equalWeights    equal weights over the workshop's finance indicators (or the paper's seven criteria when
 *                        the hierarchy has none), offered when {@code rankingWeights} is empty
 * @param mechanisms      the chosen profit mechanisms in a stable order (first is the default)
 * @param eligibility     the eligibility check of the workshop's rule set
 * @param threshold       the workshop's consensus threshold for S*
 * @param standing        quorum, finished experts and whether the results are provisional
 * @param committee       the committee's record for the reports (without other experts' answers for an expert)
 */
public record WorkshopResults(WorkshopOutcome outcome, Map<String, String> names, List<IndicatorRow> indicators,
                              Map<String, Double> rankingWeights, List<SuppliedIndicator> supplied,
                              Map<String, Double> equalWeights, List<ProfitMechanism> mechanisms,
                              Eligibility eligibility, double threshold, WorkshopStanding standing,
                              com.sesadvisor.analysis.CommitteeRecord committee) {

    public WorkshopResults {
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        indicators = List.copyOf(indicators);
        rankingWeights = Collections.unmodifiableMap(new LinkedHashMap<>(rankingWeights));
        supplied = List.copyOf(supplied);
        equalWeights = Collections.unmodifiableMap(new LinkedHashMap<>(equalWeights));
        mechanisms = List.copyOf(mechanisms);
    }

    /** Whether the committee's weights can feed the ranking. */
    public boolean hasRankingWeights() {
        return !rankingWeights.isEmpty();
    }

    /** The indicators the facilitator left out (with weight or not). */
    public List<IndicatorRow> excluded() {
        return indicators.stream().filter(i -> i.source() == IndicatorSource.EXCLUDED).toList();
    }

    /** Share of the committee's total weight the facilitator left out (0 when nothing was). */
    public double excludedShare() {
        return excluded().stream().mapToDouble(IndicatorRow::weight).sum();
    }

    /** Indicators whose committee values are still missing (no expert finished their alternatives node). */
    public List<IndicatorRow> awaitingCommittee() {
        return indicators.stream().filter(i -> !i.available()).toList();
    }

    /**
     * One indicator of the hierarchy and where its values come from.
     *
     * @param id         indicator id
     * @param name       its name in the hierarchy
     * @param criterion  name of the criterion above it (e.g. Social)
     * @param weight     its global weight in the workshop (0 until the committee's weights exist)
     * @param source     where the three models' values come from
     * @param recorded   the facilitator chose the source (false = the default)
     * @param values     the values per model for scenario and committee sources (finance values are computed with
     *                   the ranking's mechanism and view); empty while not available or when excluded
     * @param cr         CR of the committee's aggregated comparison of the models (pairwise, AIJ), else null
     * @param experts    how many experts' comparisons the committee's values rest on (pairwise), else 0
     * @param reason     the stated reason of a rating or exclusion, else empty
     * @param decidedBy  who chose the source, null for the default
     * @param decidedAt  when, null for the default
     * @param version    the recorded choice's version for optimistic locking (-1 when none)
     * @param available  false while a committee-compared indicator has no finished comparison yet
     */
    public record IndicatorRow(String id, String name, String criterion, double weight, IndicatorSource source,
                               boolean recorded, Map<InvestmentModel, Double> values, Double cr, int experts,
                               String reason, String decidedBy, Instant decidedAt, long version, boolean available) {

        public IndicatorRow {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            reason = reason == null ? "" : reason;
        }
    }

    /** What happened with the rule set. */
    public enum EligibilityStatus {
        /** The workshop has no rule set. */
        NONE,
        /** The rule set judged the scenario's project. */
        CHECKED,
        /** The rule set needs facts the workshop does not have (or is no longer loaded). */
        NOT_RUN
    }

    /**
     * @param ruleSet     rule set name, null for {@link EligibilityStatus#NONE}
     * @param eligible    the verdict, null unless {@link EligibilityStatus#CHECKED}
     * @param checks      every rule's outcome when checked
     * @param missing     why the check could not run: the missing or unusable facts by field name
     * @param ruleSetVersion content hash of the rule set when checked
     */
    public record Eligibility(EligibilityStatus status, String ruleSet, Boolean eligible, List<RuleCheck> checks,
                              List<FieldProblem> missing, String ruleSetVersion) {

        public Eligibility {
            checks = List.copyOf(checks);
            missing = List.copyOf(missing);
        }

        public List<String> failedRuleIds() {
            return checks.stream().filter(c -> !c.passed()).map(RuleCheck::ruleId).toList();
        }

        static Eligibility none() {
            return new Eligibility(EligibilityStatus.NONE, null, null, List.of(), List.of(), null);
        }
    }
}
