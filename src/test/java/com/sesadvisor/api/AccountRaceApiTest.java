package com.sesadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Account creation over real HTTP with real concurrency: many clients creating one user name in different cases get
 * exactly one 201 and 409 for all others (the database's unique constraint on the lower-case name decides the race);
 * a null or unknown role is a 400 naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountRaceApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> create(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/users"))
                .header("Authorization", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void concurrent_creations_of_one_name_in_any_case_give_one_201_and_409_for_the_rest() throws Exception {
        int clients = 15;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String name = i % 2 == 0 ? "RaceCase" : "racecase";
            answers.add(pool.submit(() -> {
                start.await();
                return create("{\"username\": \"" + name + "\", \"displayName\": \"Race\", \"roles\": [\"EXPERT\"],"
                        + " \"password\": \"long-enough-password\"}");
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get();
            statuses.add(r.statusCode());
            if (r.statusCode() == 409) {
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(JSON.readTree(r.body()).path("errors").path(0).path("field").asText()).isEqualTo("username");
            }
        }
        pool.shutdown();
        assertThat(statuses).as("statuses " + statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);

        // and afterwards, sequentially, any other case is refused too
        assertThat(create("{\"username\": \"RACECASE\", \"displayName\": \"x\", \"roles\": [\"EXPERT\"]}")
                .statusCode()).isEqualTo(409);
    }

    @Test
    void a_null_or_unknown_role_is_a_400_naming_the_field() throws Exception {
        HttpResponse<String> nullRole = create(
                "{\"username\": \"null-role\", \"displayName\": \"x\", \"roles\": [\"EXPERT\", null]}");
        assertThat(nullRole.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(nullRole.body());
        assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo("roles[1]");

        HttpResponse<String> unknown = create(
                "{\"username\": \"king-role\", \"displayName\": \"x\", \"roles\": [\"KING\"]}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).path("errors").path(0).path("field").asText()).isEqualTo("roles[0]");
        assertThat(unknown.body()).contains("ADMIN", "FACILITATOR", "EXPERT", "REGULATOR");
    }
}
