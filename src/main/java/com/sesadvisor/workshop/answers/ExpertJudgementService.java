package com.sesadvisor.workshop.answers;

import com.sesadvisor.engine.ahp.hierarchy.Hierarchy;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyNode;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.SaatyScale;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.workshop.ExpertJudgement;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.invitation.InvalidInvitationException;
import com.sesadvisor.workshop.invitation.InvitationTokens;
import com.sesadvisor.workshop.sources.IndicatorSourceChoiceRepository;
import com.sesadvisor.workshop.sources.IndicatorSources;
import java.util.Set;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.consistency.NodeConsistencyCalculator;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.ParticipantRepository;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.group.GroupJudgementAggregator;
import com.sesadvisor.workshop.group.GroupSnapshot;
import com.sesadvisor.security.Actor;
import com.sesadvisor.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert's side, reached through an invitation link without an account, or from the expert's own account
 * ({@link ExpertCredential}). The token is the credential of a link: every method re-validates it (unknown, expired or revoked → {@link InvalidInvitationException}, no data) and works only
 * on that participant's own judgements. Every answer is stored at once, so a closed tab loses nothing.
 */
@Service
@Transactional
public class ExpertJudgementService {

    /** The longest comment on one judgement, in characters (the column holds twice that). */
    public static final int COMMENT_MAX = 500;

    private final ParticipantRepository participants;
    private final ExpertJudgementRepository judgements;
    private final NodeConsistencyCalculator consistency;
    private final GroupJudgementAggregator groups;
    private final InvitationTokens tokens;
    private final IndicatorSourceChoiceRepository sources;
    private final Clock clock;
    private final Actor actor;

    ExpertJudgementService(ParticipantRepository participants, ExpertJudgementRepository judgements,
                           NodeConsistencyCalculator consistency, GroupJudgementAggregator groups, InvitationTokens tokens,
                           IndicatorSourceChoiceRepository sources, Clock clock, Actor actor) {
        this.sources = sources;
        this.actor = actor;
        this.participants = participants;
        this.judgements = judgements;
        this.consistency = consistency;
        this.groups = groups;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ExpertWorkspace open(String token) {
        return open(ExpertCredential.link(token));
    }

    @Transactional(readOnly = true)
    public ExpertWorkspace open(ExpertCredential credential) {
        return workspace(participant(credential));
    }

    /**
     * The participations of the signed-in account (newest first), each with the workshop's name, so the account can
     * answer without its link ("My workshops"). Revoked participations are left out.
     */
    @Transactional(readOnly = true)
    public List<MyParticipation> mine() {
        String account = actor.name("");
        if (account.isEmpty()) {
            return List.of();
        }
        return participants.ofAccount(account).stream().filter(p -> !p.isRevoked())
                .map(p -> new MyParticipation(p.getId(), p.getWorkshop().getId(), p.getWorkshop().getName(),
                        p.profile().name(), p.getFinishedAt() != null)).toList();
    }

    /** One workshop the signed-in account takes part in. */
    public record MyParticipation(long participantId, long workshopId, String workshopName, String participantName,
                                  boolean finished) {
    }

    /**
     * Stores one judgement: how many times element {@code row} is more important than element {@code col} at the node
     * (a Saaty value 1/9..9; below 1 means the column element is more important).
     */
    public NodeTask answer(String token, String nodeId, int row, int col, double value) {
        return answer(ExpertCredential.link(token), nodeId, row, col, value);
    }

    public NodeTask answer(ExpertCredential credential, String nodeId, int row, int col, double value) {
        Participant p = participant(credential);
        requireNotFinished(p);
        HierarchyNode node = comparedNode(p, nodeId);
        int n = requirePair(node, row, col);
        double snapped = SaatyScale.nearest(value);
        if (!(value > 0) || Math.abs(snapped - value) > 1e-6 * snapped) {
            throw new WorkshopInputException("value", Text.of("workshop.expert.error.scale"));
        }
        int i = Math.min(row, col);
        int j = Math.max(row, col);
        double upperValue = row < col ? snapped : SaatyScale.nearest(1.0 / snapped);
        ExpertJudgement judgement = judgementFor(p, node);
        double[] upper = judgement.getUpper();
        upper[PairwiseMatrix.upperTriangleIndex(n, i, j)] = upperValue;
        judgement.setUpper(upper);
        if (judgement.getStatus() == JudgementStatus.SKIPPED) {
            judgement.setStatus(JudgementStatus.OPEN, clock.instant());
        }
        judgement.touch(clock.instant());
        judgements.saveAndFlush(judgement);
        return task(p, node, judgement, Optional.empty());
    }

    /**
     * Stores why the expert judged the pair of elements {@code row} and {@code col} as they did (blank removes the
     * comment). At most {@link #COMMENT_MAX} characters; a comment on a finished participation is refused like an
     * answer.
     */
    public NodeTask comment(ExpertCredential credential, String nodeId, int row, int col, String comment) {
        Participant p = participant(credential);
        requireNotFinished(p);
        HierarchyNode node = comparedNode(p, nodeId);
        int n = requirePair(node, row, col);
        int i = Math.min(row, col);
        int j = Math.max(row, col);
        checkComment("comment", node, i, j, comment);
        ExpertJudgement judgement = judgementFor(p, node);
        judgement.setComment(PairwiseMatrix.upperTriangleIndex(n, i, j), comment, clock.instant());
        judgements.saveAndFlush(judgement);
        return task(p, node, judgement, Optional.empty());
    }

    /** The node's element count, once (row, col) is a pair of two of its elements. */
    private static int requirePair(HierarchyNode node, int row, int col) {
        int n = node.children().size();
        if (row < 0 || col < 0 || row >= n || col >= n || row == col) {
            throw new WorkshopInputException("pair", Text.of("workshop.expert.error.noPair", row, col, node.name()));
        }
        return n;
    }

    private static void checkComment(String field, HierarchyNode node, int i, int j, String comment) {
        if (comment != null && comment.strip().length() > COMMENT_MAX) {
            throw new WorkshopInputException(field, Text.of("workshop.expert.error.commentTooLong",
                    node.children().get(i).name(), node.children().get(j).name(), COMMENT_MAX,
                    comment.strip().length()));
        }
    }

    /** The judgement mode the participant last chose, if any (the page's own default otherwise). */
    @Transactional(readOnly = true)
    public Optional<JudgementMode> mode(ExpertCredential credential) {
        return Optional.ofNullable(participant(credential).getJudgementMode())
                .map(m -> JudgementMode.of(m, JudgementMode.VERBAL));
    }

    /** Remembers the participant's judgement mode, for the answers page and the live session alike. */
    public void chooseMode(ExpertCredential credential, JudgementMode mode) {
        Participant p = participant(credential);
        p.setJudgementMode(mode.name());
        participants.saveAndFlush(p);
    }

    /**
     * The participant behind a credential, checked as for every other call (for the live session, which works on
     * the same participant whether joined by link or by account).
     */
    @Transactional(readOnly = true)
    public long participantId(ExpertCredential credential) {
        return participant(credential).getId();
    }

    /** Marks the node done; every pair must be answered (an inconsistent node may be kept, the facilitator sees it). */
    public NodeTask completeNode(String token, String nodeId) {
        return completeNode(ExpertCredential.link(token), nodeId);
    }

    public NodeTask completeNode(ExpertCredential credential, String nodeId) {
        return mark(credential, nodeId, JudgementStatus.DONE);
    }

    /** The expert leaves this node to the others (their answers so far are kept but not used). */
    public NodeTask skipNode(String token, String nodeId) {
        return skipNode(ExpertCredential.link(token), nodeId);
    }

    public NodeTask skipNode(ExpertCredential credential, String nodeId) {
        return mark(credential, nodeId, JudgementStatus.SKIPPED);
    }

    /** Sets the node's status for this expert; done needs every pair answered. */
    private NodeTask mark(ExpertCredential credential, String nodeId, JudgementStatus status) {
        Participant p = participant(credential);
        requireNotFinished(p);
        HierarchyNode node = comparedNode(p, nodeId);
        ExpertJudgement judgement = judgementFor(p, node);
        if (status == JudgementStatus.DONE
                && NodeConsistencyCalculator.answered(judgement.getUpper()) < judgement.getUpper().length) {
            throw new WorkshopInputException("pairs", Text.of("workshop.expert.error.unanswered", node.name()));
        }
        judgement.setStatus(status, clock.instant());
        judgements.saveAndFlush(judgement);
        return task(p, node, judgement, Optional.empty());
    }

    /** Finishing needs every node done or skipped. */
    public ExpertWorkspace finish(String token) {
        return finish(ExpertCredential.link(token));
    }

    public ExpertWorkspace finish(ExpertCredential credential) {
        Participant p = participant(credential);
        ExpertWorkspace current = workspace(p);
        if (!current.canFinish()) {
            throw new WorkshopInputException("nodes", Text.of("workshop.expert.error.notDone"));
        }
        p.finish(clock.instant());
        participants.saveAndFlush(p);
        return workspace(p);
    }

    /**
     * A whole matrix at once (the API): {@code matrix[i][j]} is how many times element i is more important than
     * element j, {@code null} for a pair not answered. Every given cell must be on Saaty's scale (1/9..9, 4 digits
     * suffice: 0.3333), the diagonal 1, and a pair given both ways reciprocal. Replaces the node's earlier answers;
     * a matrix with every pair answered completes the node, one with gaps leaves it open.
     *
     * @throws WorkshopInputException naming the cell ({@code matrix[i][j]}) or {@code matrix} for the wrong size
     */
    public NodeTask answerMatrix(ExpertCredential credential, String nodeId, Double[][] matrix) {
        return answerMatrix(credential, nodeId, matrix, null);
    }

    /**
     * As {@link #answerMatrix(ExpertCredential, String, Double[][])}, also replacing the node's comments when
     * {@code comments} is given ({@code null} keeps them): each names its pair by row and column, either way round.
     *
     * @throws WorkshopInputException naming {@code comments[k]} for a pair outside the matrix or a comment too long
     */
    public NodeTask answerMatrix(ExpertCredential credential, String nodeId, Double[][] matrix,
                                 List<PairNote> comments) {
        Participant p = participant(credential);
        requireNotFinished(p);
        HierarchyNode node = comparedNode(p, nodeId);
        int n = node.children().size();
        if (matrix == null || matrix.length != n) {
            throw new WorkshopInputException("matrix", Text.of("workshop.error.matrixSize", n, node.name()));
        }
        double[] upper = new double[n * (n - 1) / 2];
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                throw new WorkshopInputException("matrix[" + i + "]", Text.of("workshop.error.matrixSize", n,
                        node.name()));
            }
        }
        for (int i = 0; i < n; i++) {
            Double d = matrix[i][i];
            if (d != null && Math.abs(d - 1) > 1e-9) {
                throw new WorkshopInputException("matrix[" + i + "][" + i + "]",
                        Text.of("workshop.error.matrixDiagonal", i));
            }
            for (int j = i + 1; j < n; j++) {
                Double a = scaleValue(matrix[i][j], i, j);
                Double b = scaleValue(matrix[j][i], j, i);
                if (a != null && b != null && Math.abs(a * b - 1) > 1e-6) {
                    throw new WorkshopInputException("matrix[" + j + "][" + i + "]",
                            Text.of("workshop.error.matrixReciprocal", j, i));
                }
                int k = i * n - i * (i + 1) / 2 + (j - i - 1);
                upper[k] = a != null ? a : b != null ? SaatyScale.nearest(1.0 / b) : Double.NaN;
            }
        }
        Map<Integer, String> notes = new HashMap<>();
        for (int k = 0; comments != null && k < comments.size(); k++) {
            PairNote c = comments.get(k);
            String field = "comments[" + k + "]";
            if (c == null || c.row() < 0 || c.col() < 0 || c.row() >= n || c.col() >= n || c.row() == c.col()) {
                throw new WorkshopInputException(field, Text.of("workshop.expert.error.noPair",
                        c == null ? -1 : c.row(), c == null ? -1 : c.col(), node.name()));
            }
            int i = Math.min(c.row(), c.col());
            int j = Math.max(c.row(), c.col());
            checkComment(field, node, i, j, c.comment());
            notes.put(PairwiseMatrix.upperTriangleIndex(n, i, j), c.comment());
        }
        ExpertJudgement judgement = judgementFor(p, node);
        judgement.setUpper(upper);
        if (comments != null) {
            for (int k = 0; k < upper.length; k++) {
                judgement.setComment(k, notes.get(k), clock.instant());
            }
        }
        boolean complete = NodeConsistencyCalculator.answered(upper) == upper.length;
        judgement.setStatus(complete ? JudgementStatus.DONE : JudgementStatus.OPEN, clock.instant());
        judgements.saveAndFlush(judgement);
        return task(p, node, judgement, Optional.empty());
    }

    /** A comment on the pair of elements {@code row} and {@code col} (the API's {@code comments} entries). */
    public record PairNote(int row, int col, String comment) {
    }

    /** A cell of an API matrix on Saaty's scale (snapped), null when not answered. */
    private static Double scaleValue(Double v, int i, int j) {
        if (v == null) {
            return null;
        }
        double snapped = SaatyScale.nearest(v > 0 && Double.isFinite(v) ? v : 1);
        if (!(v > 0) || !Double.isFinite(v) || Math.abs(snapped - v) > 1e-3 * snapped) {
            throw new WorkshopInputException("matrix[" + i + "][" + j + "]", Text.of("workshop.error.matrixCell",
                    i, j, Text.of("workshop.expert.error.scale")));
        }
        return snapped;
    }

    /** The compared nodes that stop {@code credential}'s participant from finishing: open, and inconsistent ones. */
    @Transactional(readOnly = true)
    public List<NodeTask> unfinishedNodes(ExpertCredential credential) {
        return open(credential).nodes().stream().filter(t -> !t.closed()).toList();
    }

    private Participant participant(ExpertCredential credential) {
        if (credential instanceof ExpertCredential.Link link) {
            return tokens.valid(link.token());
        }
        ExpertCredential.Account a = (ExpertCredential.Account) credential;
        long id = a.participantId();
        Participant p = participants.findById(id)
                .filter(x -> a.workshopId() == null || a.workshopId().equals(x.getWorkshop().getId()))
                .orElseThrow(() -> new com.sesadvisor.workshop.WorkshopNotFoundException(a.workshopId() == null
                        ? -1 : a.workshopId()));
        boolean staff = actor.hasAnyRole(Role.FACILITATOR, Role.ADMIN);
        String account = actor.name("");
        if (!staff && (account.isEmpty() || p.getAccount() == null || !p.getAccount().equalsIgnoreCase(account))) {
            throw new AccessDeniedException("Participant " + id + " is not this account");
        }
        if (p.isRevoked()) {
            throw new InvalidInvitationException(com.sesadvisor.workshop.InvitationProblem.REVOKED);
        }
        return p;
    }

    private static void requireNotFinished(Participant p) {
        if (p.getFinishedAt() != null) {
            throw new WorkshopInputException("finished", Text.of("workshop.expert.error.finished"));
        }
    }

    private static Hierarchy hierarchy(Participant p) {
        return WorkshopHierarchy.built(p.getWorkshop().getNodes());
    }

    /** The criteria nodes, then the alternatives nodes of the indicators the committee compares the models under. */
    private List<HierarchyNode> comparisonNodes(Participant p) {
        Workshop w = p.getWorkshop();
        return IndicatorSources.comparisonNodes(hierarchy(p), WorkshopHierarchy.displayed(w.getNodes()),
                sources.findByWorkshopIdOrderById(w.getId()));
    }

    /** Ids of the alternatives nodes (indicators whose models the committee compares). */
    private Set<String> alternativeIds(Participant p) {
        Workshop w = p.getWorkshop();
        return IndicatorSources.alternativesNodes(WorkshopHierarchy.fromRows(w.getNodes()),
                sources.findByWorkshopIdOrderById(w.getId())).stream().map(HierarchyNode::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    private HierarchyNode comparedNode(Participant p, String nodeId) {
        return comparisonNodes(p).stream().filter(n -> n.id().equals(nodeId)).findFirst()
                .orElseThrow(() -> new WorkshopInputException("node", Text.of("workshop.expert.error.noNode", nodeId)));
    }

    private ExpertJudgement judgementFor(Participant p, HierarchyNode node) {
        List<String> ids = node.children().stream().map(HierarchyNode::id).toList();
        Instant now = clock.instant();
        ExpertJudgement j = judgements.findByParticipantIdAndNodeId(p.getId(), node.id())
                .orElseGet(() -> new ExpertJudgement(p, node.id(), ids, now));
        if (!j.getElements().equals(ids)) {
            j.reset(ids, now);
        }
        return j;
    }

    private ExpertWorkspace workspace(Participant p) {
        Workshop w = p.getWorkshop();
        Map<String, ExpertJudgement> mine = new HashMap<>();
        judgements.findByParticipantId(p.getId()).forEach(j -> mine.put(j.getNodeId(), j));
        Map<String, double[]> group = new HashMap<>();
        boolean groupVisible = w.settings().expertsSeeGroup();
        if (groupVisible) {
            GroupSnapshot snapshot = groups.compute(w, participants.findByWorkshopIdOrderById(w.getId()),
                    judgements.findByParticipantWorkshopId(w.getId()));
            snapshot.nodes().forEach(n -> n.group().ifPresent(g -> group.put(n.nodeId(), g.weights())));
        }
        List<NodeTask> tasks = new ArrayList<>();
        Set<String> alternatives = alternativeIds(p);
        for (HierarchyNode node : comparisonNodes(p)) {
            List<String> ids = node.children().stream().map(HierarchyNode::id).toList();
            ExpertJudgement j = mine.get(node.id());
            if (j == null || !j.getElements().equals(ids)) {
                j = new ExpertJudgement(p, node.id(), ids, clock.instant()); // not stored until the first answer
            }
            tasks.add(task(p, node, j, Optional.ofNullable(group.get(node.id())), alternatives.contains(node.id())));
        }
        return new ExpertWorkspace(p.profile().name(), w.getName(), w.getPurpose(), p.getExpiresAt(), tasks,
                p.getFinishedAt() != null, groupVisible);
    }

    private NodeTask task(Participant p, HierarchyNode node, ExpertJudgement j, Optional<double[]> group) {
        return task(p, node, j, group, alternativeIds(p).contains(node.id()));
    }

    private NodeTask task(Participant p, HierarchyNode node, ExpertJudgement j, Optional<double[]> group,
                          boolean alternatives) {
        double[] upper = j.getUpper();
        List<String> ids = node.children().stream().map(HierarchyNode::id).toList();
        List<String> names = node.children().stream().map(HierarchyNode::name).toList();
        return new NodeTask(node.id(), node.name(), ids, names, upper, j.getStatus(),
                consistency.of(node.id(), ids.size(), upper), group, alternatives, j.getComments());
    }
}
