package com.sesadvisor.rules;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * The start-up compile of the rules on a background thread (issue 17). As a {@link BeanFactoryPostProcessor} it
 * runs before any ordinary bean is created, so the compile (Drools parsing, Java compilation of the consequences,
 * the scenarios) overlaps with the rest of the application's start-up on the second core; the {@code ruleEngine}
 * bean then {@linkplain #take waits} for the result. The background compile has its own {@link RuleBaseCompiler}
 * with the configured limits and the system clock (the clock only stamps {@code loadedAt}).
 */
final class RulePrecompile implements BeanFactoryPostProcessor {

    private final Environment env;
    private volatile CompletableFuture<RuleBase> pending;

    RulePrecompile(Environment env) {
        this.env = env;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!env.getProperty("ses.rules.precompile", Boolean.class, true)) {
            return;
        }
        RuleBaseCompiler compiler = new RuleBaseCompiler(Clock.systemUTC(), RulesConfiguration.limits(env));
        CompletableFuture<RuleBase> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(RulesConfiguration.compileInitial(compiler, env));
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "rules-precompile");
        thread.setDaemon(true);
        thread.start();
        pending = future;
    }

    /**
     * The rule base compiled in the background, or {@code compileHere} when there was no background compile. A
     * compile error is rethrown as it was thrown (so start-up fails naming the file and line, as before).
     */
    RuleBase take(Supplier<RuleBase> compileHere) {
        CompletableFuture<RuleBase> future = pending;
        pending = null;
        if (future == null) {
            return compileHere.get();
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
