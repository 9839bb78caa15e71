package com.sesadvisor.security;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    /** By the lower-case key, so that sign-in and look-ups ignore case like the unique constraint does. */
    Optional<AppUser> findByUsernameKey(String usernameKey);

    /** Case-insensitive, so "Alice" and "alice" cannot both exist and be confused with each other. */
    boolean existsByUsernameKey(String usernameKey);

    List<AppUser> findAllByOrderByUsernameAsc();

    @Query("select count(distinct u) from AppUser u join u.roles r where u.enabled = true and r = :role")
    long countEnabledWithRole(Role role);

    /**
     * The enabled accounts with {@code role}, their rows locked for writing ({@code SELECT ... FOR UPDATE}) until the
     * transaction ends, in id order so that two callers lock in the same order and cannot deadlock. A second caller
     * waits here until the first commits or rolls back; a query it runs afterwards sees the first one's change.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.enabled = true and :role member of u.roles order by u.id")
    List<AppUser> lockEnabledWithRole(Role role);
}
