package com.sesadvisor.api.accounts;

import com.sesadvisor.api.BadRequestException;
import com.sesadvisor.security.AppUser;
import com.sesadvisor.security.Role;
import com.sesadvisor.security.UserAccountService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts for administrators: list and create. The service enforces ADMIN; others get a problem+json 403. */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Users", description = "Account administration (ADMIN only)")
class AdminUsersController {

    record UserDto(long id, String username, String displayName, Set<Role> roles, boolean enabled,
                   Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {

        static UserDto of(AppUser u) {
            return new UserDto(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.isEnabled(),
                    u.getCreatedAt(), u.getCreatedBy(), u.getUpdatedAt(), u.getUpdatedBy(), u.getVersion());
        }
    }

    /** password is optional: without it one is generated and returned once in the response. */
    record CreateUserRequest(String username, String displayName, List<Role> roles, String password) {
    }

    record CreatedUser(UserDto user, String generatedPassword) {
    }

    private final UserAccountService accounts;

    AdminUsersController(UserAccountService accounts) {
        this.accounts = accounts;
    }

    record Unlocked(String username, boolean wasLocked) {
    }

    @PostMapping("/{username}/unlock")
    @Operation(summary = "Lift a sign-in throttling lock of an account at once (audited)")
    Unlocked unlock(@org.springframework.web.bind.annotation.PathVariable String username) {
        return new Unlocked(username, accounts.unlock(username));
    }

    @GetMapping
    @Operation(summary = "Every account, by user name (never a password or hash)")
    List<UserDto> list() {
        return accounts.list().stream().map(UserDto::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account; without a password one is generated and returned once")
    CreatedUser create(@RequestBody CreateUserRequest request) {
        boolean generate = request.password() == null;
        String password = generate ? accounts.generatePassword() : request.password();
        Set<Role> roles = roles(request.roles());
        AppUser created = accounts.create(request.username(), request.displayName(), password, roles);
        return new CreatedUser(UserDto.of(created), generate ? password : null);
    }

    /** Null or empty = none (the service names the field); a null entry is refused here, naming its index. */
    static Set<Role> roles(List<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return Set.of();
        }
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == null) {
                throw new BadRequestException("roles[" + i + "]", "must be one of "
                        + java.util.Arrays.toString(Role.values()));
            }
        }
        return EnumSet.copyOf(roles);
    }
}
