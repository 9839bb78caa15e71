package com.sesadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.security.AccountRefusedException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.jdbc.core.JdbcTemplate;
import com.sesadvisor.testsupport.OnPostgres;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two admins removing each other at the same moment: admin A demotes (or disables) B while B demotes A. Each
 * transaction on its own sees two enabled admins, so a check that only counts lets both through and leaves no
 * enabled admin. Here both run in real concurrent transactions, and neither commits until both service calls have
 * returned (or a second has passed, when one of them is held up by a lock): exactly one may win.
 */
@SpringBootTest
@OnPostgres
class LastAdminRaceTest {

    private static final String PASSWORD = "a-long-enough-password";
    /** How long a finished call keeps its transaction open for the other one to reach the same point. */
    private static final long HOLD_MILLIS = 1000;

    @Autowired
    UserAccountService accounts;
    @Autowired
    AppUserRepository repository;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    /** The strategy the services read (Vaadin registers its own); thread-local outside a Vaadin request. */
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> securityContext;

    private final List<Long> disabledHere = new ArrayList<>();

    private SecurityContextHolderStrategy strategy() {
        return securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private void actAs(String username) {
        strategy().getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    private AppUser a;
    private AppUser b;

    /** Leaves exactly two enabled admins, A and B (others are disabled now and enabled again afterwards). */
    @BeforeEach
    void twoAdmins() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        actAs("race-setup");
        a = accounts.create("race-a-" + suffix, "Admin A", PASSWORD, Set.of(Role.ADMIN));
        b = accounts.create("race-b-" + suffix, "Admin B", PASSWORD, Set.of(Role.ADMIN));
        for (AppUser u : accounts.list()) {
            if (u.isEnabled() && u.getRoles().contains(Role.ADMIN) && !u.getId().equals(a.getId())
                    && !u.getId().equals(b.getId())) {
                accounts.setEnabled(u.getId(), u.getVersion(), false);
                disabledHere.add(u.getId());
            }
        }
        assertThat(repository.countEnabledWithRole(Role.ADMIN)).isEqualTo(2);
        strategy().clearContext();
    }

    @AfterEach
    void restore() {
        actAs("race-setup");
        for (long id : disabledHere) {
            AppUser u = repository.findById(id).orElseThrow();
            accounts.setEnabled(id, u.getVersion(), true);
        }
        disabledHere.clear();
        strategy().clearContext();
    }

    @Test
    void two_admins_demoting_each_other_at_once_leave_one_admin() throws Exception {
        race(s -> s.update(b.getId(), b.getVersion(), "Admin B", Set.of(Role.EXPERT)),
                s -> s.update(a.getId(), a.getVersion(), "Admin A", Set.of(Role.EXPERT)));
    }

    @Test
    void an_admin_disabling_the_other_while_being_demoted_leaves_one_admin() throws Exception {
        race(s -> s.setEnabled(b.getId(), b.getVersion(), false),
                s -> s.update(a.getId(), a.getVersion(), "Admin A", Set.of(Role.FACILITATOR)));
    }

    @Test
    void a_removal_held_up_past_the_lock_timeout_is_refused_as_stale_and_changes_nothing() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // A demotes B and keeps the admin rows locked (then rolls back)
            Future<Object> holder = pool.submit(() -> {
                actAs(a.getUsername());
                try {
                    return tx.execute(status -> {
                        accounts.update(b.getId(), b.getVersion(), "Admin B", Set.of(Role.EXPERT));
                        status.setRollbackOnly();
                        locked.countDown();
                        try {
                            release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return "held";
                    });
                } finally {
                    strategy().clearContext();
                }
            });
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            // B tries to demote A with a short lock timeout on this connection (H2's LOCK_TIMEOUT, in ms)
            actAs(b.getUsername());
            Object outcome;
            try {
                boolean postgres = isPostgres();
                outcome = tx.execute(status -> {
                    // PostgreSQL: lock_timeout for this transaction only (it is aborted by the timeout anyway)
                    jdbc.execute(postgres ? "SET LOCAL lock_timeout = 200" : "SET LOCK_TIMEOUT 200");
                    try {
                        return accounts.update(a.getId(), a.getVersion(), "Admin A", Set.of(Role.EXPERT));
                    } finally {
                        if (!postgres) {
                            jdbc.execute("SET LOCK_TIMEOUT 10000");
                        }
                    }
                });
            } catch (RuntimeException e) {
                outcome = e;
            } finally {
                strategy().clearContext();
            }
            release.countDown();
            assertThat(holder.get(30, TimeUnit.SECONDS)).isEqualTo("held");
            assertThat(outcome).isInstanceOf(StaleAccountException.class);
            assertThat(repository.countEnabledWithRole(Role.ADMIN)).isEqualTo(2);
            assertThat(repository.findById(a.getId()).orElseThrow().getRoles()).containsExactly(Role.ADMIN);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private boolean isPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) c ->
                c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
    }

    /** A runs {@code byA} and B runs {@code byB}, each in its own transaction on its own thread. */
    private void race(Function<UserAccountService, AppUser> byA, Function<UserAccountService, AppUser> byB)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CountDownLatch bothCalled = new CountDownLatch(2);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = pool.submit(() -> attempt(a.getUsername(), byA, start, bothCalled, tx));
            Future<Object> second = pool.submit(() -> attempt(b.getUsername(), byB, start, bothCalled, tx));
            List<Object> outcomes = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));

            long left = repository.countEnabledWithRole(Role.ADMIN);
            assertThat(outcomes).as("one change goes through, the other is refused; enabled admins left: %d", left)
                    .filteredOn(o -> o instanceof AppUser).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof Throwable).singleElement()
                    .isInstanceOfSatisfying(AccountRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.LAST_ADMIN));
            assertThat(left).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The outcome: the saved account, or what was thrown (after the transaction rolled back). */
    private Object attempt(String actor, Function<UserAccountService, AppUser> change, CyclicBarrier start,
                           CountDownLatch bothCalled, TransactionTemplate tx) throws Exception {
        actAs(actor);
        try {
            start.await(30, TimeUnit.SECONDS);
            return tx.execute(status -> {
                try {
                    return change.apply(accounts);
                } finally {
                    // Hold the transaction open until the other call has returned too, so both have read (and,
                    // without a lock, both have passed the check) before either commits. A call blocked by the
                    // other's lock never counts down: then wait a second and commit, which releases it.
                    bothCalled.countDown();
                    try {
                        bothCalled.await(HOLD_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        } catch (RuntimeException e) {
            return e;
        } finally {
            strategy().clearContext();
        }
    }
}
