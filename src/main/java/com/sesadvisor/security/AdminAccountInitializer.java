package com.sesadvisor.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start with no accounts, creates {@code admin} with the password from {@code SES_ADMIN_PASSWORD}, or a
 * random one printed once to the log. There is deliberately no fixed default password.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

    static final String PASSWORD_VARIABLE = "SES_ADMIN_PASSWORD";
    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;
    private final Clock clock;

    AdminAccountInitializer(AppUserRepository users, PasswordEncoder passwordEncoder, Environment environment,
                            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = environment.getProperty(PASSWORD_VARIABLE);
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = randomPassword();
        }
        users.save(new AppUser("admin", "Administrator", passwordEncoder.encode(password),
                EnumSet.of(Role.ADMIN, Role.FACILITATOR), clock.instant()));
        if (generated) {
            log.warn("Created the first account 'admin' with the generated password: {}  "
                    + "(shown once; set {} before the first start to choose it)", password, PASSWORD_VARIABLE);
        } else {
            log.info("Created the first account 'admin' with the password from {}", PASSWORD_VARIABLE);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
