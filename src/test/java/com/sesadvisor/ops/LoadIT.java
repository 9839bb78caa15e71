package com.sesadvisor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.testsupport.AppProcess;
import com.sesadvisor.testsupport.TestPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The load figure of docs/performance.md, run by hand (not part of the build): two instances on one PostgreSQL,
 * {@code load.clients} concurrent API clients (half at each instance) for {@code load.seconds}, each looping over
 * an eligibility check (a write: one audit row) and an AHP priorities call (a read). Counts answers by status and
 * reports throughput and latency percentiles; passes only with 0 errors (anything but 200, or no answer).
 *
 * <pre>./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LoadIT \
 *     -Dload.seconds=120 -Dload.clients=50</pre>
 */
@EnabledIfSystemProperty(named = "load.seconds", matches = "\\d+")
class LoadIT {

    @Test
    void two_instances_under_concurrent_api_clients() throws Exception {
        int seconds = Integer.getInteger("load.seconds");
        int clients = Integer.getInteger("load.clients", 50);
        TestPostgres pg = TestPostgres.get();
        Map<String, String> db = Map.of("spring.datasource.url", pg.createDatabase(),
                "spring.datasource.username", TestPostgres.USER, "spring.datasource.password", "",
                "spring.datasource.hikari.maximum-pool-size", "20", "server.tomcat.threads.max", "100");
        try (AppProcess a = AppProcess.start("load-a", db); AppProcess b = AppProcess.start("load-b", db)) {
            a.awaitReady(Duration.ofSeconds(240));
            b.awaitReady(Duration.ofSeconds(240));
            List<AppProcess> both = List.of(a, b);
            Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                AppProcess target = both.get(c % 2);
                int client = c;
                futures.add(pool.submit(() -> {
                    int i = 0;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        String outcome;
                        try {
                            HttpResponse<String> r = (i % 2 == 0)
                                    ? target.post("/api/eligibility", "{\"ruleSet\":\"CN-HEBEI-2024\",\"project\":"
                                    + "{\"name\":\"load-" + client + "-" + i + "\",\"ratedPowerMw\":100,"
                                    + "\"ratedEnergyMwh\":400,\"annualCycles\":330}}", "admin",
                                    AppProcess.ADMIN_PASSWORD)
                                    : target.post("/api/ahp/priorities", "{\"matrix\":[[1,3],[0.3333,1]]}", "admin",
                                    AppProcess.ADMIN_PASSWORD);
                            outcome = String.valueOf(r.statusCode());
                        } catch (Exception e) {
                            outcome = e.getClass().getSimpleName();
                        }
                        latencies.add((System.nanoTime() - t0) / 1_000_000);
                        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                        i++;
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(seconds + 300L, TimeUnit.SECONDS);
            }
            pool.shutdown();
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            int total = sorted.length;
            String report = String.format("load: %d clients, 2 instances, %d s: %d requests (%.1f/s), outcomes %s, "
                            + "latency ms p50 %d p95 %d p99 %d max %d", clients, seconds, total,
                    total / (double) seconds, outcomes, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    total == 0 ? 0 : sorted[total - 1]);
            System.out.println(report);
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "load-results.txt"), report + "\n");
            assertThat(outcomes.keySet()).as(report).containsExactly("200");
        }
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

}
