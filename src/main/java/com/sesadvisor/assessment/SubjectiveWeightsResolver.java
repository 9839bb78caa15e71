package com.sesadvisor.assessment;

import static com.sesadvisor.engine.recommend.CriteriaCatalogue.CARBON_REVENUE;
import static com.sesadvisor.engine.recommend.CriteriaCatalogue.COST_PER_KWH;
import static com.sesadvisor.engine.recommend.CriteriaCatalogue.GREEN_CERTIFICATE_REVENUE;

import com.sesadvisor.engine.ahp.HarkerCompletion;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyResult;
import com.sesadvisor.engine.ahp.hierarchy.InvalidHierarchyException;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.mcda.InvalidNameException;
import com.sesadvisor.engine.mcda.InvalidWeightsException;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.Criterion;
import com.sesadvisor.engine.recommend.SuppliedIndicator;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextLists;
import com.sesadvisor.rules.facts.MatrixConsistencyFact;
import com.sesadvisor.rules.facts.MissingJudgementsFact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a recommendation and their subjective weights: from an AHP hierarchy (global leaf weights of the
 * leaves that are finance indicators; the others are left out and said so), as given per criterion, or equal. A
 * hierarchy also yields the consistency facts the AHP rules judge.
 */
final class SubjectiveWeightsResolver {

    /** Hierarchy leaf ids of {@code DefaultHierarchies} that differ from the criterion ids. */
    private static final Map<String, String> LEAF_ALIASES = Map.of(
            "CARBON_TRADING_REVENUE", CARBON_REVENUE.id(),
            "GREEN_CERTIFICATE_REVENUE", GREEN_CERTIFICATE_REVENUE.id(),
            "LCOS", COST_PER_KWH.id());

    /**
     * The resolved columns and weights.
     *
     * @param criteria   the indicator matrix's columns, in order
     * @param subjective the weights per criterion id and where they came from
     * @param ahpFacts   consistency and missing-judgement facts of the hierarchy's nodes (empty without one)
     * @param notes      what was decided on the way (equal weights, leaves left out)
     */
    record Resolved(List<Criterion> criteria, RecommendationReport.SubjectiveWeights subjective,
            List<Object> ahpFacts, List<Text> notes) {
    }

    private SubjectiveWeightsResolver() {
    }

    static Resolved resolve(RecommendationRequest req, Assumptions a) {
        return req.hierarchy() != null ? fromHierarchy(req) : givenOrEqual(req, a);
    }

    private static Resolved fromHierarchy(RecommendationRequest req) {
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
        List<Criterion> criteria;
        if (req.criteria() != null) {
            criteria = criteria(req.criteria(), List.of());
            for (Criterion c : criteria) {
                if (!byCriterion.containsKey(c.id())) {
                    throw new InvalidHierarchyException(null, Text.of("ahp.recommendation.criterionWithoutLeaf", c.id()));
                }
            }
            for (String id : byCriterion.keySet()) {
                if (criteria.stream().noneMatch(c -> c.id().equals(id))) {
                    unused.add(id);
                }
            }
        } else {
            if (byCriterion.isEmpty()) {
                throw new InvalidHierarchyException(null, Text.of("ahp.recommendation.noFinanceLeaf"));
            }
            criteria = byCriterion.keySet().stream().map(CriteriaCatalogue::byId).toList();
        }
        Map<String, Double> w = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            w.put(c.id(), byCriterion.get(c.id()));
        }
        List<Text> notes = new ArrayList<>();
        if (!unused.isEmpty()) {
            notes.add(Text.of("engine.recommendation.unusedLeaves", TextLists.commas(unused)));
        }
        List<Object> ahpFacts = new ArrayList<>();
        for (HierarchyResult.NodeResult n : h.nodes()) {
            n.analysis().ifPresent(an -> {
                String subject = "node " + n.id();
                ahpFacts.add(new MatrixConsistencyFact(subject, an.result().size(), an.result().cr(),
                        an.result().ci(), an.result().randomIndexTable().name()));
                an.completion().ifPresent(c -> ahpFacts.add(missingFact(subject, c)));
            });
        }
        return new Resolved(criteria, new RecommendationReport.SubjectiveWeights(
                RecommendationReport.SubjectiveWeights.Source.HIERARCHY, w, h, unused), ahpFacts, notes);
    }

    private static Resolved givenOrEqual(RecommendationRequest req, Assumptions a) {
        List<Criterion> criteria = req.criteria() != null ? criteria(req.criteria(), req.suppliedIndicators())
                : RecommendationService.defaultCriteria(a);
        Map<String, Double> w = new LinkedHashMap<>();
        if (req.subjectiveWeights() == null) {
            for (Criterion c : criteria) {
                w.put(c.id(), 1.0 / criteria.size());
            }
            return new Resolved(criteria, new RecommendationReport.SubjectiveWeights(
                    RecommendationReport.SubjectiveWeights.Source.EQUAL, w, null, List.of()), List.of(),
                    List.of(Text.of("engine.recommendation.equalWeights")));
        }
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
        return new Resolved(criteria, new RecommendationReport.SubjectiveWeights(
                RecommendationReport.SubjectiveWeights.Source.GIVEN, w, null, List.of()), List.of(), List.of());
    }

    private static MissingJudgementsFact missingFact(String subject, HarkerCompletion c) {
        return new MissingJudgementsFact(subject, c.missingCount(),
                c.missingCells().stream().map(x -> "(" + x.row() + "," + x.col() + ")").toList());
    }

    private static List<Criterion> criteria(List<String> ids, List<SuppliedIndicator> supplied) {
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
            Criterion given = supplied.stream().map(SuppliedIndicator::criterion).filter(c -> c.id().equals(id))
                    .findFirst().orElse(null);
            if (given != null) {
                out.add(given);
                continue;
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
}
