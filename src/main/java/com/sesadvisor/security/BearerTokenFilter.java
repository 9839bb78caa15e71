package com.sesadvisor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer ses_...} on {@code /api/**}: one SHA-256 and one indexed lookup, no bcrypt. A bad
 * token counts as a failed sign-in of the client address (throttled like passwords); a valid one authenticates as
 * its owner with the owner's current roles (a disabled account's tokens stop working at once).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final SignInThrottle throttle;
    private final SecurityContextHolderStrategy strategy;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokenService tokens, SignInThrottle throttle, SecurityContextHolderStrategy strategy,
                      AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.strategy = strategy;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        Optional<Duration> wait = throttle.retryAfter(null, client);
        if (wait.isPresent()) {
            entryPoint.commence(request, response, new LockedException("Too many failed sign-ins"));
            return;
        }
        Optional<ApiToken> token = tokens.authenticate(header.substring(7).trim());
        if (token.isEmpty()) {
            throttle.failure(null, client);
            entryPoint.commence(request, response, new BadCredentialsException("Unknown, expired or revoked token"));
            return;
        }
        AppUser user = token.get().getUser();
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(
                user.getUsername(), null, user.getRoles().stream()
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(auth);
        strategy.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }
}
