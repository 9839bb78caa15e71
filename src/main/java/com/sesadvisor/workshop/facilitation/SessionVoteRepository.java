package com.sesadvisor.workshop.facilitation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionVoteRepository extends JpaRepository<SessionVote, Long> {

    List<SessionVote> findBySessionIdAndRound(Long sessionId, int round);

    Optional<SessionVote> findBySessionIdAndParticipantIdAndRound(Long sessionId, Long participantId, int round);
}
