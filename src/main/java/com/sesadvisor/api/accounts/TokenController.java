package com.sesadvisor.api.accounts;

import com.sesadvisor.security.ApiToken;
import com.sesadvisor.security.ApiTokenService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Personal API tokens of the caller: create (secret shown once), list (no secrets), revoke. */
@RestController
@RequestMapping("/api/tokens")
@Tag(name = "Tokens", description = "Personal API tokens for scripts: Authorization: Bearer <token>")
class TokenController {

    record CreateRequest(@Schema(description = "What the token is for, 1-100 characters") String name,
                         @Schema(description = "Days until it expires, 1-3650; omitted = never") Integer expiresInDays) {
    }

    record Created(long id, String name, String token, Instant createdAt, Instant expiresAt) {
    }

    record TokenDto(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, boolean active) {
        static TokenDto of(ApiToken t) {
            return new TokenDto(t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresAt(), t.getRevokedAt(),
                    t.usableAt(Instant.now()));
        }
    }

    private final ApiTokenService tokens;

    TokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token for the caller; the secret is in 'token' and is never shown again")
    Created create(@RequestBody CreateRequest request) {
        ApiTokenService.Created c = tokens.create(request.name(), request.expiresInDays());
        return new Created(c.token().getId(), c.token().getName(), c.secret(), c.token().getCreatedAt(),
                c.token().getExpiresAt());
    }

    @GetMapping
    @Operation(summary = "The caller's tokens, newest first (no secrets)")
    List<TokenDto> list() {
        return tokens.mine().stream().map(TokenDto::of).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens; it stops working at once")
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
