package com.sesadvisor.analysis;

import java.util.List;
import java.util.Locale;

/**
 * The committee's record of a workshop, as the reports write it next to the analysis: the hierarchy, every compared
 * group's aggregated matrix, weights, CR and S*, each expert's matrix and CR (named "Expert 1", "Expert 2" ... when
 * the workshop anonymises), and the eligibility findings with their rule IDs. Plain values, filled by the workshop
 * part, so the report writers need not know workshops.
 *
 * @param quorum           experts that must have finished before the results speak for the committee
 * @param finishedExperts  participants who finished
 * @param invitedExperts   participants invited (not revoked)
 * @param complete         every invited participant finished every group
 * @param quorumMet        every group rests on at least {@code quorum} experts
 * @param provisional      below quorum or incomplete groups: the ranking is provisional
 * @param anonymised       experts are named by number
 * @param aggregation      AIJ or AIP
 * @param ruleSet          eligibility rule set, null for none
 * @param eligible         its verdict, null when not checked
 */
public record CommitteeRecord(String workshop, int quorum, int finishedExperts, int invitedExperts, boolean complete,
                              boolean quorumMet, boolean provisional, boolean anonymised, String aggregation,
                              List<Node> hierarchy, List<Group> groups, String ruleSet, Boolean eligible,
                              List<RuleOutcome> eligibility, List<IndicatorSourceRow> indicators) {

    public CommitteeRecord {
        hierarchy = List.copyOf(hierarchy);
        groups = List.copyOf(groups);
        eligibility = List.copyOf(eligibility);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** A record without the indicators' sources (added with {@link #withIndicators}). */
    public CommitteeRecord(String workshop, int quorum, int finishedExperts, int invitedExperts, boolean complete,
                           boolean quorumMet, boolean provisional, boolean anonymised, String aggregation,
                           List<Node> hierarchy, List<Group> groups, String ruleSet, Boolean eligible,
                           List<RuleOutcome> eligibility) {
        this(workshop, quorum, finishedExperts, invitedExperts, complete, quorumMet, provisional, anonymised,
                aggregation, hierarchy, groups, ruleSet, eligible, eligibility, List.of());
    }

    /** The same record with where each indicator's values come from. */
    public CommitteeRecord withIndicators(List<IndicatorSourceRow> rows) {
        return new CommitteeRecord(workshop, quorum, finishedExperts, invitedExperts, complete, quorumMet,
                provisional, anonymised, aggregation, hierarchy, groups, ruleSet, eligible, eligibility, rows);
    }

    /**
     * Where one indicator's values for the three models come from, as the facilitator chose (or the default).
     *
     * @param source     FINANCE, SCENARIO, COMMITTEE_PAIRWISE, COMMITTEE_RATING or EXCLUDED
     * @param sourceText the same in the report's language, with experts and CR or who decided, when and why
     * @param values     values per model (scenario and committee sources), empty for finance or excluded
     * @param decidedBy  who chose it, null for the default
     * @param decidedAt  when (ISO-8601), null for the default
     */
    public record IndicatorSourceRow(String id, String name, String criterion, double weight, String source,
                                  String sourceText, java.util.Map<String, Double> values, Double cr, int experts,
                                  String reason, String decidedBy, String decidedAt, boolean recorded) {

        public IndicatorSourceRow {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }

    /** A label in English and Chinese; either may be missing, then the other is shown. */
    public record Label(String en, String zh) {

        public String in(Locale locale) {
            boolean chinese = com.sesadvisor.engine.text.TextBundles.chinese(locale);
            String first = chinese ? zh : en;
            return first == null || first.isBlank() ? (chinese ? en : zh) : first;
        }
    }

    /**
     * One node of the hierarchy (pre-order).
     *
     * @param globalWeight the group's global weight of the node, null until every group has results
     */
    public record Node(String id, String parentId, Label label, Double globalWeight) {
    }

    /**
     * One compared group (a node with two or more children).
     *
     * @param experts          experts whose judgements enter the group
     * @param aggregatedMatrix the aggregated judgements (geometric mean), null while nobody finished
     * @param weights          the group's local weights, null while nobody finished
     * @param cr               CR of the aggregated matrix (AIJ), null otherwise
     * @param consensus        S*, null while nobody finished or below quorum
     * @param consensusLabel   its word (e.g. "high"), null with it
     * @param judgements       every participant's answers at this group
     */
    public record Group(String nodeId, Label label, List<Label> elements, List<String> elementIds, int experts,
                        double[][] aggregatedMatrix, double[] weights, Double cr, Double consensus,
                        String consensusLabel, List<Judgement> judgements) {

        public Group {
            elements = List.copyOf(elements);
            elementIds = List.copyOf(elementIds);
            judgements = List.copyOf(judgements);
        }
    }

    /**
     * One participant at one group.
     *
     * @param expert   the name, or "Expert n" when anonymised
     * @param status   OPEN, DONE or SKIPPED
     * @param cr       CR of their matrix (Harker-completed while pairs are missing), null before it can be computed
     * @param included whether their judgements enter the group
     * @param matrix   their full matrix, null for a pair not answered
     * @param comments why they judged pairs as they did (issue 16), in pair order
     */
    public record Judgement(String expert, double weight, String status, Double cr, Boolean consistent,
                            boolean included, Double[][] matrix, List<Comment> comments) {

        public Judgement {
            comments = List.copyOf(comments);
        }
    }

    /** An expert's comment on the pair of elements {@code row} and {@code col} (row &lt; col) of a group. */
    public record Comment(int row, int col, String text) {
    }

    /** One eligibility rule's outcome. */
    public record RuleOutcome(String ruleId, boolean passed, String message) {
    }
}
