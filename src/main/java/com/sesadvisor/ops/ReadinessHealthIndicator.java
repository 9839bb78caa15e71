package com.sesadvisor.ops;

import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.security.AdminAccountInitializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness group ({@code management.endpoint.health.group.readiness.include}): the instance takes
 * traffic only when a rule base is compiled and the first account exists. Its details (which of the two is missing;
 * no versions, paths or names) are never shown over HTTP ({@code show-details=never}), only the status.
 */
@Component("sesHealthIndicator")
class ReadinessHealthIndicator implements HealthIndicator {

    private final ObjectProvider<RuleEngine> rules;
    private final AdminAccountInitializer accounts;

    ReadinessHealthIndicator(ObjectProvider<RuleEngine> rules, AdminAccountInitializer accounts) {
        this.rules = rules;
        this.accounts = accounts;
    }

    @Override
    public Health health() {
        RuleEngine engine = rules.getIfAvailable();
        boolean rulesCompiled = engine != null && engine.current() != null;
        boolean accountExists;
        try {
            accountExists = accounts.anyAccountExists();
        } catch (RuntimeException e) {
            accountExists = false;
        }
        Health.Builder health = rulesCompiled && accountExists ? Health.up() : Health.outOfService();
        return health.withDetail("rulesCompiled", rulesCompiled).withDetail("firstAccount", accountExists).build();
    }
}
