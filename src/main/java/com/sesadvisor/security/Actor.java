package com.sesadvisor.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is acting in a service call, read through the same {@link SecurityContextHolderStrategy} bean that method
 * security uses. Vaadin registers its own strategy; the static {@code SecurityContextHolder} can disagree with it
 * (e.g. several application contexts in one JVM), so services must not read the static holder.
 */
@Component
public class Actor {

    private final SecurityContextHolderStrategy strategy;

    Actor(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<Authentication> authentication() {
        return Optional.ofNullable(strategy.getContext().getAuthentication());
    }

    /** The acting user's name, or {@code fallback} when nobody is signed in (start-up tasks, imports). */
    public String name(String fallback) {
        return authentication().map(Authentication::getName).orElse(fallback);
    }

    public boolean hasAnyRole(Role... roles) {
        return authentication().map(auth -> auth.getAuthorities().stream().anyMatch(a -> Arrays.stream(roles)
                .anyMatch(r -> a.getAuthority().equals("ROLE_" + r.name())))).orElse(false);
    }
}
