package com.sesadvisor.workshop;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JudgementMatrixRepository extends JpaRepository<JudgementMatrix, Long> {

    Optional<JudgementMatrix> findByWorkshopIdAndNodeCode(Long workshopId, String nodeCode);
}
