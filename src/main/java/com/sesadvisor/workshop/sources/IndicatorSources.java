package com.sesadvisor.workshop.sources;

import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.engine.ahp.hierarchy.Hierarchy;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyNode;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.recommend.AlternativesLevel;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.engine.recommend.ScenarioIndicators;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each indicator (leaf) of a workshop's hierarchy gets the three models' values: the facilitator's recorded
 * choice ({@link IndicatorSourceChoice}) or, without one, the default: the finance model for catalogued indicators,
 * the scenario for round-trip efficiency and annual full cycles, and the committee's pairwise comparison of the
 * models for everything else. No default leaves an indicator out.
 *
 * <p>An indicator supplied by the committee's pairwise comparison adds one node to every expert's work: its
 * "alternatives node" (id = the indicator's id) whose elements are CSSES, TISES and DSSES. It is stored, aggregated
 * and checked for consistency exactly like a node of the criteria hierarchy.
 */
public final class IndicatorSources {

    /**
     * The source of one indicator.
     *
     * @param indicatorId leaf id
     * @param name        leaf name
     * @param parentName  name of the node above it (e.g. Social)
     * @param source      the effective source
     * @param recorded    whether the facilitator chose it (false = the default)
     * @param ratings     the ratings for {@link IndicatorSource#COMMITTEE_RATING}, else empty
     * @param reason      the stated reason (rating, exclusion), else empty
     * @param decidedBy   who chose it, null for the default
     * @param decidedAt   when, null for the default
     * @param version     the recorded choice's version (optimistic locking), -1 for the default
     */
    public record Plan(String indicatorId, String name, String parentName, IndicatorSource source, boolean recorded,
                       Map<InvestmentModel, Double> ratings, String reason, String decidedBy, Instant decidedAt,
                       long version) {

        public Plan {
            ratings = Map.copyOf(ratings);
            reason = reason == null ? "" : reason;
        }
    }

    private IndicatorSources() {
    }

    /** Whether the finance model computes this indicator ({@code CriteriaCatalogue} id). */
    public static boolean financeMeasurable(String indicatorId) {
        return CriteriaCatalogue.ALL.stream().anyMatch(c -> c.id().equals(indicatorId));
    }

    /** The source an indicator has until the facilitator chooses another. */
    public static IndicatorSource defaultSource(String indicatorId) {
        if (financeMeasurable(indicatorId)) {
            return IndicatorSource.FINANCE;
        }
        return ScenarioIndicators.isScenarioIndicator(indicatorId) ? IndicatorSource.SCENARIO
                : IndicatorSource.COMMITTEE_PAIRWISE;
    }

    /** The sources the facilitator may choose for this indicator (the default first). */
    public static List<IndicatorSource> allowed(String indicatorId) {
        if (financeMeasurable(indicatorId)) {
            return List.of(IndicatorSource.FINANCE, IndicatorSource.EXCLUDED);
        }
        List<IndicatorSource> out = new ArrayList<>();
        if (ScenarioIndicators.isScenarioIndicator(indicatorId)) {
            out.add(IndicatorSource.SCENARIO);
        }
        out.add(IndicatorSource.COMMITTEE_PAIRWISE);
        out.add(IndicatorSource.COMMITTEE_RATING);
        out.add(IndicatorSource.EXCLUDED);
        return List.copyOf(out);
    }

    /** Every leaf's source, in the hierarchy's order. */
    public static Map<String, Plan> plan(List<CriteriaNode> nodes, List<IndicatorSourceChoice> choices) {
        Map<String, IndicatorSourceChoice> byId = new HashMap<>();
        choices.forEach(c -> byId.put(c.getIndicatorId(), c));
        Map<String, String> names = new HashMap<>();
        Set<String> parents = new HashSet<>();
        for (CriteriaNode n : nodes) {
            names.put(n.id(), n.name());
            if (n.parentId() != null) {
                parents.add(n.parentId());
            }
        }
        Map<String, Plan> out = new LinkedHashMap<>();
        for (CriteriaNode n : nodes) {
            if (n.isGoal() || parents.contains(n.id())) {
                continue;
            }
            String parentName = names.getOrDefault(n.parentId(), "");
            IndicatorSourceChoice c = byId.get(n.id());
            if (c != null && allowed(n.id()).contains(c.getSource())) {
                out.put(n.id(), new Plan(n.id(), n.name(), parentName, c.getSource(), true, c.getRatings(),
                        c.getReason(), c.getDecidedBy(), c.getDecidedAt(), c.getVersion()));
            } else {
                out.put(n.id(), new Plan(n.id(), n.name(), parentName, defaultSource(n.id()), false, Map.of(), "",
                        null, null, c == null ? -1 : c.getVersion()));
            }
        }
        return out;
    }

    /** The alternatives nodes: one per indicator the committee compares the models under, children CSSES/TISES/DSSES. */
    public static List<HierarchyNode> alternativesNodes(List<CriteriaNode> nodes, List<IndicatorSourceChoice> choices) {
        List<HierarchyNode> out = new ArrayList<>();
        for (Plan p : plan(nodes, choices).values()) {
            if (p.source() == IndicatorSource.COMMITTEE_PAIRWISE) {
                List<HierarchyNode> models = AlternativesLevel.MODELS.stream()
                        .map(m -> HierarchyNode.leaf(m.name(), m.name())).toList();
                out.add(new HierarchyNode(p.indicatorId(), p.name(), "", models, Optional.empty()));
            }
        }
        return out;
    }

    /** The criteria nodes experts compare, then the alternatives nodes. */
    public static List<HierarchyNode> comparisonNodes(Hierarchy hierarchy, List<CriteriaNode> nodes,
                                                      List<IndicatorSourceChoice> choices) {
        List<HierarchyNode> out = new ArrayList<>(WorkshopHierarchy.comparedNodes(hierarchy));
        out.addAll(alternativesNodes(nodes, choices));
        return out;
    }
}
