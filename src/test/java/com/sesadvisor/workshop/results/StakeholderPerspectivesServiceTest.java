package com.sesadvisor.workshop.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.recommend.RankedAlternative;
import com.sesadvisor.engine.recommend.conflict.Swap;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.TestWorkshops;
import java.util.Comparator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * Stakeholder groups aggregated on their own members only, ranked with the committee's pipeline, and the conflict
 * between their rankings. Grid companies weight Economic 9x Social and see the models alike socially; users weight
 * Social 9x Economic and prefer DSSES 9x under both social indicators.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class StakeholderPerspectivesServiceTest {

    @Autowired
    TestWorkshops fixture;
    @Autowired
    WorkshopRankingService results;
    @Autowired
    StakeholderPerspectivesService perspectives;

    private long workshop() {
        return fixture.workshop("Mixed committee", null, "facilitator")
                .scenario(Assumptions.paperDefaults(), Set.of(ProfitMechanism.COMPREHENSIVE), null)
                .hierarchy(TestWorkshops.economicAndSocial()).settings(TestWorkshops.aij(false)).create();
    }

    private void expert(long id, String name, OrganisationType type, double economicOverSocial, double... models) {
        fixture.expertOf(id, name, type, economicOverSocial, models);
    }

    private StakeholderPerspectives.Group group(StakeholderPerspectives p, OrganisationType t) {
        return p.groups().stream().filter(g -> g.type() == t).findFirst().orElseThrow();
    }

    private static String top(StakeholderPerspectives.Group g) {
        return g.ranking().stream().min(Comparator.comparingInt(RankedAlternative::rank)).orElseThrow().model();
    }

    @Test
    void each_group_ranks_with_its_own_weights_and_the_conflict_names_the_swap_and_its_drivers() {
        long id = workshop();
        expert(id, "Grid A", OrganisationType.GRID_COMPANY, 9, 1, 1, 1);
        expert(id, "Grid B", OrganisationType.GRID_COMPANY, 9, 1, 1, 1);
        expert(id, "User A", OrganisationType.INDUSTRIAL_COMMERCIAL_USER, 1.0 / 9, 1, 1.0 / 9, 1.0 / 9);
        expert(id, "User B", OrganisationType.INDUSTRIAL_COMMERCIAL_USER, 1.0 / 9, 1, 1.0 / 9, 1.0 / 9);
        expert(id, "Investor", OrganisationType.THIRD_PARTY_INVESTOR, 1, 1, 1, 1);

        StakeholderPerspectives p = perspectives.perspectives(results.results(id), ProfitMechanism.COMPREHENSIVE,
                WorkshopResults.DEFAULT_VIEW);

        assertThat(p.groups()).extracting(StakeholderPerspectives.Group::type).containsExactly(
                OrganisationType.GRID_COMPANY, OrganisationType.INDUSTRIAL_COMMERCIAL_USER,
                OrganisationType.THIRD_PARTY_INVESTOR);
        StakeholderPerspectives.Group grid = group(p, OrganisationType.GRID_COMPANY);
        StakeholderPerspectives.Group users = group(p, OrganisationType.INDUSTRIAL_COMMERCIAL_USER);
        assertThat(grid.status()).isEqualTo(StakeholderPerspectives.Status.COMPLETE);
        assertThat(grid.experts()).isEqualTo(2);
        // identical members: S* = 1; weights from the grid's own judgements only: Economic 0.9 split evenly
        assertThat(grid.consensus()).hasValueSatisfying(s -> assertThat(s).isCloseTo(1.0, within(1e-9)));
        assertThat(grid.weights().get("IRR")).isCloseTo(0.45, within(1e-9));
        assertThat(grid.weights().get("JOBS")).isCloseTo(0.05, within(1e-9));
        assertThat(users.weights().get("JOBS")).isCloseTo(0.45, within(1e-9));
        assertThat(top(users)).isEqualTo("DSSES");
        assertThat(top(grid)).isNotEqualTo("DSSES");
        assertThat(group(p, OrganisationType.THIRD_PARTY_INVESTOR).status())
                .isEqualTo(StakeholderPerspectives.Status.SINGLE);

        Swap gridVsUsers = p.conflicts().stream().filter(s -> s.first().equals("GRID_COMPANY")
                && s.second().equals("INDUSTRIAL_COMMERCIAL_USER") && s.below().equals("DSSES")
                && s.above().equals(top(grid))).findFirst().orElseThrow();
        assertThat(gridVsUsers.firstAbove()).isGreaterThan(gridVsUsers.firstBelow());
        assertThat(gridVsUsers.secondAbove()).isLessThan(gridVsUsers.secondBelow());
        // the social indicators (weight 0.05 vs 0.45, DSSES preferred 9x by the users) drive the swap
        assertThat(gridVsUsers.drivers().get(0).criterion()).isIn("JOBS", "ACCOMMODATION");
        assertThat(gridVsUsers.drivers().get(0).difference()).isPositive();
    }

    @Test
    void an_anonymous_workshop_hides_a_group_of_one_and_experts_may_not_ask() {
        long id = workshop();
        var s = fixture.setup().setup(id);
        fixture.setup().saveCommitteeRules(id, s.version(), null, true);
        expert(id, "Investor", OrganisationType.THIRD_PARTY_INVESTOR, 1, 1, 1, 1);
        WorkshopResults committee = results.results(id);
        StakeholderPerspectives p = perspectives.perspectives(committee, ProfitMechanism.COMPREHENSIVE,
                WorkshopResults.DEFAULT_VIEW);
        StakeholderPerspectives.Group investor = group(p, OrganisationType.THIRD_PARTY_INVESTOR);
        assertThat(investor.status()).isEqualTo(StakeholderPerspectives.Status.HIDDEN);
        assertThat(investor.weights()).isEmpty();
        assertThat(investor.ranking()).isEmpty();
        assertThat(p.conflicts()).isEmpty();
    }

    @Test
    @WithMockUser(username = "expert", roles = "EXPERT")
    void experts_may_not_read_the_groups() {
        assertThatThrownBy(() -> perspectives.perspectives(null, ProfitMechanism.COMPREHENSIVE,
                WorkshopResults.DEFAULT_VIEW)).isInstanceOf(AccessDeniedException.class);
    }
}
