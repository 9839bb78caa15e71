package com.sesadvisor.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByToken(String token);

    List<Participant> findByWorkshopIdOrderById(Long workshopId);

    /** Whether an account (its user name given as the participant's contact) is invited to the workshop. */
    boolean existsByWorkshopIdAndContactIgnoreCase(Long workshopId, String contact);

    @org.springframework.data.jpa.repository.Query(
            "select distinct p.workshop.id from Participant p where lower(p.contact) = lower(:contact)")
    List<Long> workshopIdsOfContact(String contact);
}
