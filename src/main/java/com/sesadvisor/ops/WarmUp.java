package com.sesadvisor.ops;

import com.sesadvisor.assessment.RecommendationRequest;
import com.sesadvisor.assessment.RecommendationService;
import com.sesadvisor.eligibility.EligibilityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Exercises the rule base and the engine once at start-up, before readiness reports UP (issue 17): eligibility
 * checks against every rule set in force and the full recommendation pipeline (finance model of every investment
 * model, indicator matrix, entropy and combined weights, TOPSIS, advisory rules), nothing stored. Without it the
 * first requests paid for class loading, Drools' lazy network building and the JIT: 10-50x slower than warm.
 *
 * <p>It runs on its own thread after the application has started, so it does not delay "Started Application";
 * {@link ReadinessHealthIndicator} reports OUT_OF_SERVICE until it has finished (or failed: a failed warm-up is
 * logged and does not keep the instance out of service). {@code ses.warm-up.millis} bounds its time (default
 * 3000 ms; 0 turns it off).
 *
 * <p>First it creates the Spring Data repositories: the application bootstraps them lazily
 * ({@code spring.data.jpa.repositories.bootstrap-mode=lazy}, docs/decisions/0017), which takes their creation
 * (Spring Data's and Hibernate's parsing of every query, ~1.5 s of a cold start) out of "Started Application" but
 * not out of readiness, so no first request pays for it. A query that does not parse fails here, logged, and again
 * on its first use.
 */
@Component
class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    private static final int ROUND = 250;

    private final EligibilityService eligibility;
    private final RecommendationService recommendations;
    private final Runnable repositories;
    private final long budgetMillis;
    private volatile boolean done;

    @Autowired
    WarmUp(EligibilityService eligibility, RecommendationService recommendations, ListableBeanFactory beans,
           @Value("${ses.warm-up.millis:3000}") long budgetMillis) {
        this(eligibility, recommendations, () -> beans.getBeansOfType(Repository.class), budgetMillis);
    }

    WarmUp(EligibilityService eligibility, RecommendationService recommendations, Runnable repositories,
           long budgetMillis) {
        this.eligibility = eligibility;
        this.recommendations = recommendations;
        this.repositories = repositories;
        this.budgetMillis = budgetMillis;
        this.done = budgetMillis <= 0;
    }

    /** Whether the warm-up has finished (or is turned off). */
    boolean done() {
        return done;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (done) {
            return;
        }
        Thread thread = new Thread(this::run, "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    void run() {
        long started = System.nanoTime();
        try {
            repositories.run();
        } catch (RuntimeException e) {
            log.warn("startup warm-up could not create every repository (each is retried on its first use): {}",
                    e.toString());
        }
        long deadline = System.nanoTime() + budgetMillis * 1_000_000;
        int checks = 0;
        int recommendationsRun = 0;
        try {
            // Rounds of both until the budget is spent or enough for the JIT's C2 thresholds (~10k invocations).
            while (System.nanoTime() < deadline && (checks < 20_000 || recommendationsRun < 200)) {
                checks += eligibility.exercise(ROUND);
                for (int i = 0; i < 20; i++) {
                    recommendations.recommend(RecommendationRequest.paperBaseCase());
                    recommendationsRun++;
                }
            }
            log.info("startup warm-up eligibilityChecks={} recommendations={} millis={}", checks, recommendationsRun,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("startup warm-up failed after {} checks and {} recommendations (serving cold): {}", checks,
                    recommendationsRun, e.toString());
        } finally {
            done = true;
        }
    }
}
