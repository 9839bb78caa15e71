package com.sesadvisor.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByToken(String token);

    List<Participant> findByWorkshopIdOrderById(Long workshopId);

    /**
     * Whether an account is invited to the workshop: tied by user name, or (issue 14) its user name given as the
     * contact of a participant that has no user name.
     */
    default boolean existsByWorkshopIdAndContactIgnoreCase(Long workshopId, String account) {
        return !ofAccountInWorkshop(workshopId, account).isEmpty();
    }

    @org.springframework.data.jpa.repository.Query("select p from Participant p where p.workshop.id = :workshopId and "
            + "(lower(p.username) = lower(:account) or (p.username is null and lower(p.contact) = lower(:account)))"
            + " order by p.id")
    List<Participant> ofAccountInWorkshop(Long workshopId, String account);

    @org.springframework.data.jpa.repository.Query("select p from Participant p where lower(p.username) = "
            + "lower(:account) or (p.username is null and lower(p.contact) = lower(:account)) order by p.id desc")
    List<Participant> ofAccount(String account);

    default List<Long> workshopIdsOfContact(String account) {
        return ofAccount(account).stream().map(p -> p.getWorkshop().getId()).distinct().toList();
    }
}
