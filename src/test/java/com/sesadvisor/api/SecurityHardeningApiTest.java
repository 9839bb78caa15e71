package com.sesadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sesadvisor.security.Role;
import com.sesadvisor.security.UserAccountService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP: personal API tokens (create, use, list, revoke), sign-in throttling (429 + Retry-After, admin
 * unlock), problem+json for 401/403/404/405/406/415, an unknown /api path is a 404 (never the UI page), security
 * headers and the OpenAPI document's title and security schemes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHardeningApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AHP = "{\"matrix\": [[1, 3], [0.3333, 1]]}";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> call(String method, String path, String auth, String contentType, String body,
                              String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> json(String method, String path, String auth, String body) throws Exception {
        return call(method, path, auth, body == null ? null : "application/json", body, "application/json");
    }

    static void assertProblem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).path("status").asInt()).isEqualTo(status);
    }

    @Test
    void a_token_is_shown_once_authenticates_as_its_owner_and_stops_working_when_revoked() throws Exception {
        accounts.createIfAbsent("token-user", "Token User", "token-user-password", Set.of(Role.FACILITATOR));
        String owner = basic("token-user", "token-user-password");
        HttpResponse<String> created = json("POST", "/api/tokens", owner,
                "{\"name\": \"script\", \"expiresInDays\": 30}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String token = body.path("token").asText();
        assertThat(token).startsWith("ses_").hasSizeGreaterThan(40);
        assertThat(body.path("expiresAt").isNull()).isFalse();

        String bearer = "Bearer " + token;
        assertThat(json("POST", "/api/ahp/priorities", bearer, AHP).statusCode()).isEqualTo(200);
        // the token carries the owner's roles: a facilitator is no admin
        assertProblem(json("GET", "/api/admin/users", bearer, null), 403);

        HttpResponse<String> list = json("GET", "/api/tokens", bearer, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("script").doesNotContain(token).doesNotContain("Hash");

        // another user cannot revoke it
        HttpResponse<String> foreign = json("DELETE", "/api/tokens/" + body.path("id").asLong(),
                basic("admin", "test-admin-password"), null);
        assertProblem(foreign, 404);

        assertThat(json("DELETE", "/api/tokens/" + body.path("id").asLong(), owner, null).statusCode())
                .isEqualTo(204);
        assertProblem(json("POST", "/api/ahp/priorities", bearer, AHP), 401);
        assertProblem(json("POST", "/api/ahp/priorities", "Bearer ses_not-a-token", AHP), 401);
    }

    @Test
    void token_requests_name_the_field() throws Exception {
        String admin = basic("admin", "test-admin-password");
        HttpResponse<String> r = json("POST", "/api/tokens", admin, "{\"name\": \"\"}");
        assertProblem(r, 400);
        assertThat(JSON.readTree(r.body()).path("errors").path(0).path("field").asText()).isEqualTo("name");
        r = json("POST", "/api/tokens", admin, "{\"name\": \"x\", \"expiresInDays\": 0}");
        assertProblem(r, 400);
        assertThat(JSON.readTree(r.body()).path("errors").path(0).path("field").asText()).isEqualTo("expiresInDays");
    }

    @Test
    void repeated_wrong_passwords_lock_that_account_with_429_and_retry_after_until_an_admin_unlocks_it()
            throws Exception {
        accounts.createIfAbsent("throttled", "Throttled", "right-password-1", Set.of(Role.EXPERT));
        accounts.createIfAbsent("bystander", "Bystander", "bystander-password", Set.of(Role.EXPERT));
        for (int i = 0; i < 5; i++) {
            assertProblem(json("POST", "/api/ahp/priorities", basic("throttled", "wrong-" + i), AHP), 401);
        }
        HttpResponse<String> locked = json("POST", "/api/ahp/priorities", basic("throttled", "right-password-1"), AHP);
        assertProblem(locked, 429);
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        // only that account: another account from the same client still works
        assertThat(json("POST", "/api/ahp/priorities", basic("bystander", "bystander-password"), AHP).statusCode())
                .isEqualTo(200);

        HttpResponse<String> unlock = json("POST", "/api/admin/users/throttled/unlock",
                basic("admin", "test-admin-password"), null);
        assertThat(unlock.statusCode()).as(unlock.body()).isEqualTo(200);
        assertThat(JSON.readTree(unlock.body()).path("wasLocked").asBoolean()).isTrue();
        assertThat(json("POST", "/api/ahp/priorities", basic("throttled", "right-password-1"), AHP).statusCode())
                .isEqualTo(200);
    }

    @Test
    void every_error_is_problem_json_and_an_unknown_api_path_is_a_404_not_the_ui() throws Exception {
        String admin = basic("admin", "test-admin-password");
        assertProblem(json("POST", "/api/ahp/priorities", null, AHP), 401);
        assertProblem(json("POST", "/api/nothing", admin, "{}"), 404);
        assertProblem(json("GET", "/api/nothing/deeper", admin, null), 404);
        HttpResponse<String> wrongMethod = json("GET", "/api/ahp/priorities", admin, null);
        assertProblem(wrongMethod, 405);
        assertProblem(call("POST", "/api/eligibility/batch", admin, "application/xml", "<x/>", "application/json"),
                415);
        assertProblem(call("POST", "/api/ahp/priorities", admin, "application/json", AHP, "image/png"), 406);
        accounts.createIfAbsent("errors-expert", "Expert", "errors-expert-password", Set.of(Role.EXPERT));
        assertProblem(json("GET", "/api/admin/users", basic("errors-expert", "errors-expert-password"), null), 403);
    }

    @Test
    void responses_carry_security_headers_and_the_openapi_document_declares_both_schemes() throws Exception {
        HttpResponse<String> login = call("GET", "/login", null, null, null, "text/html");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()");
        HttpResponse<String> api = json("POST", "/api/ahp/priorities", basic("admin", "test-admin-password"), AHP);
        assertThat(api.headers().firstValue("Content-Security-Policy")).isPresent();

        JsonNode docs = JSON.readTree(call("GET", "/v3/api-docs", null, null, null, "application/json").body());
        assertThat(docs.path("info").path("title").asText()).isEqualTo("SES Advisor API");
        assertThat(docs.path("info").path("version").asText()).isNotEqualTo("v0");
        JsonNode schemes = docs.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
    }
}
