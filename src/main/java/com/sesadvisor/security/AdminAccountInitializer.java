package com.sesadvisor.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start with no accounts, creates {@code admin} with the password from {@code SES_ADMIN_PASSWORD}, or a
 * random one printed once to the log. There is deliberately no fixed default password.
 *
 * <p>Runs when all singletons exist (after Flyway) and <em>before</em> the web server starts accepting requests,
 * so the first API call after start-up already finds the account. Two instances starting together on one empty
 * database may both try: the unique user name lets one win, and the other sees its account and carries on.
 */
@Component
public class AdminAccountInitializer implements SmartInitializingSingleton {

    static final String PASSWORD_VARIABLE = "SES_ADMIN_PASSWORD";
    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AdminAccountInitializer(AppUserRepository users, PasswordEncoder passwordEncoder, Environment environment,
                            Clock clock, PlatformTransactionManager transactions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        long existing = users.count();
        if (existing > 0) {
            log.info("startup accounts: {} account(s) exist, no first account created", existing);
            return;
        }
        String password = environment.getProperty(PASSWORD_VARIABLE);
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = randomPassword();
        }
        String hash = passwordEncoder.encode(password);
        try {
            transaction.executeWithoutResult(status -> users.saveAndFlush(new AppUser("admin", "Administrator", hash,
                    EnumSet.of(Role.ADMIN, Role.FACILITATOR), clock.instant())));
        } catch (DataIntegrityViolationException e) {
            if (users.findByUsername("admin").isPresent()) {
                log.info("startup accounts: the first account 'admin' was created by another instance just now");
                return;
            }
            throw e;
        }
        if (generated) {
            log.warn("Created the first account 'admin' with the generated password: {}  "
                    + "(shown once; set {} before the first start to choose it)", password, PASSWORD_VARIABLE);
        } else {
            log.info("startup accounts: created the first account 'admin' with the password from {}",
                    PASSWORD_VARIABLE);
        }
    }

    /** Whether at least one account exists (readiness: nobody could sign in otherwise). */
    public boolean anyAccountExists() {
        return users.count() > 0;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
