package com.sesadvisor.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    /** Case-insensitive, so "Alice" and "alice" cannot both exist and be confused with each other. */
    boolean existsByUsernameIgnoreCase(String username);

    List<AppUser> findAllByOrderByUsernameAsc();

    @Query("select count(distinct u) from AppUser u join u.roles r where u.enabled = true and r = :role")
    long countEnabledWithRole(Role role);
}
