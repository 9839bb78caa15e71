package com.sesadvisor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Throttles sign-in by account and by client address, for the login form, HTTP Basic and bearer tokens alike.
 * After {@value #ACCOUNT_LIMIT} failed passwords for one account (or {@value #CLIENT_LIMIT} failures from one
 * address) within {@link #WINDOW}, that account (or address) is locked for 30 s, doubling with each further failure
 * up to 15 min. Only that account or address is affected, never the whole service: other users and other clients
 * sign in as usual. A successful sign-in clears the account's count; an admin can unlock an account at once.
 *
 * <p>State is in memory, per instance: cheap (no write per request) and enough behind sticky sessions, where one
 * client keeps talking to one instance; with N instances an attacker gets at most N times the attempts, and a
 * restart forgets the counts. Every lock and unlock and every failure is written to {@code sign_in_audit}.
 */
@Component
public class SignInThrottle {

    public static final int ACCOUNT_LIMIT = 5;
    public static final int CLIENT_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    private static final int MAX_ENTRIES = 100_000;

    /** A locked account or client, for the admin's list. */
    public record Lock(String key, Instant until, int failures) {
    }

    private record State(int failures, Instant first, Instant lockedUntil) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Clock clock;
    private final JdbcTemplate jdbc;

    SignInThrottle(Clock clock, JdbcTemplate jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** How long the account or the client must still wait, if either is locked. */
    public Optional<Duration> retryAfter(String username, String client) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys(username, client)) {
            State s = states.get(key);
            if (s != null && s.lockedUntil() != null && s.lockedUntil().isAfter(now)) {
                Duration d = Duration.between(now, s.lockedUntil());
                wait = d.compareTo(wait) > 0 ? d : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Whether sign-in for {@code username} from the current request's address must be refused now. */
    boolean lockedNow(String username) {
        return retryAfter(username, currentClient()).isPresent();
    }

    /** Records a failed sign-in (wrong password, unknown account, bad token: username null). */
    public void failure(String username, String client) {
        Instant now = clock.instant();
        if (states.size() > MAX_ENTRIES) {
            states.values().removeIf(s -> s.first().plus(WINDOW).isBefore(now)
                    && (s.lockedUntil() == null || s.lockedUntil().isBefore(now)));
        }
        audit("FAILURE", username, client, null, null);
        if (username != null) {
            count("account:" + AppUser.key(username), ACCOUNT_LIMIT, now, username, client);
        }
        if (client != null) {
            count("client:" + client, CLIENT_LIMIT, now, username, client);
        }
    }

    private void count(String key, int limit, Instant now, String username, String client) {
        State s = states.compute(key, (k, old) -> {
            State base = old == null || old.first().plus(WINDOW).isBefore(now) && (old.lockedUntil() == null
                    || old.lockedUntil().isBefore(now)) ? new State(0, now, null) : old;
            int failures = base.failures() + 1;
            Instant until = base.lockedUntil();
            if (failures >= limit) {
                long factor = 1L << Math.min(20, failures - limit);
                Duration lock = FIRST_LOCK.multipliedBy(factor);
                until = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
            }
            return new State(failures, base.first(), until);
        });
        if (s.lockedUntil() != null && s.failures() >= limit) {
            audit("LOCKED", username, client, key + " until " + s.lockedUntil(), null);
        }
    }

    /** A successful sign-in clears the account's failures (not the address's: one good account must not reset it). */
    public void success(String username) {
        if (username != null) {
            states.remove("account:" + AppUser.key(username));
        }
    }

    /** Lifts an account's lock (admin action), audited with the admin's name. */
    public boolean unlock(String username, String actor) {
        boolean was = states.remove("account:" + AppUser.key(username)) != null;
        audit("UNLOCKED", username, null, was ? "lock lifted" : "was not locked", actor);
        return was;
    }

    /** Locks in force now. */
    public List<Lock> locks() {
        Instant now = clock.instant();
        List<Lock> out = new ArrayList<>();
        states.forEach((k, s) -> {
            if (s.lockedUntil() != null && s.lockedUntil().isAfter(now)) {
                out.add(new Lock(k, s.lockedUntil(), s.failures()));
            }
        });
        return out;
    }

    /** Whether an account is locked now (for the Users page). */
    public boolean accountLocked(String username) {
        return retryAfter(username, null).isPresent();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failure(event.getAuthentication().getName(), client(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        success(event.getAuthentication().getName());
    }

    private static String client(Authentication auth) {
        if (auth.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null) {
            return d.getRemoteAddress();
        }
        return currentClient();
    }

    /** The current request's client address (behind a trusted proxy: the forwarded one, see application.properties). */
    static String currentClient() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            return a.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static List<String> keys(String username, String client) {
        List<String> keys = new ArrayList<>(2);
        if (username != null) {
            keys.add("account:" + AppUser.key(username));
        }
        if (client != null) {
            keys.add("client:" + client);
        }
        return keys;
    }

    private void audit(String event, String username, String client, String detail, String actor) {
        jdbc.update("insert into sign_in_audit (at, event, username, client, detail, actor) values (?, ?, ?, ?, ?, ?)",
                java.sql.Timestamp.from(clock.instant()), event, cut(username, 64), cut(client, 64), cut(detail, 200),
                cut(actor, 64));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
