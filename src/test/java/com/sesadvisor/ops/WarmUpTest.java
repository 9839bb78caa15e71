package com.sesadvisor.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sesadvisor.assessment.RecommendationService;
import com.sesadvisor.eligibility.EligibilityService;
import org.junit.jupiter.api.Test;

/** The start-up warm-up exercises checks and recommendations, and readiness never waits on it forever. */
class WarmUpTest {

    private final EligibilityService eligibility = mock(EligibilityService.class);
    private final RecommendationService recommendations = mock(RecommendationService.class);
    private final Runnable repositories = mock(Runnable.class);

    @Test
    void is_done_at_once_when_turned_off() {
        assertThat(new WarmUp(eligibility, recommendations, repositories, 0).done()).isTrue();
    }

    @Test
    void runs_eligibility_checks_and_recommendations_then_reports_done() {
        when(eligibility.exercise(anyInt())).thenReturn(250);
        WarmUp warmUp = new WarmUp(eligibility, recommendations, repositories, 50);
        assertThat(warmUp.done()).isFalse();
        warmUp.run();
        assertThat(warmUp.done()).isTrue();
        verify(eligibility, atLeast(1)).exercise(250);
        verify(recommendations, atLeast(20)).recommend(any());
        verify(repositories).run(); // the lazily bootstrapped repositories are created before readiness
    }

    @Test
    void a_repository_that_cannot_be_created_does_not_stop_the_warm_up() {
        doThrow(new IllegalStateException("query does not parse")).when(repositories).run();
        when(eligibility.exercise(anyInt())).thenReturn(250);
        WarmUp warmUp = new WarmUp(eligibility, recommendations, repositories, 50);
        warmUp.run();
        assertThat(warmUp.done()).isTrue();
        verify(eligibility, atLeast(1)).exercise(250);
    }

    @Test
    void a_failing_warm_up_still_lets_the_instance_become_ready() {
        when(eligibility.exercise(anyInt())).thenThrow(new IllegalStateException("rule set quarantined"));
        WarmUp warmUp = new WarmUp(eligibility, recommendations, repositories, 50);
        warmUp.run();
        assertThat(warmUp.done()).isTrue();
    }
}
