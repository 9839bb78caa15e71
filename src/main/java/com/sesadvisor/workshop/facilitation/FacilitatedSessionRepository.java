package com.sesadvisor.workshop.facilitation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FacilitatedSessionRepository extends JpaRepository<FacilitatedSession, Long> {

    Optional<FacilitatedSession> findFirstByWorkshopIdAndActiveTrueOrderByIdDesc(Long workshopId);
}
