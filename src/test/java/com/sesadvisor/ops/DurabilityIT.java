package com.sesadvisor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sesadvisor.testsupport.AppProcess;
import com.sesadvisor.testsupport.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * No acknowledged write is lost when the process dies: the real application runs as its own JVM, clients stream
 * eligibility checks (each one an audit row, committed before the 200 answer), the JVM is {@code kill -9}ed once
 * {@code durability.writes} (default 200) checks were acknowledged, restarted on the same data, and every
 * acknowledged check must be in the audit trail. On the shipped H2 file settings and on PostgreSQL.
 *
 * <p>The build runs {@code durability.rounds} (default 1) rounds per database to keep {@code mvn verify} short;
 * docs/performance.md has the 5-round command and its figures:
 * {@code ./mvnw -B verify -Dit.test=DurabilityIT -Ddurability.rounds=5 -DskipTests -Dsurefire.skip=true}.
 */
class DurabilityIT {

    private static final int ROUNDS = Integer.getInteger("durability.rounds", 1);
    private static final int WRITES = Integer.getInteger("durability.writes", 200);
    private static final int CLIENTS = 4;
    private static final Duration START = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void no_acknowledged_write_is_lost_on_h2() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "durability").toAbsolutePath())
                .resolve("h2-" + UUID.randomUUID().toString().substring(0, 8));
        // the shipped URL and its settings (WRITE_DELAY=0 ...), only the file moved under target/
        String url = shippedDatasourceUrl().replace("./data/ses-advisor", dir.resolve("ses-advisor").toString());
        assertThat(url).contains("WRITE_DELAY=0");
        rounds("h2", Map.of("spring.datasource.url", url));
    }

    @Test
    void no_acknowledged_write_is_lost_on_postgresql() throws Exception {
        TestPostgres pg = TestPostgres.get();
        rounds("postgresql", Map.of("spring.datasource.url", pg.createDatabase(),
                "spring.datasource.username", TestPostgres.USER, "spring.datasource.password", ""));
    }

    private void rounds(String database, Map<String, String> props) throws Exception {
        String run = database + "-" + UUID.randomUUID().toString().substring(0, 6);
        List<String> report = new ArrayList<>();
        int totalLost = 0;
        AppProcess app = AppProcess.start("durability-" + database, props).awaitReady(START);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                String prefix = run + "-r" + round + "-";
                Set<String> acknowledged = ConcurrentHashMap.newKeySet();
                AtomicInteger sent = new AtomicInteger();
                long started = System.nanoTime();
                stream(app, prefix, acknowledged, sent);
                long millis = (System.nanoTime() - started) / 1_000_000;
                app = AppProcess.start("durability-" + database, props).awaitReady(START);
                Set<String> found = auditedNames(app, prefix);
                Set<String> lost = new HashSet<>(acknowledged);
                lost.removeAll(found);
                totalLost += lost.size();
                String line = String.format("durability %s round %d: acknowledged %d, sent %d, found after restart "
                                + "%d, lost %d (%d ms of writes before kill -9)", database, round, acknowledged.size(),
                        sent.get(), found.size(), lost.size(), millis);
                report.add(line);
                System.out.println(line + (lost.isEmpty() ? "" : " lost: " + lost));
            }
        } finally {
            app.close();
        }
        Files.writeString(Path.of("target", "durability-results.txt"), String.join("\n", report) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertThat(totalLost).as("acknowledged writes lost: %s", report).isZero();
    }

    /** Clients post checks until WRITES were acknowledged, then the JVM is killed mid-stream. */
    private void stream(AppProcess app, String prefix, Set<String> acknowledged, AtomicInteger sent)
            throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread t = new Thread(() -> {
                while (!killed.get()) {
                    String name = prefix + sequence.incrementAndGet();
                    String body = "{\"ruleSet\":\"CN-HEBEI-2024\",\"project\":{\"name\":\"" + name
                            + "\",\"ratedPowerMw\":100,\"ratedEnergyMwh\":400,\"annualCycles\":330}}";
                    try {
                        sent.incrementAndGet();
                        HttpResponse<String> r = app.post("/api/eligibility", body, "admin",
                                AppProcess.ADMIN_PASSWORD);
                        if (r.statusCode() == 200) {
                            acknowledged.add(name);
                        } else if (!killed.get()) {
                            throw new IllegalStateException("Unexpected " + r.statusCode() + ": " + r.body());
                        }
                    } catch (IOException e) {
                        if (!killed.get()) {
                            // the server went away without our kill: a real failure
                            throw new IllegalStateException(e);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "durability-client-" + c);
            t.start();
            clients.add(t);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (acknowledged.size() < WRITES && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        killed.set(true);
        app.kill9();
        for (Thread t : clients) {
            t.join(70_000);
        }
        assertThat(acknowledged.size()).as("acknowledged before the kill").isGreaterThanOrEqualTo(WRITES);
    }

    private static Set<String> auditedNames(AppProcess app, String prefix) throws Exception {
        HttpResponse<String> r = app.get("/api/eligibility/audit?limit=10000&project=" + prefix, "admin",
                AppProcess.ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Set<String> names = new HashSet<>();
        for (JsonNode row : JSON.readTree(r.body())) {
            String name = row.path("projectName").asText(row.path("project").path("name").asText());
            if (name.startsWith(prefix)) {
                names.add(name);
            }
        }
        return names;
    }

    static String shippedDatasourceUrl() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DurabilityIT.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p.getProperty("spring.datasource.url");
    }
}
