package com.sesadvisor.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkshopRepository extends JpaRepository<Workshop, Long> {

    List<Workshop> findAllByOrderByUpdatedAtDesc();
}
