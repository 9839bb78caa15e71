package com.sesadvisor.workshop.consistency;

import com.sesadvisor.assessment.AhpAssessment;
import com.sesadvisor.assessment.AhpAssessmentService;
import com.sesadvisor.engine.ahp.AhpAnalysis;
import com.sesadvisor.engine.ahp.AhpCalculator;
import com.sesadvisor.engine.ahp.DisconnectedComparisonsException;
import com.sesadvisor.engine.ahp.HarkerCompletion;
import com.sesadvisor.engine.ahp.IncompletePairwiseMatrix;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Priorities and consistency of one expert's (possibly unfinished) node: the engine computes, the rule base judges
 * (AHP-CR-001). Until every pair is answered, Harker's completion gives an estimate, so the expert sees the CR
 * move as they go.
 */
@Component
public class NodeConsistencyCalculator {

    public static final PriorityMethod METHOD = PriorityMethod.EIGENVECTOR;
    public static final RandomIndexTable TABLE = RandomIndexTable.SAATY_1980;

    private final AhpCalculator calculator = new AhpCalculator();
    private final AhpAssessmentService assessments;

    NodeConsistencyCalculator(AhpAssessmentService assessments) {
        this.assessments = assessments;
    }

    /** Empty while the answers do not yet connect every element (nothing to compute from). */
    public Optional<NodeConsistency> of(String subject, int n, double[] upper) {
        int answered = answered(upper);
        if (answered < n - 1) {
            return Optional.empty();
        }
        Double[][] cells = IncompletePairwiseMatrix.cellsOfUpperTriangle(n, upper);
        AhpAnalysis analysis;
        try {
            analysis = calculator.analyse(IncompletePairwiseMatrix.of(cells), METHOD, TABLE);
        } catch (DisconnectedComparisonsException e) {
            return Optional.empty();
        }
        PairwiseMatrix complete = analysis.completion().map(HarkerCompletion::completedMatrix)
                .orElseGet(() -> PairwiseMatrix.fromUpperTriangle(n, upper));
        AhpAssessment assessment = assessments.assess(subject, complete, METHOD, TABLE);
        List<com.sesadvisor.engine.ahp.JudgementRevision> revisions = assessment.consistent() ? List.of()
                : analysis.diagnostics().revisions();
        return Optional.of(new NodeConsistency(assessment, analysis.completion().isPresent(), answered, upper.length,
                revisions));
    }

    public static int answered(double[] upper) {
        int c = 0;
        for (double v : upper) {
            if (!Double.isNaN(v)) {
                c++;
            }
        }
        return c;
    }
}
