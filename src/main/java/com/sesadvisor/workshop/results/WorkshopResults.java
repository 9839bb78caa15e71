package com.sesadvisor.workshop.results;

import com.sesadvisor.eligibility.FieldProblem;
import com.sesadvisor.eligibility.RuleCheck;
import com.sesadvisor.engine.finance.ProfitMechanism;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workshop's outcome prepared for the analysis: the committee's indicator weights mapped to ranking criteria,
 * what had to be left out and why, and the eligibility verdict of the workshop's rule set.
 *
 * @param outcome         the group result as {@link CommitteeWeightsService} reports it
 * @param names           node id to name (for labels)
 * @param financeWeights  weights by {@code CriteriaCatalogue} id, renormalised to sum to 1; empty when no finance
 *                        indicator has weight (then {@link #equalWeights} is the explicit alternative)
 * @param dropped         indicators with weight that the ranking cannot use
 * @param equalWeights    equal weights over the workshop's finance indicators (or the paper's seven criteria when
 *                        the hierarchy has none), offered when {@code financeWeights} is empty
 * @param mechanisms      the chosen profit mechanisms in a stable order (first is the default)
 * @param eligibility     the eligibility check of the workshop's rule set
 * @param threshold       the workshop's consensus threshold for S*
 * @param standing        quorum, finished experts and whether the results are provisional
 * @param committee       the committee's record for the reports (without other experts' answers for an expert)
 */
public record WorkshopResults(WorkshopOutcome outcome, Map<String, String> names, Map<String, Double> financeWeights,
                              List<DroppedLeaf> dropped, Map<String, Double> equalWeights,
                              List<ProfitMechanism> mechanisms, Eligibility eligibility,
                              double threshold, WorkshopStanding standing,
                              com.sesadvisor.analysis.CommitteeRecord committee) {

    public WorkshopResults {
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        financeWeights = Collections.unmodifiableMap(new LinkedHashMap<>(financeWeights));
        dropped = List.copyOf(dropped);
        equalWeights = Collections.unmodifiableMap(new LinkedHashMap<>(equalWeights));
        mechanisms = List.copyOf(mechanisms);
    }

    /** Whether the committee's weights can feed the ranking as they are. */
    public boolean hasFinanceWeights() {
        return !financeWeights.isEmpty();
    }

    /** Share of the committee's total weight that went to finance indicators (before renormalising). */
    public double financeShare() {
        double dropped = this.dropped.stream().mapToDouble(DroppedLeaf::weight).sum();
        return Math.max(0, 1 - dropped);
    }

    /**
     * An indicator whose weight the ranking cannot use.
     *
     * @param id       indicator id
     * @param name     its name in the hierarchy
     * @param criterion name of the criterion above it (e.g. Social)
     * @param weight   its global weight in the workshop
     */
    public record DroppedLeaf(String id, String name, String criterion, double weight) {
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
