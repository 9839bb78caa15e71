package com.sesadvisor.security;

import com.sesadvisor.security.AccountRefusedException.Reason;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: admins list, create and change them; tests create users of a given role. Passwords are stored as
 * bcrypt hashes only. Every admin change records who made it and when (from the injected {@link Clock}), refuses
 * an admin disabling or demoting themself, and never leaves the application without an enabled ADMIN.
 */
@Service
public class UserAccountService {

    /** Minimum length of a password an admin types for someone else. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_USERNAME_LENGTH = 64;
    public static final int MAX_DISPLAY_NAME_LENGTH = 120;
    /** Letters, digits, dot, underscore and hyphen; 3 to 64 characters, starting with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");

    /** No 0/O, 1/l/I: a generated password is read off a screen and typed or passed on. */
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 16;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Actor actor;

    private final SignInThrottle throttle;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock,
                       Actor actor, SignInThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.actor = actor;
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
        if (users.existsByUsernameKey(AppUser.key(username))) {
            return false;
        }
        users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), roles, clock.instant()));
        return true;
    }

    /** Lifts the sign-in throttling lock of an account (audited); returns whether it was locked. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean unlock(String username) {
        if (username == null || !users.existsByUsernameKey(AppUser.key(username))) {
            throw new AccountRefusedException(Reason.NOT_FOUND, "No account " + username);
        }
        return throttle.unlock(username, actor());
    }

    /** Whether an account is locked by sign-in throttling now. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean locked(String username) {
        return throttle.accountLocked(username);
    }

    /** All accounts, by user name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AppUser> list() {
        return users.findAllByOrderByUsernameAsc();
    }

    /** Whether the user name (ignoring case) is already used, for inline validation before saving. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return username != null && users.existsByUsernameKey(AppUser.key(username));
    }

    /** A random password of 16 characters from an unambiguous alphabet, to be shown once. */
    @PreAuthorize("hasRole('ADMIN')")
    public String generatePassword() {
        StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Creates an account with the given initial password (at least 12 characters). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser create(String username, String displayName, String rawPassword, Set<Role> roles) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountRefusedException(Reason.USERNAME_INVALID, "A user name has 3 to 64 letters, digits, dots, underscores or hyphens, starting with a letter or digit");
        }
        String display = checkedDisplayName(displayName);
        checkPassword(rawPassword);
        checkRoles(roles);
        if (users.existsByUsernameKey(AppUser.key(name))) {
            throw taken(name);
        }
        AppUser user = new AppUser(name, display, passwordEncoder.encode(rawPassword), roles, clock.instant());
        user.setCreatedBy(actor());
        try {
            return users.saveAndFlush(user);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            // Another request created the same name (in any case) between the check above and this insert: the
            // unique constraint on username_key refused it (or made us wait and then refused it).
            throw taken(name);
        }
    }

    private static AccountRefusedException taken(String name) {
        return new AccountRefusedException(Reason.USERNAME_TAKEN, "The user name " + name
                + " is taken (user names are unique regardless of case)");
    }

    /** Changes display name and roles; refuses removing one's own ADMIN role or the last enabled ADMIN. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser update(long id, long expectedVersion, String displayName, Set<Role> roles) {
        AppUser user = load(id, expectedVersion);
        String display = checkedDisplayName(displayName);
        checkRoles(roles);
        boolean losesAdmin = user.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN);
        if (losesAdmin && user.getUsername().equals(actor())) {
            throw new AccountRefusedException(Reason.SELF_DEMOTION, "An admin cannot remove their own ADMIN role");
        }
        if (losesAdmin && user.isEnabled()) {
            requireAnotherEnabledAdmin(user);
        }
        user.changeDisplayName(display);
        user.changeRoles(roles);
        return save(user);
    }

    /** Enables or disables an account; refuses disabling oneself or the last enabled ADMIN. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser setEnabled(long id, long expectedVersion, boolean enabled) {
        AppUser user = load(id, expectedVersion);
        if (!enabled && user.isEnabled()) {
            if (user.getUsername().equals(actor())) {
                throw new AccountRefusedException(Reason.SELF_DISABLE, "An admin cannot disable their own account");
            }
            if (user.getRoles().contains(Role.ADMIN)) {
                requireAnotherEnabledAdmin(user);
            }
        }
        user.changeEnabled(enabled);
        return save(user);
    }

    /** Sets a new generated password and returns it, to be shown once; the old one stops working at once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(long id, long expectedVersion) {
        AppUser user = load(id, expectedVersion);
        String password = generatePassword();
        user.changePasswordHash(passwordEncoder.encode(password));
        save(user);
        return password;
    }

    private AppUser load(long id, long expectedVersion) {
        AppUser user = users.findById(id)
                .orElseThrow(() -> new AccountRefusedException(Reason.NOT_FOUND, "No account " + id));
        if (user.getVersion() != expectedVersion) {
            throw new StaleAccountException(user.getUsername());
        }
        return user;
    }

    private AppUser save(AppUser user) {
        user.touched(actor(), clock.instant());
        try {
            return users.saveAndFlush(user);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            throw new StaleAccountException(user.getUsername());
        }
    }

    /**
     * Refuses removing an enabled admin unless another one stays. Counting alone is racy: admin A demoting B while B
     * demotes A, each transaction still sees two admins and both pass. So every removal first locks the rows of all
     * enabled admins (in the caller's transaction, held until it commits); a concurrent removal waits on those locks,
     * and its count, a new statement under READ COMMITTED, then sees the committed change and refuses. Works the same
     * on H2 (MVStore row locks) and PostgreSQL ({@code FOR UPDATE} re-checks the row once the lock is free).
     */
    private void requireAnotherEnabledAdmin(AppUser changed) {
        try {
            users.lockEnabledWithRole(Role.ADMIN);
        } catch (PessimisticLockingFailureException e) {
            // another admin change held the locks past the lock timeout: nothing was changed, try again
            throw new StaleAccountException(changed.getUsername());
        }
        // The account being changed is one of the enabled admins counted here.
        if (users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new AccountRefusedException(Reason.LAST_ADMIN, "The last enabled ADMIN cannot be removed");
        }
    }

    private static String checkedDisplayName(String displayName) {
        String display = displayName == null ? "" : displayName.trim();
        if (display.isEmpty() || display.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new AccountRefusedException(Reason.DISPLAY_NAME_INVALID, "A display name is needed, of at most " + MAX_DISPLAY_NAME_LENGTH + " characters");
        }
        return display;
    }

    private static void checkPassword(String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountRefusedException(Reason.PASSWORD_TOO_SHORT,
                    "A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    private static void checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountRefusedException(Reason.NO_ROLE, "An account needs at least one role");
        }
    }

    private String actor() {
        return actor.name("system");
    }
}
