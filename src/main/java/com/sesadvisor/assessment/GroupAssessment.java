package com.sesadvisor.assessment;

import com.sesadvisor.engine.ahp.group.GroupResult;
import com.sesadvisor.rules.Finding;
import com.sesadvisor.rules.RuleEvaluation;
import java.util.List;

/**
 * A group judgement on one matrix: the aggregation over the experts kept, every expert's own consistency (judged
 * by AHP-GRP-001), the consensus (AHP-GRP-002), the group matrix's consistency (AHP-CR-001, AIJ only) and completed
 * judgements (AHP-MISS-001).
 *
 * @param result            aggregation over {@code includedExperts} (expert indices in it are positions in that
 *                          list); S* over them
 * @param expertConsistency every expert as given (0-based), with own CR and the rules' verdict
 * @param includedExperts   experts aggregated (all unless the setting excludes inconsistent ones)
 * @param excludedExperts   experts left out by AHP-GRP-001 under {@code excludeInconsistentExperts}
 * @param settings          the settings used
 * @param evaluation        findings, fired rules, rule-base version
 * @param notes             plain-words notes (e.g. every expert inconsistent, so none excluded)
 */
public record GroupAssessment(GroupResult result, List<ExpertConsistency> expertConsistency,
        List<Integer> includedExperts, List<Integer> excludedExperts, GroupSettings settings,
        RuleEvaluation evaluation, List<String> notes) {

    public GroupAssessment {
        expertConsistency = List.copyOf(expertConsistency);
        includedExperts = List.copyOf(includedExperts);
        excludedExperts = List.copyOf(excludedExperts);
        notes = List.copyOf(notes);
    }

    /** The group matrix's verdict (AIJ): no AHP-CR-001 finding. */
    public boolean consistent() {
        return !evaluation.hasFinding(AhpAssessment.INCONSISTENT_RULE);
    }

    public List<Finding> findings() {
        return evaluation.findings();
    }

    /** One expert's own consistency. */
    public record ExpertConsistency(int expert, double cr, boolean consistent, boolean excluded) {
    }
}
