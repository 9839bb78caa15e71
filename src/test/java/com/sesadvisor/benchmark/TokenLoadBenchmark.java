package com.sesadvisor.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sesadvisor.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load generator for personal API tokens (not a test; docs/performance.md): starts the application on a random
 * port with an in-memory database, creates a token over HTTP Basic, then
 * <ol>
 *   <li>latency: sequential calls of {@code POST /api/ahp/priorities} unauthenticated (401), with the token (200) and
 *   with HTTP Basic (200, bcrypt); medians after a warm-up;</li>
 *   <li>throughput: {@code clients} concurrent token clients for {@code seconds}, rotating over four calculators;
 *   requests/s, p50 and p95.</li>
 * </ol>
 * Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=com.sesadvisor.benchmark.TokenLoadBenchmark
 * -Djmh.args="50 20"} (clients, seconds).
 */
public final class TokenLoadBenchmark {

    private static final String[][] CALLS = {
            {"/api/ahp/priorities", "{\"matrix\": [[1, 3, 5], [0.3333, 1, 2], [0.2, 0.5, 1]]}"},
            {"/api/topsis", "{\"matrix\": [[14.15, 15.1, 11.5], [14.145, 14.325, 6.7], [14.97, 15.68, 9.4]], "
                    + "\"weights\": [0.3, 0.3, 0.4], \"directions\": [\"BENEFIT\", \"BENEFIT\", \"COST\"]}"},
            {"/api/finance/metrics", "{\"cashFlows\": [-100, 39, 59, 55, 20], \"discountRate\": 0.06}"},
            {"/api/weights/combined", "{\"subjective\": [0.2, 0.3, 0.5], \"objective\": [0.4, 0.4, 0.2]}"}};

    private TokenLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String password = "bench-admin-password";
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).properties(
                "server.port=0", "spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "SES_ADMIN_PASSWORD=" + password, "logging.level.root=warn", "vaadin.devmode.devTools.enabled=false",
                "server.tomcat.threads.max=200").run();
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password)
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> created = http.send(post(base + "/api/tokens", basic,
                    "{\"name\": \"bench\", \"expiresInDays\": 1}"), HttpResponse.BodyHandlers.ofString());
            String bearer = "Bearer " + new ObjectMapper().readTree(created.body()).path("token").asText();

            System.out.printf("machine: %d cores, %s %s, java %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
            String url = base + CALLS[0][0];
            String body = CALLS[0][1];
            latency(http, url, null, body, 2000); // warm-up
            latency(http, url, bearer, body, 2000);
            double anon = latency(http, url, null, body, 3000);
            double token = latency(http, url, bearer, body, 3000);
            double basicMs = latency(http, url, basic, body, 60);
            System.out.printf("latency, median of sequential calls: unauthenticated (401) %.3f ms, token (200) "
                    + "%.3f ms, HTTP Basic (200) %.3f ms; token - unauthenticated = %.3f ms%n", anon, token, basicMs,
                    token - anon);

            throughput(http, base, bearer, clients, 5, false); // warm-up
            throughput(http, base, bearer, clients, seconds, true);
        } finally {
            app.close();
        }
    }

    private static HttpRequest post(String url, String auth, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return b.build();
    }

    private static double latency(HttpClient http, String url, String auth, String body, int n) throws Exception {
        List<Long> times = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            http.send(post(url, auth, body), HttpResponse.BodyHandlers.ofString());
            times.add(System.nanoTime() - t0);
        }
        Collections.sort(times);
        return times.get(n / 2) / 1e6;
    }

    private static void throughput(HttpClient http, String base, String bearer, int clients, int seconds,
                                   boolean report) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                int i = client;
                try {
                    while (System.nanoTime() < end) {
                        String[] call = CALLS[i++ % CALLS.length];
                        long t0 = System.nanoTime();
                        int status = http.send(post(base + call[0], bearer, call[1]),
                                HttpResponse.BodyHandlers.ofString()).statusCode();
                        times.add(System.nanoTime() - t0);
                        (status == 200 ? ok : failed).incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        if (report) {
            List<Long> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            System.out.printf("throughput: %d token clients for %d s: %d ok, %d failed, %.0f requests/s, p50 %.2f ms, "
                    + "p95 %.2f ms%n", clients, seconds, ok.get(), failed.get(), ok.get() / (double) seconds,
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6);
        }
    }
}
