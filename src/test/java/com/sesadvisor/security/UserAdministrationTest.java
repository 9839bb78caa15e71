package com.sesadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sesadvisor.security.AccountRefusedException.Reason;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import com.sesadvisor.testsupport.OnPostgres;
import org.springframework.test.web.servlet.MockMvc;

/** Admin user management: the rules that keep accounts unique, passwords long and at least one admin in charge. */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class UserAdministrationTest {

    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    UserAccountService accounts;
    @Autowired
    AppUserRepository repository;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MockMvc mvc;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_creates_an_account_with_a_hashed_password_and_the_creator_recorded() {
        String name = unique("fac");
        AppUser user = accounts.create(" " + name + " ", " Li Wei ", PASSWORD, Set.of(Role.FACILITATOR));
        assertThat(user.getUsername()).isEqualTo(name);
        assertThat(user.getDisplayName()).isEqualTo("Li Wei");
        assertThat(user.getPasswordHash()).isNotEqualTo(PASSWORD).startsWith("$2");
        assertThat(encoder.matches(PASSWORD, user.getPasswordHash())).isTrue();
        assertThat(user.getCreatedBy()).isEqualTo("admin");
        assertThat(accounts.list()).extracting(AppUser::getUsername).contains(name);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_user_name_is_unique_ignoring_case() {
        String name = unique("dup");
        accounts.create(name, "First", PASSWORD, Set.of(Role.EXPERT));
        assertThat(accounts.usernameTaken(name.toUpperCase())).isTrue();
        assertThatThrownBy(() -> accounts.create(name.toUpperCase(), "Second", PASSWORD, Set.of(Role.EXPERT)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.USERNAME_TAKEN));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_password_needs_twelve_characters_and_an_account_a_role() {
        assertThatThrownBy(() -> accounts.create(unique("short"), "Short", "elevenchars", Set.of(Role.EXPERT)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PASSWORD_TOO_SHORT));
        assertThat(accounts.create(unique("twelve"), "Twelve", "twelve-chars", Set.of(Role.EXPERT))).isNotNull();
        assertThatThrownBy(() -> accounts.create(unique("norole"), "No role", PASSWORD, Set.of()))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_ROLE));
        assertThatThrownBy(() -> accounts.create("a b", "Space", PASSWORD, Set.of(Role.EXPERT)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.USERNAME_INVALID));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_can_neither_demote_nor_disable_themself() {
        AppUser admin = repository.findByUsername("admin").orElseThrow();
        assertThatThrownBy(() -> accounts.update(admin.getId(), admin.getVersion(), "Administrator",
                Set.of(Role.FACILITATOR)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SELF_DEMOTION));
        assertThatThrownBy(() -> accounts.setEnabled(admin.getId(), admin.getVersion(), false))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SELF_DISABLE));
        assertThat(repository.findByUsername("admin").orElseThrow().getRoles()).contains(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "another-admin", roles = "ADMIN")
    void the_last_enabled_admin_can_never_be_removed() {
        // Another admin acts; "admin" is then made the only enabled ADMIN besides a second one we create.
        String second = unique("admin2");
        AppUser other = accounts.create(second, "Second admin", PASSWORD, Set.of(Role.ADMIN));
        // With two enabled admins, one may go.
        other = accounts.setEnabled(other.getId(), other.getVersion(), false);
        assertThat(other.isEnabled()).isFalse();
        // Now "admin" is the last enabled ADMIN (other tests' admins are disabled or demoted, or never exist).
        disableEveryOtherAdmin();
        AppUser admin = repository.findByUsername("admin").orElseThrow();
        assertThatThrownBy(() -> accounts.setEnabled(admin.getId(), admin.getVersion(), false))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.LAST_ADMIN));
        assertThatThrownBy(() -> accounts.update(admin.getId(), admin.getVersion(), "Administrator",
                Set.of(Role.FACILITATOR)))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.LAST_ADMIN));
        assertThat(repository.findByUsername("admin").orElseThrow().isEnabled()).isTrue();
        // Re-enabling the second admin makes removing one possible again.
        other = accounts.setEnabled(other.getId(), other.getVersion(), true);
        other = accounts.update(other.getId(), other.getVersion(), "Second admin", Set.of(Role.EXPERT));
        assertThat(other.getRoles()).containsExactly(Role.EXPERT);
    }

    private void disableEveryOtherAdmin() {
        for (AppUser u : accounts.list()) {
            if (!u.getUsername().equals("admin") && u.isEnabled() && u.getRoles().contains(Role.ADMIN)) {
                accounts.setEnabled(u.getId(), u.getVersion(), false);
            }
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_stale_version_is_refused_and_nothing_is_overwritten() {
        AppUser user = accounts.create(unique("stale"), "Before", PASSWORD, Set.of(Role.EXPERT));
        long loaded = user.getVersion();
        accounts.update(user.getId(), loaded, "First edit", Set.of(Role.EXPERT));
        assertThatThrownBy(() -> accounts.update(user.getId(), loaded, "Second edit", Set.of(Role.REGULATOR)))
                .isInstanceOf(StaleAccountException.class);
        AppUser now = repository.findById(user.getId()).orElseThrow();
        assertThat(now.getDisplayName()).isEqualTo("First edit");
        assertThat(now.getUpdatedBy()).isEqualTo("admin");
        assertThat(now.getUpdatedAt()).isNotNull();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void role_changes_take_effect_on_the_next_login() {
        String name = unique("roles");
        AppUser user = accounts.create(name, "Roles", PASSWORD, Set.of(Role.EXPERT));
        assertThat(authorities(name)).containsExactly("ROLE_EXPERT");
        accounts.update(user.getId(), user.getVersion(), "Roles", Set.of(Role.FACILITATOR, Role.REGULATOR));
        assertThat(authorities(name)).containsExactlyInAnyOrder("ROLE_FACILITATOR", "ROLE_REGULATOR");
    }

    private Set<String> authorities(String username) {
        return userDetails.loadUserByUsername(username).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_reset_password_replaces_the_old_one_and_is_returned_once() {
        AppUser user = accounts.create(unique("reset"), "Reset", PASSWORD, Set.of(Role.EXPERT));
        String generated = accounts.resetPassword(user.getId(), user.getVersion());
        assertThat(generated).hasSizeGreaterThanOrEqualTo(UserAccountService.MIN_PASSWORD_LENGTH);
        String hash = repository.findById(user.getId()).orElseThrow().getPasswordHash();
        assertThat(encoder.matches(generated, hash)).isTrue();
        assertThat(encoder.matches(PASSWORD, hash)).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_disabled_account_cannot_sign_in_via_http_basic() throws Exception {
        // Account changes first: a MockMvc request replaces the test's security context with its own.
        String active = unique("basic");
        String disabled = unique("basic-off");
        accounts.create(active, "Active", PASSWORD, Set.of(Role.REGULATOR));
        AppUser off = accounts.create(disabled, "Disabled", PASSWORD, Set.of(Role.REGULATOR));
        accounts.setEnabled(off.getId(), off.getVersion(), false);
        mvc.perform(get("/api/finance/assumptions").with(httpBasic(active, PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/finance/assumptions").with(httpBasic(disabled, PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void only_admins_manage_accounts() {
        assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(unique("x"), "X", PASSWORD, Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
