package com.sesadvisor.workshop.facilitation;

import com.sesadvisor.workshop.answers.LiveSessions;
import com.sesadvisor.engine.ahp.group.Consensus;
import com.sesadvisor.engine.ahp.group.ConsensusScale;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyNode;
import com.sesadvisor.engine.ahp.PairVotes;
import com.sesadvisor.engine.ahp.SaatyScale;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.security.Actor;
import com.sesadvisor.security.Role;
import com.sesadvisor.workshop.ExpertJudgement;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.invitation.InvalidInvitationException;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.consistency.NodeConsistency;
import com.sesadvisor.workshop.consistency.NodeConsistencyCalculator;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.ParticipantRepository;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.WorkshopRepository;
import com.sesadvisor.workshop.answers.ExpertCredential;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitated session: the facilitator opens it, puts pair after pair on every screen, reveals the votes, asks
 * for a re-vote, goes back or skips, hands over to another facilitator and ends it. Experts vote through their
 * invitation link (re-validated on every vote, like the link page). A vote is written through
 * {@link ExpertJudgementService#answer}, the very path of the asynchronous links; leaving a node marks it done for
 * every expert who answered all its pairs, so the committee's results include it.
 *
 * <p>Only the session's current facilitator (or an admin) may lead it; a stale view's command is refused.
 */
@Service
@Transactional
public class FacilitatedSessionService implements LiveSessions {

    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;
    private final ExpertJudgementRepository judgements;
    private final FacilitatedSessionRepository sessions;
    private final SessionVoteRepository votes;
    private final ExpertJudgementService experts;
    private final NodeConsistencyCalculator consistency;
    private final UserDetailsService users;
    private final Actor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FacilitatedSessionService(WorkshopRepository workshops, ParticipantRepository participants,
                              ExpertJudgementRepository judgements, FacilitatedSessionRepository sessions,
                              SessionVoteRepository votes, ExpertJudgementService experts,
                              NodeConsistencyCalculator consistency,
                              UserDetailsService users, Actor actor, ApplicationEventPublisher events, Clock clock) {
        this.workshops = workshops;
        this.participants = participants;
        this.judgements = judgements;
        this.sessions = sessions;
        this.votes = votes;
        this.experts = experts;
        this.consistency = consistency;
        this.users = users;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- facilitator

    /** The running session of a workshop, if any. */
    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    @Transactional(readOnly = true)
    public Optional<SessionState> current(long workshopId) {
        workshop(workshopId);
        return sessions.findFirstByWorkshopIdAndActiveTrueOrderByIdDesc(workshopId).map(this::state);
    }

    /** Opens a session at the first pair of the first compared node, led by the caller. */
    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public SessionState open(long workshopId, boolean anonymous) {
        Workshop w = workshop(workshopId);
        if (sessions.findFirstByWorkshopIdAndActiveTrueOrderByIdDesc(workshopId).isPresent()) {
            throw new WorkshopInputException("session", Text.of("workshop.session.error.running"));
        }
        List<HierarchyNode> nodes = nodes(w);
        if (nodes.isEmpty()) {
            throw new WorkshopInputException("hierarchy", Text.of("workshop.session.error.noNodes"));
        }
        FacilitatedSession s = sessions.saveAndFlush(new FacilitatedSession(w, actor.name("facilitator"),
                nodes.get(0).id(), anonymous, clock.instant()));
        return changed(s);
    }

    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public SessionState reveal(long workshopId, int round) {
        FacilitatedSession s = led(workshopId, round);
        s.reveal(clock.instant());
        return changed(s);
    }

    /** The same pair again: a new round, earlier votes of this pair stay in the judgements until replaced. */
    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public SessionState revote(long workshopId, int round) {
        FacilitatedSession s = led(workshopId, round);
        s.moveTo(s.getNodeId(), s.getPairIndex(), clock.instant());
        return changed(s);
    }

    /**
     * The next pair (also "skip": no votes are needed). Leaving a node's last pair marks that node done for every
     * expert who answered all its pairs; after the last node the session ends.
     */
    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public SessionState next(long workshopId, int round) {
        FacilitatedSession s = led(workshopId, round);
        List<HierarchyNode> nodes = nodes(s.getWorkshop());
        int ni = indexOf(nodes, s.getNodeId());
        int pairs = pairCount(nodes.get(ni));
        if (s.getPairIndex() < pairs - 1) {
            s.moveTo(s.getNodeId(), s.getPairIndex() + 1, clock.instant());
        } else {
            completeNode(s.getWorkshop(), nodes.get(ni).id());
            if (ni + 1 < nodes.size()) {
                s.moveTo(nodes.get(ni + 1).id(), 0, clock.instant());
            } else {
                s.finish(clock.instant());
            }
        }
        return changed(s);
    }

    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public SessionState previous(long workshopId, int round) {
        FacilitatedSession s = led(workshopId, round);
        List<HierarchyNode> nodes = nodes(s.getWorkshop());
        int ni = indexOf(nodes, s.getNodeId());
        if (s.getPairIndex() > 0) {
            s.moveTo(s.getNodeId(), s.getPairIndex() - 1, clock.instant());
        } else if (ni > 0) {
            s.moveTo(nodes.get(ni - 1).id(), pairCount(nodes.get(ni - 1)) - 1, clock.instant());
        }
        return changed(s);
    }

    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public SessionState anonymous(long workshopId, int round, boolean anonymous) {
        FacilitatedSession s = led(workshopId, round);
        s.setAnonymous(anonymous, clock.instant());
        return changed(s);
    }

    /** Another facilitator (an enabled account with the FACILITATOR or ADMIN role) leads from now on. */
    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public SessionState handOver(long workshopId, int round, String username) {
        FacilitatedSession s = led(workshopId, round);
        String to = username == null ? "" : username.strip();
        UserDetails user;
        try {
            user = users.loadUserByUsername(to);
        } catch (UsernameNotFoundException e) {
            throw new WorkshopInputException("handOver", Text.of("workshop.session.error.noFacilitator", to));
        }
        boolean facilitator = user.isEnabled() && user.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_" + Role.FACILITATOR) || a.getAuthority().equals("ROLE_" + Role.ADMIN));
        if (!facilitator) {
            throw new WorkshopInputException("handOver", Text.of("workshop.session.error.noFacilitator", to));
        }
        s.handOver(user.getUsername(), clock.instant());
        return changed(s);
    }

    /** Ends the session; the node on the table is marked done for the experts who answered all its pairs. */
    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public SessionState end(long workshopId, int round) {
        FacilitatedSession s = led(workshopId, round);
        completeNode(s.getWorkshop(), s.getNodeId());
        s.finish(clock.instant());
        return changed(s);
    }

    // ---------------------------------------------------------------- expert

    /** What the expert's screen shows; the link is checked like on the invitation page. */
    @Transactional(readOnly = true)
    public ExpertSeat seat(String token) {
        return seat(ExpertCredential.link(token));
    }

    /**
     * What the expert's screen shows, joined by link or from the expert's own account: the credential is checked
     * exactly as on the answers page (an account must be tied to the participant).
     */
    @Transactional(readOnly = true)
    public ExpertSeat seat(ExpertCredential credential) {
        Participant p = participant(credential);
        Workshop w = p.getWorkshop();
        Optional<FacilitatedSession> s = sessions.findFirstByWorkshopIdOrderByIdDesc(w.getId());
        Optional<Double> mine = s.flatMap(x -> votes.findBySessionIdAndParticipantIdAndRound(x.getId(), p.getId(),
                x.getRound())).map(SessionVote::getValue);
        String comment = s.map(x -> myComment(x, p)).orElse("");
        return new ExpertSeat(p.getId(), p.profile().name(), w.getId(), w.getName(),
                s.map(x -> state(x).withoutValues()), mine, comment);
    }

    /** Whether a facilitated session is open for the credential's workshop (the account page offers to join). */
    @Override
    @Transactional(readOnly = true)
    public boolean sessionOpen(ExpertCredential credential) {
        Participant p = participant(credential);
        return sessions.findFirstByWorkshopIdAndActiveTrueOrderByIdDesc(p.getWorkshop().getId()).isPresent();
    }

    public ExpertSeat vote(String token, int round, double value) {
        return vote(ExpertCredential.link(token), round, value);
    }

    /**
     * The expert's vote on the pair on the table: how many times its first element is more important than the
     * second (a Saaty value). Refused once the votes are revealed or when the facilitator has moved on
     * ({@code round} is the round the expert's screen showed).
     */
    public ExpertSeat vote(ExpertCredential credential, int round, double value) {
        Participant p = participant(credential);
        FacilitatedSession s = running(p);
        if (s.getRound() != round || s.getPhase() != SessionPhase.VOTING) {
            throw new WorkshopInputException("round", Text.of("workshop.session.error.movedOn"));
        }
        int[] pair = pair(nodes(s.getWorkshop()).get(indexOf(nodes(s.getWorkshop()), s.getNodeId())),
                s.getPairIndex());
        experts.answer(credential, s.getNodeId(), pair[0], pair[1], value); // validates, stores the judgement
        double stored = SaatyScale.nearest(value);
        votes.findBySessionIdAndParticipantIdAndRound(s.getId(), p.getId(), round).ifPresentOrElse(
                v -> v.change(stored, clock.instant()),
                () -> votes.save(new SessionVote(s, p, stored, clock.instant())));
        votes.flush();
        events.publishEvent(new SessionChanged(p.getWorkshop().getId(), SessionChanged.Kind.VOTE));
        return new ExpertSeat(p.getId(), p.profile().name(), p.getWorkshop().getId(), p.getWorkshop().getName(),
                Optional.empty(), Optional.of(stored), myComment(s, p));
    }

    /**
     * Why the expert votes as they do on the pair on the table, stored with their judgement (the same comment the
     * answers page shows); allowed while voting and during the discussion after the reveal, refused once the
     * facilitator has moved on. The facilitator's screen shows it at once.
     */
    public ExpertSeat comment(ExpertCredential credential, int round, String comment) {
        Participant p = participant(credential);
        FacilitatedSession s = running(p);
        if (s.getRound() != round) {
            throw new WorkshopInputException("round", Text.of("workshop.session.error.movedOn"));
        }
        int[] pair = pair(nodes(s.getWorkshop()).get(indexOf(nodes(s.getWorkshop()), s.getNodeId())),
                s.getPairIndex());
        experts.comment(credential, s.getNodeId(), pair[0], pair[1], comment);
        events.publishEvent(new SessionChanged(p.getWorkshop().getId(), SessionChanged.Kind.VOTE));
        return seat(credential);
    }

    // ---------------------------------------------------------------- internals

    private Participant participant(ExpertCredential credential) {
        long id = experts.participantId(credential); // checks the link or the account like the answers page
        return participants.findById(id).orElseThrow(
                () -> new InvalidInvitationException(com.sesadvisor.workshop.InvitationProblem.UNKNOWN));
    }

    private FacilitatedSession running(Participant p) {
        return sessions.findFirstByWorkshopIdAndActiveTrueOrderByIdDesc(p.getWorkshop().getId())
                .orElseThrow(() -> new WorkshopInputException("session", Text.of("workshop.session.error.none")));
    }

    /** The participant's comment on the session's current pair, "" for none. */
    private String myComment(FacilitatedSession s, Participant p) {
        return judgements.findByParticipantIdAndNodeId(p.getId(), s.getNodeId())
                .map(j -> j.getComments().getOrDefault(s.getPairIndex(), "")).orElse("");
    }

    private Workshop workshop(long id) {
        return workshops.findById(id).orElseThrow(() -> new WorkshopNotFoundException(id));
    }

    /** The running session, led by the caller, still at the round the caller's screen showed. */
    private FacilitatedSession led(long workshopId, int round) {
        FacilitatedSession s = sessions.findFirstByWorkshopIdAndActiveTrueOrderByIdDesc(workshopId)
                .orElseThrow(() -> new WorkshopInputException("session", Text.of("workshop.session.error.none")));
        if (!s.getFacilitator().equalsIgnoreCase(actor.name("")) && !actor.hasAnyRole(Role.ADMIN)) {
            throw new WorkshopInputException("facilitator",
                    Text.of("workshop.session.error.notLeader", s.getFacilitator()));
        }
        if (s.getRound() != round) {
            throw new WorkshopInputException("round", Text.of("workshop.session.error.stale"));
        }
        return s;
    }

    private SessionState changed(FacilitatedSession s) {
        sessions.saveAndFlush(s);
        events.publishEvent(new SessionChanged(s.getWorkshop().getId(), SessionChanged.Kind.STATE));
        return state(s);
    }

    private void completeNode(Workshop w, String nodeId) {
        for (ExpertJudgement j : judgements.findByParticipantWorkshopIdAndNodeId(w.getId(), nodeId)) {
            double[] upper = j.getUpper();
            if (j.getStatus() == JudgementStatus.OPEN && NodeConsistencyCalculator.answered(upper) == upper.length) {
                try {
                    experts.completeNode(j.getParticipant().getToken(), nodeId);
                } catch (InvalidInvitationException | WorkshopInputException e) {
                    // an expired, revoked or finished link keeps its node as it was
                }
            }
        }
    }

    private static List<HierarchyNode> nodes(Workshop w) {
        // labelled in the viewer's language: each screen asks for its own state
        return WorkshopHierarchy.comparedNodes(WorkshopHierarchy.toHierarchy(
                WorkshopHierarchy.displayed(w.getNodes())));
    }

    private static int indexOf(List<HierarchyNode> nodes, String id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new WorkshopInputException("node", Text.of("workshop.expert.error.noNode", id));
    }

    private static int pairCount(HierarchyNode node) {
        int n = node.children().size();
        return n * (n - 1) / 2;
    }

    /** Row and column (i < j) of the k-th pair in row-major order. */
    static int[] pair(HierarchyNode node, int k) {
        int n = node.children().size();
        for (int i = 0, c = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++, c++) {
                if (c == k) {
                    return new int[] {i, j};
                }
            }
        }
        throw new IndexOutOfBoundsException("pair " + k);
    }

    private SessionState state(FacilitatedSession s) {
        Workshop w = s.getWorkshop();
        List<HierarchyNode> nodes = nodes(w);
        int ni = indexOf(nodes, s.getNodeId());
        HierarchyNode node = nodes.get(ni);
        int[] pair = pair(node, s.getPairIndex());
        List<Participant> people = participants.findByWorkshopIdOrderById(w.getId());
        Map<Long, Double> roundVotes = new HashMap<>();
        votes.findBySessionIdAndRound(s.getId(), s.getRound())
                .forEach(v -> roundVotes.put(v.getParticipant().getId(), v.getValue()));
        boolean revealed = s.getPhase() == SessionPhase.REVEALED;
        List<SessionState.Voter> voters = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Participant p : people) {
            Double v = roundVotes.get(p.getId());
            voters.add(new SessionState.Voter(p.getId(), p.profile().name(), v != null,
                    revealed && !s.isAnonymous() ? Optional.ofNullable(v) : Optional.empty()));
            if (v != null) {
                values.add(v);
                weights.add(p.profile().expertiseWeight());
            }
        }
        Optional<PairVotes> reveal = revealed && !values.isEmpty()
                ? Optional.of(PairVotes.of(values.stream().mapToDouble(Double::doubleValue).toArray(),
                        weights.stream().mapToDouble(Double::doubleValue).toArray()))
                : Optional.empty();
        NodeGroup group = nodeGroup(node, people);
        return new SessionState(s.getId(), w.getId(), w.getName(), s.getFacilitator(), s.isAnonymous(),
                s.getPhase(), s.getRound(), node.id(), node.name(), ni, nodes.size(), s.getPairIndex(),
                pairCount(node), node.children().get(pair[0]).name(), node.children().get(pair[1]).name(), voters,
                reveal, group.cr(), group.sStar(), remarks(s, node, people));
    }

    /** The experts' comments on the current pair, without names when the session or the workshop is anonymous. */
    private List<SessionState.Remark> remarks(FacilitatedSession s, HierarchyNode node, List<Participant> people) {
        boolean anonymous = s.isAnonymous() || s.getWorkshop().isAnonymiseExperts();
        List<String> ids = node.children().stream().map(HierarchyNode::id).toList();
        Map<Long, String> byExpert = new HashMap<>();
        for (ExpertJudgement j : judgements.findByParticipantWorkshopIdAndNodeId(s.getWorkshop().getId(), node.id())) {
            String c = j.getElements().equals(ids) ? j.getComments().get(s.getPairIndex()) : null;
            if (c != null) {
                byExpert.put(j.getParticipant().getId(), c);
            }
        }
        List<SessionState.Remark> out = new ArrayList<>();
        for (Participant p : people) {
            String c = byExpert.get(p.getId());
            if (c != null) {
                out.add(new SessionState.Remark(anonymous ? Optional.empty() : Optional.of(p.profile().name()), c));
            }
        }
        return out;
    }

    private record NodeGroup(Optional<Double> cr, Optional<Double> sStar) {
    }

    /**
     * The group at this node so far, from the stored judgements (links and votes alike): the CR of the matrix of
     * per-pair weighted geometric means (Harker's completion for pairs nobody answered yet), and S* over the
     * priorities of the experts whose answers connect the node.
     */
    private NodeGroup nodeGroup(HierarchyNode node, List<Participant> people) {
        int n = node.children().size();
        List<String> ids = node.children().stream().map(HierarchyNode::id).toList();
        Map<Long, Double> weightOf = new HashMap<>();
        people.forEach(p -> weightOf.put(p.getId(), p.profile().expertiseWeight()));
        double[] logSum = new double[n * (n - 1) / 2];
        double[] weightSum = new double[logSum.length];
        List<double[]> priorities = new ArrayList<>();
        for (ExpertJudgement j : judgements.findByParticipantWorkshopIdAndNodeId(
                people.isEmpty() ? -1L : people.get(0).getWorkshop().getId(), node.id())) {
            if (!j.getElements().equals(ids) || !weightOf.containsKey(j.getParticipant().getId())) {
                continue;
            }
            double[] upper = j.getUpper();
            double wt = weightOf.get(j.getParticipant().getId());
            for (int k = 0; k < upper.length; k++) {
                if (!Double.isNaN(upper[k])) {
                    logSum[k] += wt * Math.log(upper[k]);
                    weightSum[k] += wt;
                }
            }
            consistency.of(node.id(), n, upper).map(NodeConsistency::assessment)
                    .ifPresent(a -> priorities.add(a.result().weights()));
        }
        double[] group = new double[logSum.length];
        for (int k = 0; k < group.length; k++) {
            group[k] = weightSum[k] > 0 ? Math.exp(logSum[k] / weightSum[k]) : Double.NaN;
        }
        Optional<Double> cr = consistency.of(node.id(), n, group).map(NodeConsistency::cr);
        Optional<Double> sStar = priorities.size() < 2 ? Optional.empty()
                : Optional.of(Consensus.of(priorities, SaatyScale.MAX, ConsensusScale.DEFAULT).sStar());
        return new NodeGroup(cr, sStar);
    }
}
