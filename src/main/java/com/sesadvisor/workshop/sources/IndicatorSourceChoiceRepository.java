package com.sesadvisor.workshop.sources;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorSourceChoiceRepository extends JpaRepository<IndicatorSourceChoice, Long> {

    List<IndicatorSourceChoice> findByWorkshopIdOrderById(Long workshopId);

    Optional<IndicatorSourceChoice> findByWorkshopIdAndIndicatorId(Long workshopId, String indicatorId);
}
