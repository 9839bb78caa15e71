package com.sesadvisor.workshop.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.TestWorkshops;
import com.sesadvisor.workshop.answers.NodeTask;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 15 (9) with the paper's hierarchy: a committee that says Social matters most gets a ranking that follows
 * its comparison of the models under the social indicators, where the former ranking (finance indicators
 * renormalised to 100 %) ignored three quarters of its weight.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class EveryIndicatorCountsTest {

    @Autowired
    TestWorkshops fixture;
    @Autowired
    WorkshopRankingService results;
    @Autowired
    AnalysisService analysis;

    @Test
    void with_social_weighted_most_the_committee_s_view_of_the_models_decides_the_ranking() {
        long id = fixture.workshop("Paper hierarchy", null, "facilitator")
                .scenario(Assumptions.paperDefaults(), Set.of(ProfitMechanism.COMPREHENSIVE), null)
                .settings(TestWorkshops.aij(false)).create();

        // the former ranking: the finance indicators' weights renormalised to 100 %, everything else dropped. With
        // Economic and Environmental weighted equally inside, it is fixed by the finance model alone.
        String token = fixture.invite(id, new ParticipantProfile("Ana", OrganisationType.GRID_COMPANY, null, 1, null),
                Duration.ofDays(7));
        answerCriteria(token);
        WorkshopResults partial = results.results(id);
        assertThat(partial.awaitingCommittee()).extracting(WorkshopResults.IndicatorRow::id)
                .containsExactly("RENEWABLE_ACCOMMODATION", "LOCAL_EMPLOYMENT");
        List<String> former = rank(formerInput(partial));
        String financeLast = former.get(2);

        // under both social indicators the committee strongly prefers the model the finance model ranks last
        int preferred = InvestmentModel.valueOf(financeLast).ordinal();
        for (NodeTask t : fixture.experts().open(token).nodes()) {
            if (t.alternativesLevel()) {
                for (int k = 0; k < t.pairCount(); k++) {
                    int[] ij = t.pair(k);
                    fixture.experts().answer(token, t.nodeId(), ij[0], ij[1],
                            ij[0] == preferred ? 9 : ij[1] == preferred ? 1.0 / 9 : 1);
                }
                fixture.experts().completeNode(token, t.nodeId());
            }
        }
        fixture.experts().finish(token);
        WorkshopResults r = results.results(id);

        assertThat(r.outcome().complete()).isTrue();
        assertThat(r.outcome().criteriaWeights().get("SOCIAL")).isCloseTo(0.75, within(1e-9));
        // the whole hierarchy, nothing renormalised: 13 indicators, weights summing to 1 as the committee gave them
        assertThat(r.rankingWeights()).hasSize(13);
        assertThat(r.rankingWeights().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1, within(1e-9));
        assertThat(r.rankingWeights().get("LOCAL_EMPLOYMENT")).isCloseTo(0.375, within(1e-9));
        assertThat(r.excluded()).isEmpty();
        Map<String, IndicatorSource> sources = new LinkedHashMap<>();
        r.indicators().forEach(i -> sources.put(i.id(), i.source()));
        assertThat(sources).containsEntry("IRR", IndicatorSource.FINANCE)
                .containsEntry("LOCAL_EMPLOYMENT", IndicatorSource.COMMITTEE_PAIRWISE)
                .containsEntry("RENEWABLE_ACCOMMODATION", IndicatorSource.COMMITTEE_PAIRWISE)
                .containsEntry("ROUND_TRIP_EFFICIENCY", IndicatorSource.SCENARIO)
                .containsEntry("ANNUAL_FULL_CYCLES", IndicatorSource.SCENARIO);
        WorkshopResults.IndicatorRow jobs = r.indicators().stream().filter(i -> i.id().equals("LOCAL_EMPLOYMENT"))
                .findFirst().orElseThrow();
        assertThat(jobs.values().get(InvestmentModel.valueOf(financeLast))).isCloseTo(9.0 / 11, within(1e-9));
        assertThat(jobs.cr()).isCloseTo(0, within(1e-9));

        List<String> now = rank(r.analysisInput(ProfitMechanism.COMPREHENSIVE,
                WorkshopResults.DEFAULT_VIEW, false));
        assertThat(now.get(0)).isEqualTo(financeLast).isNotEqualTo(former.get(0));
    }

    /** Social 9x each other criterion (consistent: Social 0.75, the others 1/12); every indicator equal. */
    private void answerCriteria(String token) {
        for (NodeTask t : fixture.experts().open(token).nodes()) {
            if (t.alternativesLevel()) {
                continue;
            }
            int social = t.elementIds().indexOf("SOCIAL");
            for (int k = 0; k < t.pairCount(); k++) {
                int[] ij = t.pair(k);
                double v = social < 0 ? 1 : ij[0] == social ? 9 : ij[1] == social ? 1.0 / 9 : 1;
                fixture.experts().answer(token, t.nodeId(), ij[0], ij[1], v);
            }
            fixture.experts().completeNode(token, t.nodeId());
        }
    }

    /** What the results used before: the finance indicators alone, renormalised to 100 %. */
    private static AnalysisInput formerInput(WorkshopResults r) {
        Map<String, Double> finance = new LinkedHashMap<>();
        r.indicators().stream().filter(i -> i.source() == IndicatorSource.FINANCE)
                .forEach(i -> finance.put(i.id(), i.weight()));
        double total = finance.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(total).isCloseTo(1.0 / 6, within(1e-9)); // five sixths of the committee's weight was dropped
        finance.replaceAll((k, v) -> v / total);
        return new AnalysisInput(r.outcome().assumptions(), ProfitMechanism.COMPREHENSIVE,
                WorkshopResults.DEFAULT_VIEW, finance, null, null);
    }

    private List<String> rank(AnalysisInput in) {
        return analysis.rank(analysis.finance(in), RecommendationOptions.defaults()).recommendation().order();
    }
}
