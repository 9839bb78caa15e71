package com.sesadvisor.security;

import java.time.Clock;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts (admin tasks, and tests that need a user of a given role). Passwords are stored hashed. */
@Service
public class UserAccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates the account unless one with that user name exists; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (username == null || username.isBlank() || rawPassword == null || rawPassword.length() < 8) {
            throw new IllegalArgumentException("A user name and a password of at least 8 characters are needed.");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role.");
        }
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
        users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), roles, clock.instant()));
        return true;
    }
}
