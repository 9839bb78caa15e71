package com.sesadvisor.workshop.facilitation;

import com.sesadvisor.engine.ahp.PairVotes;
import java.util.List;
import java.util.Optional;

/**
 * What every screen of a session shows at one moment: the pair on the table, who has voted in this round, once
 * revealed the votes' distribution, geometric mean and spread, and the group's consistency and consensus at the
 * current node so far.
 *
 * @param voters         every invited expert; the values only when revealed and the session is not anonymous
 * @param reveal         the summary of this round's votes, once the facilitator revealed them
 * @param groupCr        CR of the group's (geometric-mean) matrix at this node, as far as pairs are answered
 * @param sStar          Goepel's S* over the experts' priorities at this node (two or more experts)
 * @param comments       the experts' comments on the pair on the table (names left out when anonymous); only the
 *                       facilitator's screen receives them
 */
public record SessionState(long sessionId, long workshopId, String workshopName, String facilitator,
                           boolean anonymous, SessionPhase phase, int round, String nodeId, String nodeName,
                           int nodeIndex, int nodeCount, int pairIndex, int pairCount, String left, String right,
                           List<Voter> voters, Optional<PairVotes> reveal, Optional<Double> groupCr,
                           Optional<Double> sStar, List<Remark> comments) {

    public SessionState {
        voters = List.copyOf(voters);
        comments = List.copyOf(comments);
    }

    /** An expert's comment on the pair on the table; {@code expert} is empty when the session is anonymous. */
    public record Remark(Optional<String> expert, String text) {
    }

    /** One invited expert: whether they voted in this round and, where the room may see it, what. */
    public record Voter(long participantId, String name, boolean voted, Optional<Double> value) {
    }

    public long votedCount() {
        return voters.stream().filter(Voter::voted).count();
    }

    public boolean firstPair() {
        return nodeIndex == 0 && pairIndex == 0;
    }

    /** The same state without any expert's individual value (what an expert's screen receives). */
    SessionState withoutValues() {
        return new SessionState(sessionId, workshopId, workshopName, facilitator, anonymous, phase, round, nodeId,
                nodeName, nodeIndex, nodeCount, pairIndex, pairCount, left, right,
                voters.stream().map(v -> new Voter(v.participantId(), v.name(), v.voted(), Optional.empty())).toList(),
                reveal, groupCr, sStar, List.of());
    }
}
