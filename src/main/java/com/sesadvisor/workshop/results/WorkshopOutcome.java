package com.sesadvisor.workshop.results;

import com.sesadvisor.workshop.group.WorkshopFinding;
import com.sesadvisor.workshop.group.Quorum;
import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.ahp.group.Consensus;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.ProfitMechanism;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the results part needs from a workshop: the scenario and the committee's subjective weights, with the
 * consistency and consensus findings behind them.
 *
 * @param assumptions          finance assumptions (defaults plus the committee's overrides; provenance per field
 *                             via {@link Assumptions#provenance})
 * @param mechanisms           profit mechanism(s) chosen
 * @param ruleSet              eligibility rule set name ({@code rules/eligibility/<name>.drl}), empty for none
 * @param leafWeights          global indicator weights keyed by indicator id (catalogue ids such as {@code IRR} where
 *                             they correspond to {@code CriteriaCatalogue}); they sum to 1; empty until
 *                             {@code complete}
 * @param criteriaWeights      global weights of the top-level criteria keyed by id (ECONOMIC, ...)
 * @param complete             every compared node (criteria and alternatives nodes) has group judgements
 * @param missingNodes         compared nodes without any expert's finished judgements
 * @param aggregation          AIJ or AIP used
 * @param hierarchyConsensus   S* over the experts' global weights (with its word label), if any expert finished all
 * @param nodeConsensus        S* per compared node
 * @param findings             rule findings (AHP-CR-001) and the workshop's own (WS-*) with the node concerned
 * @param quorum               experts every compared node needs before the result is the committee's
 * @param nodeExperts          per compared node, how many experts its group numbers rest on
 */
public record WorkshopOutcome(long workshopId, String name, Assumptions assumptions, Set<ProfitMechanism> mechanisms,
                              Optional<String> ruleSet, Map<String, Double> leafWeights,
                              Map<String, Double> criteriaWeights, boolean complete, List<String> missingNodes,
                              AggregationMethod aggregation, Optional<Consensus> hierarchyConsensus,
                              Map<String, Consensus> nodeConsensus, List<WorkshopFinding> findings,
                              Quorum quorum, Map<String, Integer> nodeExperts) {

    public WorkshopOutcome {
        if (assumptions == null || mechanisms == null || ruleSet == null || aggregation == null) {
            throw new IllegalArgumentException("scenario and aggregation are required");
        }
        mechanisms = Set.copyOf(mechanisms);
        leafWeights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(leafWeights));
        criteriaWeights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criteriaWeights));
        missingNodes = List.copyOf(missingNodes);
        nodeConsensus = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nodeConsensus));
        findings = List.copyOf(findings);
        if (quorum == null) {
            throw new IllegalArgumentException("quorum is required");
        }
        nodeExperts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nodeExperts));
    }

    /** Compared nodes resting on fewer experts than the quorum. */
    public List<String> belowQuorum() {
        return nodeExperts.entrySet().stream().filter(e -> !quorum.metBy(e.getValue())).map(Map.Entry::getKey)
                .toList();
    }

    /** The fewest experts any compared node rests on. */
    public int fewestExperts() {
        return nodeExperts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** Incomplete or below quorum: the weights and the ranking are provisional, not the committee's. */
    public boolean provisional() {
        return !complete || !belowQuorum().isEmpty();
    }

    /** S* of the committee: only when the result is not provisional (else empty, never a "consensus" of a few). */
    public Optional<Consensus> committeeConsensus() {
        return provisional() ? Optional.empty() : hierarchyConsensus;
    }
}
