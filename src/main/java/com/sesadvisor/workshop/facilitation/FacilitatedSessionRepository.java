package com.sesadvisor.workshop.facilitation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FacilitatedSessionRepository extends JpaRepository<FacilitatedSession, Long> {

    Optional<FacilitatedSession> findFirstByWorkshopIdAndActiveTrueOrderByIdDesc(Long workshopId);

    /** The latest session, running or ended (an expert's screen says "ended" rather than "none"). */
    Optional<FacilitatedSession> findFirstByWorkshopIdOrderByIdDesc(Long workshopId);
}
