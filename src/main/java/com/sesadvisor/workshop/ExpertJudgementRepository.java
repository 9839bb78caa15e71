package com.sesadvisor.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertJudgementRepository extends JpaRepository<ExpertJudgement, Long> {

    Optional<ExpertJudgement> findByParticipantIdAndNodeId(Long participantId, String nodeId);

    List<ExpertJudgement> findByParticipantId(Long participantId);

    List<ExpertJudgement> findByParticipantWorkshopIdAndNodeId(Long workshopId, String nodeId);

    List<ExpertJudgement> findByParticipantWorkshopId(Long workshopId);
}
