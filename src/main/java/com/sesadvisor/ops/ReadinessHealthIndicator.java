package com.sesadvisor.ops;

import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.security.AdminAccountInitializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness group ({@code management.endpoint.health.group.readiness.include}): the instance takes
 * traffic only when a rule base is compiled, the first account exists and the start-up {@link WarmUp} has run. Its details (which of the two is missing;
 * no versions, paths or names) are never shown over HTTP ({@code show-details=never}), only the status.
 */
@Component("sesHealthIndicator")
class ReadinessHealthIndicator implements HealthIndicator {

    private final ObjectProvider<RuleEngine> rules;
    private final AdminAccountInitializer accounts;
    private final ObjectProvider<WarmUp> warmUp;

    ReadinessHealthIndicator(ObjectProvider<RuleEngine> rules, AdminAccountInitializer accounts,
                             ObjectProvider<WarmUp> warmUp) {
        this.rules = rules;
        this.accounts = accounts;
        this.warmUp = warmUp;
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
        WarmUp w = warmUp.getIfAvailable();
        boolean warm = w == null || w.done();
        Health.Builder health = rulesCompiled && accountExists && warm ? Health.up() : Health.outOfService();
        return health.withDetail("rulesCompiled", rulesCompiled).withDetail("firstAccount", accountExists)
                .withDetail("warmedUp", warm).build();
    }
}
