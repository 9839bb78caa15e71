package com.sesadvisor.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkshopLogRepository extends JpaRepository<WorkshopLogEntry, Long> {

    /** Newest first. */
    List<WorkshopLogEntry> findByWorkshopIdOrderByAtDescIdDesc(long workshopId);
}
