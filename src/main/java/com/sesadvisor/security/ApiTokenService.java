package com.sesadvisor.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is {@code ses_} + 32 random bytes (256 bits, base64url); it is stored as the hex
 * SHA-256 of the whole string. A fast hash is right here (unlike for passwords): the secret is random and long, so
 * there is nothing to guess or brute-force, and a per-request bcrypt would cost ~90 ms of CPU per call.
 */
@Service
public class ApiTokenService {

    public static final String PREFIX = "ses_";
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_EXPIRY_DAYS = 3650;
    public static final int MAX_TOKENS_PER_USER = 50;

    /** A created token: the secret is in {@code token} and is never retrievable again. */
    public record Created(ApiToken token, String secret) {
    }

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final Clock clock;
    private final Actor actor;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, Clock clock, Actor actor) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.actor = actor;
    }

    /** Creates a token for the signed-in user. {@code expiresInDays} null = no expiry. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Created create(String name, Integer expiresInDays) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > MAX_NAME_LENGTH) {
            throw new TokenRefusedException("name", "A token needs a name of 1 to " + MAX_NAME_LENGTH
                    + " characters.");
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_EXPIRY_DAYS)) {
            throw new TokenRefusedException("expiresInDays", "expiresInDays must be between 1 and "
                    + MAX_EXPIRY_DAYS + " (or omitted for no expiry).");
        }
        AppUser user = users.findByUsername(actor.name(null))
                .orElseThrow(() -> new TokenRefusedException(null, "No signed-in account."));
        if (tokens.findByUserUsernameOrderByCreatedAtDesc(user.getUsername()).stream()
                .filter(t -> t.getRevokedAt() == null).count() >= MAX_TOKENS_PER_USER) {
            throw new TokenRefusedException(null, "At most " + MAX_TOKENS_PER_USER
                    + " active tokens per account; revoke one first.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken token = new ApiToken(user, n, hash(secret), now,
                expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays)));
        return new Created(tokens.save(token), secret);
    }

    /** The signed-in user's tokens, newest first (no secrets, no hashes). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.findByUserUsernameOrderByCreatedAtDesc(actor.name(null));
    }

    /** Revokes one of the signed-in user's tokens; another user's token counts as not found. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long id) {
        ApiToken token = tokens.findById(id).filter(t -> t.getUser().getUsername().equals(actor.name(null)))
                .orElseThrow(() -> new TokenRefusedException.NotFound(id));
        token.revoke(clock.instant());
    }

    /** The token with this secret if it may authenticate now (used by the bearer filter; one indexed lookup). */
    @Transactional(readOnly = true)
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret)).filter(t -> t.usableAt(clock.instant()));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
