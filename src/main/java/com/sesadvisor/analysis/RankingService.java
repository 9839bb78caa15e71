package com.sesadvisor.analysis;

import com.sesadvisor.assessment.EligibilityConclusion;
import com.sesadvisor.assessment.IndicatorNote;
import com.sesadvisor.assessment.RecommendationReport;
import com.sesadvisor.assessment.RecommendationRequest;
import com.sesadvisor.assessment.RecommendationService;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextLists;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Adapts an {@link AnalysisInput} to the shared {@link RecommendationService} (one pipeline and one set of
 * indicator conventions for the API, the workshop and this view), and keeps what the analysis screens show.
 */
@Service
public class RankingService {

    private final RecommendationService recommendations;

    public RankingService(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    /** The three models under the input's mechanism. */
    public RankingOutcome rank(AnalysisInput in, RecommendationOptions options) {
        return outcome(recommendations.recommend(request(in, options)));
    }

    /** The three models under the finance outcome's input, reusing its finance runs (computed once per display). */
    public RankingOutcome rank(FinanceOutcome f, RecommendationOptions options) {
        return outcome(recommendations.recommend(request(f.input(), options),
                f.models().stream().map(ModelFinance::result).toList()));
    }

    /** All 15 model x mechanism combinations. */
    public RankingOutcome rankCombinations(AnalysisInput in, RecommendationOptions options) {
        return outcome(recommendations.rankCombinations(request(in, options)));
    }

    static RecommendationRequest request(AnalysisInput in, RecommendationOptions options) {
        RecommendationRequest r = RecommendationRequest.of(in.assumptions(), in.mechanism(), in.view())
                .withCriteria(new ArrayList<>(in.subjectiveWeights().keySet()))
                .withSubjectiveWeights(in.subjectiveWeights())
                .withOptions(options)
                .withSuppliedIndicators(in.suppliedIndicators());
        if (in.eligible() != null && in.ruleSetName() != null) {
            r = r.withEligibility(new EligibilityConclusion(in.ruleSetName(), "", in.eligible()));
        }
        return r;
    }

    private static RankingOutcome outcome(RecommendationReport report) {
        List<Text> notes = new ArrayList<>();
        report.indicatorNotes().stream().map(IndicatorNote::message).forEach(notes::add);
        notes.addAll(report.scenario().adjustments());
        notes.addAll(report.notes());
        List<Text> labels = report.alternatives().stream().map(RankingService::label).toList();
        return new RankingOutcome(report.recommendation(), report.findings(), report.ruleBaseVersion(), notes,
                labels);
    }

    /** "CSSES", or "CSSES / 两部制电价" for a model under a mechanism when combinations are ranked. */
    static Text label(RecommendationReport.AlternativeFinance f) {
        return f.name().equals(f.model().name()) ? TextLists.verbatim(f.model().name())
                : Text.of("analysis.rank.alternative.combination", f.model().name(),
                        Text.of(AnalysisText.mechanism(f.mechanism())));
    }
}
