package com.sesadvisor.analysis.saved;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedScenarioRepository extends JpaRepository<SavedScenario, Long> {

    boolean existsByScopeKeyAndNameKey(String scopeKey, String nameKey);

    List<SavedScenario> findByScopeKeyInOrderByNameKey(Collection<String> scopeKeys);
}
