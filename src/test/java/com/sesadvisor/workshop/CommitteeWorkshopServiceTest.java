package com.sesadvisor.workshop;

import com.sesadvisor.workshop.consistency.NodeConsistency;
import com.sesadvisor.workshop.invitation.InvalidInvitationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.Provenance;
import com.sesadvisor.testsupport.OnPostgres;
import com.sesadvisor.workshop.answers.ExpertWorkspace;
import com.sesadvisor.workshop.answers.NodeTask;
import com.sesadvisor.workshop.results.CommitteeWeightsService;
import com.sesadvisor.workshop.group.ExpertNodeStatus;
import com.sesadvisor.workshop.results.FacilitationService;
import com.sesadvisor.workshop.results.LiveWorkshop;
import com.sesadvisor.workshop.group.NodeGroupResult;
import com.sesadvisor.workshop.group.WorkshopFinding;
import com.sesadvisor.workshop.results.WorkshopOutcome;
import com.sesadvisor.workshop.setup.ParticipantSummary;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@OnPostgres
@WithMockUser(roles = "FACILITATOR")
class CommitteeWorkshopServiceTest {

    @Autowired
    FacilitationService facilitation;
    @Autowired
    CommitteeWeightsService outcomes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestWorkshops fixture;

    /** Goal over two criteria, each over two indicators: three compared nodes of one pair each. */
    private long smallWorkshop(AggregationMethod aggregation) {
        return fixture.workshop("Committee", null, "facilitator").hierarchy(TestWorkshops.economicAndSocial())
                .settings(new WorkshopSettings(aggregation, 0.75, false, false)).create();
    }

    private static ParticipantProfile expert(String name, double weight) {
        return new ParticipantProfile(name, OrganisationType.GRID_COMPANY, "Planner", weight, null);
    }

    private void answerAll(String token, double goal, double economic, double social) {
        fixture.answerNode(token, "GOAL", goal);
        fixture.answerNode(token, "ECONOMIC", economic);
        fixture.answerNode(token, "SOCIAL", social);
        // the models compared under the two social indicators (the finance model cannot measure them): all equal
        fixture.answerModels(token, 1, 1, 1);
    }

    @Test
    void a_new_workshop_starts_from_the_paper_hierarchy_with_catalogue_ids_and_default_settings() {
        WorkshopSetup s = fixture.setup().setup(fixture.workshops().create("Paper", null, "f").getId());
        assertThat(s.hierarchy()).extracting(CriteriaNode::id)
                .contains("ECONOMIC", "ENVIRONMENTAL", "SOCIAL", "TECHNICAL", "IRR", "NPV", "TOTAL_COST",
                        "CARBON_REVENUE");
        assertThat(s.settings()).isEqualTo(WorkshopSettings.defaults());
        assertThat(s.assumptions()).isEqualTo(Assumptions.paperDefaults());
        assertThat(s.step()).isZero();
    }

    @Test
    void the_scenario_is_validated_by_field_and_stored_with_user_provenance() {
        long id = fixture.workshops().create("Scenario", null, "f").getId();
        long v = fixture.setup().setup(id).version();
        Assumptions bad = Assumptions.paperDefaults().with(AssumptionField.RATED_POWER_MW, -5);
        assertThatThrownBy(() -> fixture.setup().saveScenario(id, v, bad, Set.of(ProfitMechanism.SPOT_MARKET), null))
                .isInstanceOfSatisfying(InvalidFinanceInputException.class,
                        e -> assertThat(e.field()).isEqualTo("ratedPowerMw"));
        assertThatThrownBy(() -> fixture.setup().saveScenario(id, v, Assumptions.paperDefaults(), Set.of(), null))
                .isInstanceOfSatisfying(WorkshopInputException.class, e -> assertThat(e.field()).isEqualTo("mechanisms"));
        assertThatThrownBy(() -> fixture.setup().saveScenario(id, v, Assumptions.paperDefaults(),
                Set.of(ProfitMechanism.SPOT_MARKET), "NO_SUCH_SET"))
                .isInstanceOfSatisfying(WorkshopInputException.class, e -> assertThat(e.field()).isEqualTo("ruleSet"));

        WorkshopSetup saved = fixture.setup().saveScenario(id, v, Assumptions.paperDefaults().with(AssumptionField.SPREAD, 0.5),
                Set.of(ProfitMechanism.SPOT_MARKET, ProfitMechanism.TWO_PART_TARIFF), null);
        WorkshopSetup reloaded = fixture.setup().setup(id);
        assertThat(reloaded.assumptions().spread()).isEqualTo(0.5);
        assertThat(reloaded.assumptions().provenance(AssumptionField.SPREAD)).isEqualTo(Provenance.USER);
        assertThat(reloaded.mechanisms()).containsExactlyInAnyOrder(ProfitMechanism.SPOT_MARKET,
                ProfitMechanism.TWO_PART_TARIFF);
        assertThat(reloaded.step()).isEqualTo(WorkshopSetupService.STEP_HIERARCHY);
        assertThat(saved.version()).isGreaterThan(v);
    }

    @Test
    void a_stale_set_up_save_is_refused_and_nothing_is_overwritten() {
        long id = fixture.workshops().create("Race", null, "f").getId();
        long v0 = fixture.setup().setup(id).version();
        fixture.setup().saveBasics(id, v0, "First facilitator", null);
        assertThatThrownBy(() -> fixture.setup().saveBasics(id, v0, "Second facilitator", null))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(fixture.setup().setup(id).name()).isEqualTo("First facilitator");
    }

    @Test
    void a_broken_hierarchy_is_refused_naming_the_node() {
        long id = fixture.workshops().create("Tree", null, "f").getId();
        long v = fixture.setup().setup(id).version();
        List<CriteriaNode> nodes = new ArrayList<>(fixture.setup().setup(id).hierarchy());
        nodes.add(new CriteriaNode("IRR", "ECONOMIC", "Duplicate", ""));
        assertThatThrownBy(() -> fixture.setup().saveHierarchy(id, v, nodes))
                .isInstanceOfSatisfying(WorkshopInputException.class, e -> assertThat(e.field()).isEqualTo("nodes[IRR].id"));
    }

    @Test
    @WithMockUser(roles = "EXPERT")
    void experts_with_an_account_cannot_run_facilitator_actions() {
        assertThatThrownBy(() -> fixture.setup().setup(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.participants().list(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> facilitation.live(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> facilitation.reopenNode(1, "GOAL")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void invitation_tokens_are_random_and_refused_once_revoked_expired_or_replaced() {
        long id = smallWorkshop(AggregationMethod.AIJ);
        ParticipantSummary a = fixture.participants().invite(id, expert("Ana", 1), Duration.ofDays(7));
        ParticipantSummary b = fixture.participants().invite(id, expert("Bo", 1), Duration.ofDays(7));
        assertThat(a.token()).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(b.token());
        assertThat(fixture.experts().open(a.token()).participantName()).isEqualTo("Ana");

        fixture.participants().revoke(a.id(), a.version());
        assertThatThrownBy(() -> fixture.experts().open(a.token())).isInstanceOfSatisfying(InvalidInvitationException.class,
                e -> assertThat(e.problem()).isEqualTo(InvitationProblem.REVOKED));
        assertThatThrownBy(() -> fixture.experts().answer(a.token(), "GOAL", 0, 1, 3))
                .isInstanceOf(InvalidInvitationException.class);

        jdbc.update("update workshop_participant set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), b.id());
        assertThatThrownBy(() -> fixture.experts().open(b.token())).isInstanceOfSatisfying(InvalidInvitationException.class,
                e -> assertThat(e.problem()).isEqualTo(InvitationProblem.EXPIRED));

        ParticipantSummary renewed = fixture.participants().renew(b.id(), fixture.participants().list(id).get(1).version(),
                Duration.ofDays(3));
        assertThat(fixture.experts().open(renewed.token()).participantName()).isEqualTo("Bo");
        assertThatThrownBy(() -> fixture.experts().open(b.token())).isInstanceOfSatisfying(InvalidInvitationException.class,
                e -> assertThat(e.problem()).isEqualTo(InvitationProblem.UNKNOWN));
        assertThatThrownBy(() -> fixture.experts().open("guessed-token")).isInstanceOf(InvalidInvitationException.class);
    }

    @Test
    void every_answer_is_saved_at_once_and_an_expert_sees_only_their_own() {
        long id = fixture.workshops().create("Progress", null, "f").getId();
        String ana = fixture.participants().invite(id, expert("Ana", 1), Duration.ofDays(7)).token();
        String bo = fixture.participants().invite(id, expert("Bo", 1), Duration.ofDays(7)).token();
        // goal over the paper's 4 criteria: 6 pairs; answer two, then "close the tab" and open again
        fixture.experts().answer(ana, "ses-operational-value".toUpperCase().replace('-', '_'), 0, 1, 5);
        fixture.experts().answer(ana, "SES_OPERATIONAL_VALUE", 2, 0, 3); // row 2 over row 0: stored as 1/3 at (0,2)
        NodeTask goal = fixture.experts().open(ana).nodes().get(0);
        assertThat(goal.answered()).isEqualTo(2);
        assertThat(goal.upper()[0]).isEqualTo(5);
        assertThat(goal.upper()[1]).isEqualTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(fixture.experts().open(bo).nodes().get(0).answered()).isZero();
        assertThatThrownBy(() -> fixture.experts().answer(ana, "SES_OPERATIONAL_VALUE", 0, 1, 4.5))
                .isInstanceOfSatisfying(WorkshopInputException.class, e -> assertThat(e.field()).isEqualTo("value"));
        assertThatThrownBy(() -> fixture.experts().completeNode(ana, "SES_OPERATIONAL_VALUE"))
                .isInstanceOfSatisfying(WorkshopInputException.class, e -> assertThat(e.field()).isEqualTo("pairs"));
        assertThatThrownBy(() -> fixture.experts().finish(ana)).isInstanceOf(WorkshopInputException.class);
    }

    @Test
    void an_inconsistent_node_gets_revisions_from_the_diagnostics_and_accepting_one_fixes_it() {
        long id = fixture.workshops().create("Consistency", null, "f").getId();
        String ana = fixture.participants().invite(id, expert("Ana", 1), Duration.ofDays(7)).token();
        String goal = "SES_OPERATIONAL_VALUE";
        // circular: economic 9x environmental 9x social, but social 9x economic
        fixture.experts().answer(ana, goal, 0, 1, 9);
        fixture.experts().answer(ana, goal, 1, 2, 9);
        fixture.experts().answer(ana, goal, 0, 2, 1.0 / 9);
        fixture.experts().answer(ana, goal, 0, 3, 1);
        fixture.experts().answer(ana, goal, 1, 3, 1);
        NodeTask task = fixture.experts().answer(ana, goal, 2, 3, 1);
        NodeConsistency c = task.consistency().orElseThrow();
        assertThat(c.consistent()).isFalse();
        assertThat(c.estimated()).isFalse();
        assertThat(c.assessment().findings()).extracting(f -> f.ruleId()).contains("AHP-CR-001");
        assertThat(c.revisions()).isNotEmpty();
        var first = c.revisions().get(0);
        NodeTask fixed = fixture.experts().answer(ana, goal, first.row(), first.col(), first.suggested());
        assertThat(fixed.consistency().orElseThrow().cr()).isEqualTo(first.crIfChanged(),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void group_weights_follow_the_aggregation_setting_and_expertise_weights() {
        long aij = smallWorkshop(AggregationMethod.AIJ);
        String a = fixture.participants().invite(aij, expert("Ana", 3), Duration.ofDays(7)).token();
        String b = fixture.participants().invite(aij, expert("Bo", 1), Duration.ofDays(7)).token();
        answerAll(a, 9, 1, 1);
        answerAll(b, 1, 1, 1);
        LiveWorkshop live = facilitation.live(aij);
        NodeGroupResult goal = live.group().nodes().get(0);
        // AIJ: weighted geometric mean of 9 and 1 with λ = 3/4, 1/4 → 9^0.75 = 5.196; weights a/(1+a)
        double g = Math.pow(9, 0.75);
        assertEquals(g / (1 + g), goal.group().orElseThrow().weights()[0], 1e-9);
        assertThat(goal.group().orElseThrow().expertWeights()).containsExactly(0.75, 0.25);
        assertThat(goal.consensusReached()).isFalse();
        assertThat(live.group().disagreements()).first().satisfies(d -> assertThat(d.nodeId()).isEqualTo("GOAL"));

        WorkshopOutcome outcome = outcomes.outcome(aij);
        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.leafWeights()).containsOnlyKeys("IRR", "NPV", "JOBS", "ACCOMMODATION");
        assertEquals(1.0, outcome.leafWeights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertEquals(g / (1 + g) / 2, outcome.leafWeights().get("IRR"), 1e-9);
        assertEquals(g / (1 + g), outcome.criteriaWeights().get("ECONOMIC"), 1e-9);
        assertThat(outcome.hierarchyConsensus()).isPresent();
        assertThat(outcome.findings()).extracting(WorkshopFinding::code)
                .contains(WorkshopFinding.Code.CONSENSUS_BELOW_THRESHOLD);

        long aip = smallWorkshop(AggregationMethod.AIP_ARITHMETIC);
        String c = fixture.participants().invite(aip, expert("Ana", 3), Duration.ofDays(7)).token();
        String d = fixture.participants().invite(aip, expert("Bo", 1), Duration.ofDays(7)).token();
        answerAll(c, 9, 1, 1);
        answerAll(d, 1, 1, 1);
        // AIP arithmetic: 0.75 * 0.9 + 0.25 * 0.5 = 0.8
        assertEquals(0.8, outcomes.outcome(aip).criteriaWeights().get("ECONOMIC"), 1e-9);
    }

    @Test
    void inconsistent_experts_are_excluded_or_kept_with_a_finding_per_the_setting() {
        long id = fixture.workshops().create("Exclusion", null, "f").getId();
        WorkshopSetup s = fixture.setup().setup(id);
        fixture.setup().saveSettings(id, s.version(), new WorkshopSettings(AggregationMethod.AIJ, 0.75, true, false));
        String ana = fixture.participants().invite(id, expert("Ana", 1), Duration.ofDays(7)).token();
        String bo = fixture.participants().invite(id, expert("Bo", 1), Duration.ofDays(7)).token();
        String goal = "SES_OPERATIONAL_VALUE";
        double[][] circular = {{0, 1, 9}, {1, 2, 9}, {0, 2, 1.0 / 9}, {0, 3, 1}, {1, 3, 1}, {2, 3, 1}};
        for (double[] p : circular) {
            fixture.experts().answer(ana, goal, (int) p[0], (int) p[1], p[2]);
            fixture.experts().answer(bo, goal, (int) p[0], (int) p[1], p[0] == 0 && p[1] == 1 ? 3 : 1);
        }
        fixture.experts().completeNode(ana, goal);
        fixture.experts().completeNode(bo, goal);
        NodeGroupResult node = facilitation.live(id).group().nodes().get(0);
        assertThat(node.experts()).extracting(ExpertNodeStatus::included).containsExactly(false, true);
        assertThat(node.group().orElseThrow().experts()).hasSize(1);
        assertThat(outcomes.outcome(id).findings()).extracting(WorkshopFinding::code)
                .contains(WorkshopFinding.Code.INCONSISTENT_EXPERT_EXCLUDED);

        WorkshopSetup now = fixture.setup().setup(id);
        fixture.setup().saveSettings(id, now.version(), new WorkshopSettings(AggregationMethod.AIJ, 0.75, false, false));
        assertThat(facilitation.live(id).group().nodes().get(0).group().orElseThrow().experts()).hasSize(2);
        assertThat(outcomes.outcome(id).findings()).extracting(WorkshopFinding::code)
                .contains(WorkshopFinding.Code.INCONSISTENT_EXPERT_KEPT);
    }

    @Test
    void reopening_a_node_lets_finished_experts_answer_it_again() {
        long id = smallWorkshop(AggregationMethod.AIJ);
        String ana = fixture.participants().invite(id, expert("Ana", 1), Duration.ofDays(7)).token();
        answerAll(ana, 3, 1, 1);
        assertThat(fixture.experts().finish(ana).finished()).isTrue();
        assertThatThrownBy(() -> fixture.experts().answer(ana, "GOAL", 0, 1, 5)).isInstanceOf(WorkshopInputException.class);
        assertThat(facilitation.reopenNode(id, "GOAL")).isEqualTo(1);
        ExpertWorkspace again = fixture.experts().open(ana);
        assertThat(again.finished()).isFalse();
        assertThat(again.nodes().get(0).status()).isEqualTo(JudgementStatus.OPEN);
        assertThat(again.nodes().get(0).upper()).containsExactly(3);
        assertThat(outcomes.outcome(id).missingNodes()).containsExactly("GOAL");
    }

    /**
     * Issue 15: after "reopen for everyone" only one of three experts finished again, and the results called that
     * one expert's answers the committee's consensus. Below the quorum the result is provisional, with no consensus.
     */
    @Test
    void one_of_three_experts_is_below_the_majority_quorum_so_the_result_is_provisional_without_consensus() {
        long id = smallWorkshop(AggregationMethod.AIJ);
        String ana = fixture.participants().invite(id, expert("Ana", 1), Duration.ofDays(7)).token();
        String bo = fixture.participants().invite(id, expert("Bo", 1), Duration.ofDays(7)).token();
        String cy = fixture.participants().invite(id, expert("Cy", 1), Duration.ofDays(7)).token();
        answerAll(ana, 3, 1, 1);
        answerAll(bo, 3, 2, 1);
        answerAll(cy, 5, 1, 2);
        WorkshopOutcome all = outcomes.outcome(id);
        assertThat(all.quorum().required()).isEqualTo(2); // majority of 3
        assertThat(all.provisional()).isFalse();
        assertThat(all.committeeConsensus()).isPresent();
        assertThat(all.nodeExperts()).containsEntry("GOAL", 3);

        // 3 criteria groups + 2 groups comparing the models under the social indicators (issue 15 item 9), x 3 experts
        assertThat(facilitation.reopen(id, null, null)).isEqualTo(15);
        answerAll(ana, 3, 1, 1); // only Ana finishes again, from her previous answers

        WorkshopOutcome one = outcomes.outcome(id);
        assertThat(one.complete()).isTrue();
        assertThat(one.nodeExperts()).containsEntry("GOAL", 1).containsEntry("SOCIAL", 1);
        assertThat(one.provisional()).isTrue();
        assertThat(one.committeeConsensus()).isEmpty();
        assertThat(one.belowQuorum()).containsExactly("GOAL", "ECONOMIC", "SOCIAL", "JOBS", "ACCOMMODATION"); // + the models' comparisons (issue 15 item 9)
        assertThat(one.findings()).extracting(WorkshopFinding::code).contains(WorkshopFinding.Code.BELOW_QUORUM);
        LiveWorkshop live = facilitation.live(id);
        assertThat(live.group().provisional()).isTrue();
        assertThat(live.group().nodes()).allSatisfy(n -> assertThat(n.restsOn()).isEqualTo(1));

        // the facilitator lowers the quorum to 1: the same answers are then the committee's
        WorkshopSetup s = fixture.setup().setup(id);
        fixture.setup().saveSettings(id, s.version(), new WorkshopSettings(AggregationMethod.AIJ, 0.75, false, false, 1));
        assertThat(outcomes.outcome(id).provisional()).isFalse();
        assertThat(facilitation.log(id)).extracting(WorkshopLogEntry::getAction)
                .containsExactly(WorkshopLogEntry.Action.QUORUM, WorkshopLogEntry.Action.REOPEN);
        assertThatThrownBy(() -> new WorkshopSettings(AggregationMethod.AIJ, 0.75, false, false, 0))
                .isInstanceOfSatisfying(WorkshopInputException.class, e -> assertThat(e.field()).isEqualTo("quorum"));
    }

    @Test
    void reopening_one_expert_at_one_node_keeps_their_answers_leaves_the_others_and_is_logged() {
        long id = smallWorkshop(AggregationMethod.AIJ);
        ParticipantSummary a = fixture.participants().invite(id, expert("Ana", 1), Duration.ofDays(7));
        ParticipantSummary b = fixture.participants().invite(id, expert("Bo", 1), Duration.ofDays(7));
        answerAll(a.token(), 3, 1, 1);
        answerAll(b.token(), 5, 1, 1);
        fixture.experts().finish(a.token());
        fixture.experts().finish(b.token());

        assertThat(facilitation.reopen(id, "SOCIAL", b.id())).isEqualTo(1);
        ExpertWorkspace bo = fixture.experts().open(b.token());
        assertThat(bo.finished()).isFalse();
        NodeTask social = bo.nodes().stream().filter(n -> n.nodeId().equals("SOCIAL")).findFirst().orElseThrow();
        assertThat(social.status()).isEqualTo(JudgementStatus.OPEN);
        assertThat(social.upper()).containsExactly(1); // previous answer kept
        assertThat(bo.nodes().stream().filter(n -> !n.nodeId().equals("SOCIAL")))
                .allSatisfy(n -> assertThat(n.status()).isEqualTo(JudgementStatus.DONE));
        ExpertWorkspace ana = fixture.experts().open(a.token());
        assertThat(ana.finished()).isTrue();
        assertThat(ana.nodes()).allSatisfy(n -> assertThat(n.status()).isEqualTo(JudgementStatus.DONE));

        WorkshopLogEntry entry = facilitation.log(id).get(0);
        assertThat(entry.getAction()).isEqualTo(WorkshopLogEntry.Action.REOPEN);
        assertThat(entry.getNodeId()).isEqualTo("SOCIAL");
        assertThat(entry.getParticipantId()).isEqualTo(b.id());
        assertThat(entry.getActor()).isEqualTo("user");
        assertThat(entry.getDetail()).isEqualTo("1");
        assertThatThrownBy(() -> facilitation.reopen(id, "NOPE", null))
                .isInstanceOfSatisfying(WorkshopInputException.class, e -> assertThat(e.field()).isEqualTo("nodeId"));
    }

    @Test
    void a_stale_participant_change_is_refused_and_the_link_keeps_working() {
        long id = smallWorkshop(AggregationMethod.AIJ);
        ParticipantSummary a = fixture.participants().invite(id, expert("Ana", 1), Duration.ofDays(7));
        fixture.participants().update(a.id(), a.version(), expert("Ana", 2));
        assertThatThrownBy(() -> fixture.participants().revoke(a.id(), a.version())).isInstanceOf(ConcurrentEditException.class);
        assertThat(fixture.experts().open(a.token()).participantName()).isEqualTo("Ana");
        assertThat(fixture.participants().list(id).get(0).profile().expertiseWeight()).isEqualTo(2);
    }

    @Test
    void experts_see_group_weights_only_when_the_workshop_allows_it() {
        long id = smallWorkshop(AggregationMethod.AIJ);
        String ana = fixture.participants().invite(id, expert("Ana", 1), Duration.ofDays(7)).token();
        String bo = fixture.participants().invite(id, expert("Bo", 1), Duration.ofDays(7)).token();
        answerAll(ana, 3, 1, 1);
        assertThat(fixture.experts().open(bo).groupVisible()).isFalse();
        assertThat(fixture.experts().open(bo).nodes()).allSatisfy(n -> assertThat(n.groupWeights()).isEmpty());

        WorkshopSetup s = fixture.setup().setup(id);
        fixture.setup().saveSettings(id, s.version(), new WorkshopSettings(AggregationMethod.AIJ, 0.75, false, true));
        ExpertWorkspace seen = fixture.experts().open(bo);
        assertThat(seen.groupVisible()).isTrue();
        assertThat(seen.nodes().get(0).groupWeights().orElseThrow()[0]).isEqualTo(0.75,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(seen.nodes().get(0).answered()).isZero(); // Ana's answers are not Bo's
    }

    @Test
    void answers_to_a_node_whose_children_changed_are_not_applied_to_the_new_children() {
        long id = smallWorkshop(AggregationMethod.AIJ);
        String ana = fixture.participants().invite(id, expert("Ana", 1), Duration.ofDays(7)).token();
        answerAll(ana, 3, 5, 1);
        WorkshopSetup s = fixture.setup().setup(id);
        List<CriteriaNode> nodes = new ArrayList<>(s.hierarchy());
        nodes.add(new CriteriaNode("PAYBACK", "ECONOMIC", "Payback", ""));
        fixture.setup().saveHierarchy(id, s.version(), nodes);
        NodeTask economic = fixture.experts().open(ana).nodes().get(1);
        assertThat(economic.elementIds()).containsExactly("IRR", "NPV", "PAYBACK");
        assertThat(economic.answered()).isZero();
        assertThat(economic.status()).isEqualTo(JudgementStatus.OPEN);
        // PAYBACK is no catalogued finance indicator: the models are compared under it, which nobody has done yet
        assertThat(outcomes.outcome(id).missingNodes()).containsExactly("ECONOMIC", "PAYBACK");
    }

    @Test
    @org.springframework.security.test.context.support.WithAnonymousUser
    void the_outcome_needs_a_signed_in_user() {
        assertThatThrownBy(() -> outcomes.outcome(1)).isInstanceOf(AccessDeniedException.class);
    }
}
