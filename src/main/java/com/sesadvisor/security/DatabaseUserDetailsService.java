package com.sesadvisor.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for both the login form and HTTP Basic on /api. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final SignInThrottle throttle;

    DatabaseUserDetailsService(AppUserRepository users, SignInThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (throttle.retryAfter(null, SignInThrottle.currentClient()).isPresent()) {
            throw new org.springframework.security.authentication.LockedException("Too many failed sign-ins");
        }
        AppUser user = users.findByUsernameKey(AppUser.key(username))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                // throttled: refused before the password is even checked (LockedException -> 429 / form message)
                .accountLocked(throttle.lockedNow(user.getUsername()))
                .authorities(user.getRoles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList())
                .build();
    }
}
