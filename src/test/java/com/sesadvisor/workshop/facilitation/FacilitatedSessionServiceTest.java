package com.sesadvisor.workshop.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sesadvisor.engine.ahp.PairVotes;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.TestWorkshops;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.sesadvisor.workshop.results.FacilitationService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "lead", roles = "FACILITATOR")
class FacilitatedSessionServiceTest {

    @Autowired
    TestWorkshops fixture;
    @Autowired
    FacilitatedSessionService sessions;
    @Autowired
    ExpertJudgementService experts;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    ExpertJudgementRepository judgements;
    @Autowired
    SessionBroadcaster broadcaster;

    /** Goal over three criteria (three pairs), Economic over two indicators (one pair). */
    private long workshop() {
        return fixture.workshop("Live", null, "lead").hierarchy(TestWorkshops.threeCriteria("Value"))
                .settings(TestWorkshops.aij(false)).create();
    }

    private String invite(long id, String name, double weight) {
        return fixture.invite(id, new ParticipantProfile(name, OrganisationType.GRID_COMPANY, "Planner", weight, null),
                Duration.ofDays(1));
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
}
