package com.sesadvisor.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByToken(String token);

    List<Participant> findByWorkshopIdOrderById(Long workshopId);
}
