package com.sesadvisor.security;

import com.sesadvisor.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: HTTP Basic (stateless, no CSRF) for {@code /api/**}, and Vaadin's form login for the UI.
 * Both use the same accounts and bcrypt hashes.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration extends VaadinWebSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens, SignInThrottle throttle,
                                       ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, e) -> problem(request, response, e, throttle);
        BearerTokenFilter bearer = new BearerTokenFilter(tokens, throttle,
                strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), entryPoint);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, e) -> write(response, 403, "Forbidden",
                                "Your account's roles do not allow this request.")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    /** 401 (or 429 with Retry-After when sign-in is throttled) as problem+json. */
    private static void problem(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                                AuthenticationException e, SignInThrottle throttle) throws IOException {
        boolean locked = e instanceof LockedException || e.getCause() instanceof LockedException;
        if (locked) {
            long seconds = throttle.retryAfter(basicUsername(request), request.getRemoteAddr())
                    .map(d -> Math.max(1, (d.toMillis() + 999) / 1000)).orElse(SignInThrottle.FIRST_LOCK.toSeconds());
            response.setHeader("Retry-After", String.valueOf(seconds));
            write(response, 429, "Too many failed sign-ins", "Too many failed sign-ins for this account or client; "
                    + "try again in " + seconds + " s, or ask an administrator to unlock the account.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"SES Advisor\", Bearer");
        write(response, 401, "Unauthorized", "Send HTTP Basic credentials of an SES Advisor account or "
                + "Authorization: Bearer with a personal API token.");
    }

    private static String basicUsername(jakarta.servlet.http.HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).trim()),
                    java.nio.charset.StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    /** Security headers for both chains; the CSP allows what Vaadin Flow needs (inline styles and its eval). */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .contentSecurityPolicy(c -> c.policyDirectives(CSP));
    }

    /**
     * Vaadin Flow 24 evaluates server-sent JavaScript ('unsafe-eval') and sets inline styles and a few inline
     * scripts during bootstrap ('unsafe-inline'); everything else is same-origin. Frames, objects and foreign form
     * targets are refused.
     */
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; "
            + "form-action 'self'";

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                // health probes for load balancers and orchestrators (status only, no details)
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        http.headers(SecurityConfiguration::headers);
        super.configure(http);
        setLoginView(http, LoginView.class);
        // a throttled account or client gets its own message on the form instead of "wrong password"
        http.formLogin(form -> form.failureHandler((request, response, e) -> response.sendRedirect(
                request.getContextPath() + (e instanceof LockedException || e.getCause() instanceof LockedException
                        ? "/login?locked" : "/login?error"))));
    }
}
