package com.sesadvisor.workshop;

import com.sesadvisor.assessment.AhpAssessment;
import java.util.List;

/**
 * The criteria judgements of a workshop as stored, with their assessment.
 *
 * @param elements   criterion codes in matrix order
 * @param upper      upper triangle, row-major
 * @param version    optimistic-lock version to send back with the next change
 * @param assessment priorities, CR and findings
 */
public record CriteriaJudgements(List<String> elements, double[] upper, long version, AhpAssessment assessment) {

    public CriteriaJudgements {
        elements = List.copyOf(elements);
        upper = upper.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }
}
