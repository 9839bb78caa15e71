package com.sesadvisor.workshop.facilitation;

import com.sesadvisor.workshop.TestWorkshops;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.ahp.PairVotes;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.WorkshopSettings;
import com.sesadvisor.workshop.answers.ExpertCredential;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.sesadvisor.workshop.answers.JudgementMode;
import com.sesadvisor.workshop.answers.NodeTask;
import com.sesadvisor.workshop.ExpertJudgement;
import com.sesadvisor.workshop.ParticipantRepository;
import com.sesadvisor.workshop.group.ExpertNodeStatus;
import com.sesadvisor.workshop.results.WorkshopRankingService;
import com.sesadvisor.analysis.CommitteeRecord;
import com.sesadvisor.workshop.results.FacilitationService;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "lead", roles = "FACILITATOR")
class FacilitatedSessionServiceTest {

    @Autowired
    TestWorkshops fixture;

    @Autowired
    FacilitatedSessionService sessions;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    ExpertJudgementRepository judgements;
    @Autowired
    SessionBroadcaster broadcaster;
    @Autowired
    ParticipantRepository participantRows;
    @Autowired
    WorkshopRankingService ranking;

    /** Goal over three criteria (three pairs), Economic over two indicators (one pair). */
    private long workshop() {
        long id = fixture.workshops().create("Live", null, "lead").getId();
        WorkshopSetup s = fixture.setup().setup(id);
        s = fixture.setup().saveHierarchy(id, s.version(), List.of(
                new CriteriaNode("GOAL", null, "Value", ""),
                new CriteriaNode("ECONOMIC", "GOAL", "Economic", ""),
                new CriteriaNode("IRR", "ECONOMIC", "IRR", ""),
                new CriteriaNode("NPV", "ECONOMIC", "NPV", ""),
                new CriteriaNode("SOCIAL", "GOAL", "Social", ""),
                new CriteriaNode("TECHNICAL", "GOAL", "Technical", "")));
        fixture.setup().saveSettings(id, s.version(), new WorkshopSettings(AggregationMethod.AIJ, 0.75, false, false));
        return id;
    }

    private String invite(long id, String name, double weight) {
        return fixture.participants().invite(id, new ParticipantProfile(name, OrganisationType.GRID_COMPANY, "Planner", weight,
                null), Duration.ofDays(1)).token();
    }

    @Test
    void a_session_leads_experts_pair_by_pair_and_their_votes_become_their_judgements() {
        long id = workshop();
        String ana = invite(id, "Ana", 2);
        String bo = invite(id, "Bo", 1);
        List<SessionChanged> heard = new CopyOnWriteArrayList<>();
        Runnable off = broadcaster.register(id, true, heard::add);

        SessionState s = sessions.open(id, false);
        assertThat(s.nodeId()).isEqualTo("GOAL");
        assertThat(s.pairIndex()).isZero();
        assertThat(s.left()).isEqualTo("Economic");
        assertThat(s.right()).isEqualTo("Social");
        assertThat(s.facilitator()).isEqualTo("lead");
        assertThatThrownBy(() -> sessions.open(id, false)).isInstanceOf(WorkshopInputException.class);

        // a late joiner (the expert's screen opened now) lands on the current pair
        assertThat(sessions.seat(bo).session()).hasValueSatisfying(x -> assertThat(x.round()).isEqualTo(s.round()));

        sessions.vote(ana, s.round(), 3);
        sessions.vote(bo, s.round(), 5);
        sessions.vote(bo, s.round(), 1.0 / 3); // a changed mind replaces the vote of the round
        SessionState voted = sessions.current(id).orElseThrow();
        assertThat(voted.votedCount()).isEqualTo(2);
        assertThat(voted.reveal()).isEmpty();
        assertThat(voted.voters()).allSatisfy(v -> assertThat(v.value()).isEmpty());

        SessionState revealed = sessions.reveal(id, s.round());
        PairVotes r = revealed.reveal().orElseThrow();
        // weighted geometric mean: exp((2 ln 3 + 1 ln 1/3) / 3) = 3^(1/3)
        assertThat(r.geometricMean()).isCloseTo(Math.cbrt(3), within(1e-12));
        assertThat(r.votes()).isEqualTo(2);
        assertThat(r.distribution()[PairVotes.step(3)]).isEqualTo(1);
        assertThat(r.distribution()[PairVotes.step(1.0 / 3)]).isEqualTo(1);
        assertThat(revealed.voters()).extracting(v -> v.value().orElse(null)).containsExactly(3.0, 1.0 / 3);
        // after the reveal nobody can vote in that round any more
        assertThatThrownBy(() -> sessions.vote(ana, s.round(), 9)).isInstanceOf(WorkshopInputException.class);

        // re-vote: a new round, nobody has voted in it yet; the new votes replace the judgements
        SessionState again = sessions.revote(id, revealed.round());
        assertThat(again.votedCount()).isZero();
        assertThat(again.pairIndex()).isZero();
        sessions.vote(ana, again.round(), 3);
        sessions.vote(bo, again.round(), 2);
        assertThat(judgements.findByParticipantWorkshopIdAndNodeId(id, "GOAL"))
                .extracting(j -> j.getUpper()[0]).containsExactlyInAnyOrder(3.0, 2.0);

        // a stale command (an old round) is refused; an expert cannot lead
        assertThatThrownBy(() -> sessions.next(id, s.round())).isInstanceOf(WorkshopInputException.class);

        // next pairs: S* and CR appear once both experts' answers connect the node
        SessionState p2 = sessions.next(id, again.round());
        assertThat(p2.pairIndex()).isEqualTo(1);
        assertThat(p2.left()).isEqualTo("Economic");
        assertThat(p2.right()).isEqualTo("Technical");
        sessions.vote(ana, p2.round(), 5);
        sessions.vote(bo, p2.round(), 4);
        SessionState p3 = sessions.next(id, p2.round());
        sessions.vote(ana, p3.round(), 2);
        sessions.vote(bo, p3.round(), 2);
        SessionState afterVotes = sessions.current(id).orElseThrow();
        assertThat(afterVotes.groupCr()).isPresent();
        assertThat(afterVotes.sStar()).hasValueSatisfying(x -> assertThat(x).isBetween(0.0, 1.0));

        // back, then skip forward: leaving the node's last pair marks it done for both experts
        SessionState back = sessions.previous(id, p3.round());
        assertThat(back.pairIndex()).isEqualTo(1);
        SessionState fwd = sessions.next(id, back.round());
        SessionState eco = sessions.next(id, fwd.round());
        assertThat(eco.nodeId()).isEqualTo("ECONOMIC");
        assertThat(judgements.findByParticipantWorkshopIdAndNodeId(id, "GOAL"))
                .allSatisfy(j -> assertThat(j.getStatus()).isEqualTo(JudgementStatus.DONE));
        // the live workshop view (the asynchronous links' truth) now has the group at GOAL
        assertThat(facilitation.live(id).group().nodes().get(0).group()).isPresent();

        // anonymous: revealed values carry no names
        SessionState anon = sessions.anonymous(id, eco.round(), true);
        sessions.vote(ana, anon.round(), 1);
        SessionState anonRevealed = sessions.reveal(id, anon.round());
        assertThat(anonRevealed.voters()).allSatisfy(v -> assertThat(v.value()).isEmpty());
        assertThat(anonRevealed.reveal()).isPresent();

        SessionState end = sessions.next(id, anonRevealed.round());
        assertThat(end.phase()).isEqualTo(SessionPhase.FINISHED);
        assertThat(sessions.current(id)).isEmpty();
        assertThat(heard).extracting(SessionChanged::kind).contains(SessionChanged.Kind.VOTE,
                SessionChanged.Kind.STATE);
        off.run();
    }

    @Test
    void a_hand_over_needs_a_facilitator_account_and_then_only_the_new_leader_leads() {
        long id = workshop();
        invite(id, "Ana", 1);
        SessionState s = sessions.open(id, false);
        assertThatThrownBy(() -> sessions.handOver(id, s.round(), "nobody-here"))
                .isInstanceOfSatisfying(WorkshopInputException.class, e -> assertThat(e.field()).isEqualTo("handOver"));
        SessionState handed = sessions.handOver(id, s.round(), "admin");
        assertThat(handed.facilitator()).isEqualTo("admin");
        assertThatThrownBy(() -> sessions.next(id, handed.round()))
                .isInstanceOfSatisfying(WorkshopInputException.class,
                        e -> assertThat(e.field()).isEqualTo("facilitator"));
    }

    @Test
    @WithMockUser(username = "someone", roles = "EXPERT")
    void an_expert_account_cannot_open_or_lead_a_session() {
        assertThatThrownBy(() -> sessions.open(1, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.current(1)).isInstanceOf(AccessDeniedException.class);
    }

    // ------------------------------------------------------------ issue 16 items 2-3: comments, modes, accounts

    private static ExpertCredential link(String token) {
        return ExpertCredential.link(token);
    }

    @Test
    void a_comment_travels_with_the_judgement_to_the_facilitator_and_the_committee_record() {
        long id = workshop();
        String ana = invite(id, "Ana", 1);
        fixture.experts().answer(ana, "GOAL", 0, 1, 3);
        // (Social, Economic) is the pair (Economic, Social): one comment per pair, either way round
        NodeTask t = fixture.experts().comment(link(ana), "GOAL", 1, 0, "  Revenue decides whether the investor comes.  ");
        assertThat(t.comment(0)).isEqualTo("Revenue decides whether the investor comes.");
        assertThat(fixture.experts().open(ana).nodes().get(0).comments()).containsEntry(0, t.comment(0));

        // the facilitator's results page (participants' answers)
        ExpertNodeStatus seen = facilitation.live(id).group().nodes().stream()
                .filter(n -> n.nodeId().equals("GOAL")).findFirst().orElseThrow().experts().get(0);
        assertThat(seen.comments()).singleElement().satisfies(c -> {
            assertThat(c.left()).isEqualTo("Economic");
            assertThat(c.right()).isEqualTo("Social");
            assertThat(c.text()).isEqualTo("Revenue decides whether the investor comes.");
        });

        // the committee record (PDF/Excel/JSON), anonymised when the workshop says so
        fixture.setup().saveCommitteeRules(id, fixture.setup().setup(id).version(), null, true);
        CommitteeRecord.Judgement j = ranking.results(id).committee().groups().stream()
                .filter(g -> g.nodeId().equals("GOAL")).findFirst().orElseThrow().judgements().get(0);
        assertThat(j.expert()).isEqualTo("Expert 1");
        assertThat(j.comments()).containsExactly(new CommitteeRecord.Comment(0, 1,
                "Revenue decides whether the investor comes."));

        // blank removes it
        assertThat(fixture.experts().comment(link(ana), "GOAL", 0, 1, " ").comments()).isEmpty();
    }

    @Test
    void a_comment_longer_than_the_limit_is_refused_naming_the_pair_and_nothing_is_stored() {
        long id = workshop();
        String ana = invite(id, "Ana", 1);
        String tooLong = "x".repeat(ExpertJudgementService.COMMENT_MAX + 1);
        assertThatThrownBy(() -> fixture.experts().comment(link(ana), "GOAL", 0, 2, tooLong))
                .isInstanceOfSatisfying(WorkshopInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.getMessage()).contains("Economic", "Technical", "501", "500");
                });
        assertThat(fixture.experts().comment(link(ana), "GOAL", 0, 2, "x".repeat(ExpertJudgementService.COMMENT_MAX))
                .comment(1)).hasSize(ExpertJudgementService.COMMENT_MAX);
        assertThatThrownBy(() -> fixture.experts().comment(link(ana), "GOAL", 1, 1, "same element"))
                .isInstanceOfSatisfying(WorkshopInputException.class, e -> assertThat(e.field()).isEqualTo("pair"));
    }

    @Test
    void a_stale_copy_of_a_judgement_cannot_overwrite_a_newer_comment() {
        long id = workshop();
        String ana = invite(id, "Ana", 1);
        fixture.experts().answer(ana, "GOAL", 0, 1, 3);
        ExpertJudgement stale = judgements.findByParticipantWorkshopIdAndNodeId(id, "GOAL").get(0);
        fixture.experts().comment(link(ana), "GOAL", 0, 1, "written in the other tab");
        stale.setComment(0, "older text", java.time.Instant.now());
        assertThatThrownBy(() -> judgements.saveAndFlush(stale))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(fixture.experts().open(ana).nodes().get(0).comment(0)).isEqualTo("written in the other tab");
    }

    @Test
    void the_judgement_mode_is_remembered_per_expert_without_touching_the_participants_version() {
        long id = workshop();
        String ana = invite(id, "Ana", 1);
        String bo = invite(id, "Bo", 1);
        assertThat(fixture.experts().mode(link(ana))).isEmpty();
        long before = participantRows.findByWorkshopIdOrderById(id).get(0).getVersion();
        fixture.experts().chooseMode(link(ana), JudgementMode.NUMERICAL);
        assertThat(fixture.experts().mode(link(ana))).contains(JudgementMode.NUMERICAL);
        assertThat(fixture.experts().mode(link(bo))).isEmpty();
        // a preference: a facilitator editing Ana meanwhile is not told "changed by someone else"
        assertThat(participantRows.findByWorkshopIdOrderById(id).get(0).getVersion()).isEqualTo(before);
    }

    @Test
    void live_comments_reach_the_facilitator_and_hide_names_in_an_anonymous_session() {
        long id = workshop();
        String ana = invite(id, "Ana", 1);
        SessionState s = sessions.open(id, false);
        sessions.vote(ana, s.round(), 3);
        ExpertSeat seat = sessions.comment(link(ana), s.round(), "Grid fees dominate");
        assertThat(seat.myComment()).isEqualTo("Grid fees dominate");
        // the expert's own screen never receives the others' comments
        assertThat(seat.session().orElseThrow().comments()).isEmpty();
        SessionState seen = sessions.current(id).orElseThrow();
        assertThat(seen.comments()).containsExactly(new SessionState.Remark(java.util.Optional.of("Ana"),
                "Grid fees dominate"));
        // the comment landed in the judgement the answers page shows
        assertThat(fixture.experts().open(ana).nodes().get(0).comment(0)).isEqualTo("Grid fees dominate");
        SessionState anonymous = sessions.anonymous(id, seen.round(), true);
        assertThat(anonymous.comments()).extracting(SessionState.Remark::expert)
                .containsExactly(java.util.Optional.empty());
        // once the facilitator moved on, a comment for the old pair is refused
        sessions.next(id, anonymous.round());
        assertThatThrownBy(() -> sessions.comment(link(ana), anonymous.round(), "late"))
                .isInstanceOfSatisfying(WorkshopInputException.class, e -> assertThat(e.field()).isEqualTo("round"));
    }

    @Test
    void an_expert_account_joins_the_live_session_as_its_participant_and_only_its_own() {
        long id = workshop();
        long anaId = fixture.participants().invite(id, new ParticipantProfile("Ana", OrganisationType.GRID_COMPANY, "Planner",
                1, null), Duration.ofDays(1), "ana").id();
        long boId = fixture.participants().invite(id, new ParticipantProfile("Bo", OrganisationType.GRID_COMPANY, "Planner",
                1, null), Duration.ofDays(1), "bo").id();
        SessionState s = sessions.open(id, false);
        runAs("ana", "EXPERT");
        try {
            ExpertCredential.Account mine = new ExpertCredential.Account(anaId);
            assertThat(sessions.sessionOpen(mine)).isTrue();
            ExpertSeat seat = sessions.seat(mine);
            assertThat(seat.expertName()).isEqualTo("Ana");
            assertThat(seat.session()).hasValueSatisfying(x -> assertThat(x.round()).isEqualTo(s.round()));
            sessions.vote(mine, s.round(), 5);
            // another expert's participation is refused, as its link would be without the token
            ExpertCredential.Account bos = new ExpertCredential.Account(boId);
            assertThatThrownBy(() -> sessions.seat(bos)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.vote(bos, s.round(), 5)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.sessionOpen(bos)).isInstanceOf(AccessDeniedException.class);
        } finally {
            runAs("lead", "FACILITATOR");
        }
        assertThat(sessions.current(id).orElseThrow().voters()).filteredOn(SessionState.Voter::voted)
                .extracting(SessionState.Voter::name).containsExactly("Ana");
        sessions.end(id, sessions.current(id).orElseThrow().round());
        runAs("ana", "EXPERT");
        try {
            assertThat(sessions.sessionOpen(new ExpertCredential.Account(anaId))).isFalse();
        } finally {
            runAs("lead", "FACILITATOR");
        }
    }

    private static void runAs(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
