package com.sesadvisor.assessment;

import com.sesadvisor.engine.ahp.AhpCalculator;
import com.sesadvisor.engine.ahp.AhpResult;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.facts.MatrixConsistencyFact;
import java.util.List;
import org.springframework.stereotype.Service;

/** Computes AHP priorities with the engine and lets the rule base judge their consistency. */
@Service
public class AhpAssessmentService {

    private final AhpCalculator calculator = new AhpCalculator();
    private final RuleEngine rules;

    AhpAssessmentService(RuleEngine rules) {
        this.rules = rules;
    }

    public AhpAssessment assess(String subject, PairwiseMatrix matrix, PriorityMethod method,
                                RandomIndexTable table) {
        AhpResult result = calculator.priorities(matrix, method, table);
        MatrixConsistencyFact fact = new MatrixConsistencyFact(subject, result.size(), result.cr(), result.ci(),
                result.randomIndexTable().name());
        return new AhpAssessment(result, rules.evaluate(List.of(fact)));
    }
}
