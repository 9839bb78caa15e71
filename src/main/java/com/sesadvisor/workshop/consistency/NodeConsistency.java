package com.sesadvisor.workshop.consistency;

import com.sesadvisor.assessment.AhpAssessment;
import com.sesadvisor.engine.ahp.JudgementRevision;
import java.util.List;

/**
 * An expert's priorities and consistency at one node, as far as the answers go.
 *
 * @param assessment priorities, λmax, CI, CR and the rule base's verdict (rule AHP-CR-001)
 * @param estimated  true while pairs are missing: the CR is that of the matrix completed by Harker's method
 * @param answered   pairs answered
 * @param total      pairs at this node
 * @param revisions  the judgements to revise first (ConsistencyDiagnostics), only when the rules found the node
 *                   inconsistent
 */
public record NodeConsistency(AhpAssessment assessment, boolean estimated, int answered, int total,
                              List<JudgementRevision> revisions) {

    public NodeConsistency {
        revisions = List.copyOf(revisions);
    }

    public boolean consistent() {
        return assessment.consistent();
    }

    public double cr() {
        return assessment.result().cr();
    }
}
