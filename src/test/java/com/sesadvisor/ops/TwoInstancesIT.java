package com.sesadvisor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.testsupport.AppProcess;
import com.sesadvisor.testsupport.TestPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two application instances on one PostgreSQL database, started at the same moment on an empty database (Flyway's
 * lock serialises the migrations; the first account is created once), then concurrent API clients at both: every
 * request is answered without a server error, and two instances creating the same account name at the same moment
 * give one 201 and a 4xx (409 for the unique-constraint race), never a 500.
 */
class TwoInstancesIT {

    private static final int CLIENTS = 8;
    private static final int REQUESTS_PER_CLIENT = 15;
    private static final int NAME_RACES = 5;

    @Test
    void two_instances_share_one_postgresql_database() throws Exception {
        TestPostgres pg = TestPostgres.get();
        Map<String, String> db = Map.of("spring.datasource.url", pg.createDatabase(),
                "spring.datasource.username", TestPostgres.USER, "spring.datasource.password", "");
        try (AppProcess a = AppProcess.start("two-instances-a", db);
             AppProcess b = AppProcess.start("two-instances-b", db)) {
            a.awaitReady(Duration.ofSeconds(240));
            b.awaitReady(Duration.ofSeconds(240));
            List<AppProcess> both = List.of(a, b);
            String run = UUID.randomUUID().toString().substring(0, 6);

            // concurrent clients at both instances
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    AppProcess target = both.get(c % 2);
                    int client = c;
                    clients.add(pool.submit(() -> {
                        for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                            String body = "{\"ruleSet\":\"CN-HEBEI-2024\",\"project\":{\"name\":\"two-" + run + "-"
                                    + client + "-" + i + "\",\"ratedPowerMw\":100,\"ratedEnergyMwh\":400,"
                                    + "\"annualCycles\":330}}";
                            HttpResponse<String> r = target.post("/api/eligibility", body, "admin",
                                    AppProcess.ADMIN_PASSWORD);
                            statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : clients) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(statuses.keySet()).as("statuses %s", statuses).containsExactly(200);
            assertThat(statuses.get(200).get()).isEqualTo(CLIENTS * REQUESTS_PER_CLIENT);
            // what one instance wrote, the other reads
            HttpResponse<String> audit = b.get("/api/eligibility/audit?limit=10000&project=two-" + run, "admin",
                    AppProcess.ADMIN_PASSWORD);
            assertThat(audit.statusCode()).isEqualTo(200);
            assertThat(audit.body().split("\"projectName\"").length - 1).isEqualTo(CLIENTS * REQUESTS_PER_CLIENT);

            // the same new account name at both instances at the same moment
            ExecutorService racers = Executors.newFixedThreadPool(2);
            try {
                for (int race = 0; race < NAME_RACES; race++) {
                    String body = "{\"username\":\"twin-" + run + "-" + race + "\",\"displayName\":\"Twin\","
                            + "\"roles\":[\"EXPERT\"],\"password\":\"a-long-enough-password\"}";
                    CyclicBarrier start = new CyclicBarrier(2);
                    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                    for (AppProcess target : both) {
                        answers.add(racers.submit(() -> {
                            start.await(30, TimeUnit.SECONDS);
                            return target.post("/api/admin/users", body, "admin", AppProcess.ADMIN_PASSWORD);
                        }));
                    }
                    List<Integer> codes = new ArrayList<>();
                    for (Future<HttpResponse<String>> f : answers) {
                        HttpResponse<String> r = f.get(2, TimeUnit.MINUTES);
                        codes.add(r.statusCode());
                        assertThat(r.statusCode()).as(r.body()).isLessThan(500);
                    }
                    assertThat(codes).as("race %d: %s", race, codes).containsOnlyOnce(201);
                    assertThat(codes).as("race %d: %s", race, codes).allMatch(c -> c == 201 || c == 400 || c == 409);
                    System.out.println("two instances, same account name at once: " + codes);
                }
            } finally {
                racers.shutdownNow();
            }
        }
    }
}
