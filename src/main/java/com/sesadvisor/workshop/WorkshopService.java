package com.sesadvisor.workshop;

import com.sesadvisor.assessment.AhpAssessment;
import com.sesadvisor.assessment.AhpAssessmentService;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates workshops and records their judgements; every change is assessed by the engine and the rules. */
@Service
@Transactional
public class WorkshopService {

    private final WorkshopRepository workshops;
    private final JudgementMatrixRepository matrices;
    private final AhpAssessmentService assessments;
    private final Clock clock;

    WorkshopService(WorkshopRepository workshops, JudgementMatrixRepository matrices,
                    AhpAssessmentService assessments, Clock clock) {
        this.workshops = workshops;
        this.matrices = matrices;
        this.assessments = assessments;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public Workshop create(String name, String purpose, String createdBy) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A workshop needs a name");
        }
        Workshop workshop = workshops.save(new Workshop(name.strip(), blankToNull(purpose), createdBy,
                clock.instant()));
        double[] indifferent = new double[Criteria.PAPER_CRITERIA.size() * (Criteria.PAPER_CRITERIA.size() - 1) / 2];
        java.util.Arrays.fill(indifferent, 1.0);
        matrices.save(new JudgementMatrix(workshop, Criteria.NODE, Criteria.PAPER_CRITERIA, indifferent,
                clock.instant()));
        return workshop;
    }

    @Transactional(readOnly = true)
    public List<Workshop> list() {
        return workshops.findAllByOrderByUpdatedAtDesc();
    }

    @Transactional(readOnly = true)
    public Optional<Workshop> find(long id) {
        return workshops.findById(id);
    }

    @Transactional(readOnly = true)
    public CriteriaJudgements criteriaJudgements(long workshopId) {
        JudgementMatrix matrix = criteriaMatrix(workshopId);
        return assessed(matrix);
    }

    /**
     * Stores the upper triangle if nobody else changed it since {@code expectedVersion}, and assesses it.
     *
     * @throws ConcurrentEditException when the stored version moved on; nothing is overwritten
     */
    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public CriteriaJudgements recordCriteriaJudgements(long workshopId, double[] upper, long expectedVersion) {
        JudgementMatrix matrix = criteriaMatrix(workshopId);
        if (matrix.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("The criteria judgements");
        }
        PairwiseMatrix.fromUpperTriangle(matrix.getElements().size(), upper); // validates before anything is stored
        matrix.update(upper, clock.instant());
        matrices.saveAndFlush(matrix);
        workshops.findById(workshopId).ifPresent(w -> w.touch(clock.instant()));
        return assessed(matrix);
    }

    private JudgementMatrix criteriaMatrix(long workshopId) {
        return matrices.findByWorkshopIdAndNodeCode(workshopId, Criteria.NODE)
                .orElseThrow(() -> new WorkshopNotFoundException(workshopId));
    }

    private CriteriaJudgements assessed(JudgementMatrix matrix) {
        double[] upper = matrix.getUpperTriangle();
        PairwiseMatrix pairwise = PairwiseMatrix.fromUpperTriangle(matrix.getElements().size(), upper);
        AhpAssessment assessment = assessments.assess("criteria", pairwise, PriorityMethod.EIGENVECTOR,
                RandomIndexTable.SAATY_1980);
        return new CriteriaJudgements(matrix.getElements(), upper, matrix.getVersion(), assessment);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
