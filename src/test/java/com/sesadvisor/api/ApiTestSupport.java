package com.sesadvisor.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sesadvisor.security.Role;
import com.sesadvisor.security.UserAccountService;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Request builders and golden data shared by the API tests (each test class keeps the same Spring config). */
final class ApiTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    private ApiTestSupport() {
    }

    static MockHttpServletRequestBuilder postJson(String path, Object body) throws IOException {
        return post(path).with(httpBasic("admin", "test-admin-password")).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    static MockHttpServletRequestBuilder getJson(String path) {
        return get(path).with(httpBasic("admin", "test-admin-password")).accept(MediaType.APPLICATION_JSON);
    }

    /** Signs in as {@code username} (HTTP Basic), creating that account with {@code role} if it is not there yet. */
    static RequestPostProcessor signedIn(UserAccountService accounts, String username, String displayName,
                                         String password, Role role) {
        accounts.createIfAbsent(username, displayName, password, Set.of(role));
        return httpBasic(username, password);
    }

    /** A case of src/test/resources/reference/decision-methods.json (each carries its source). */
    static JsonNode golden(String name) throws IOException {
        try (InputStream in = ApiTestSupport.class.getResourceAsStream("/reference/decision-methods.json")) {
            return JSON.readTree(in).path("cases").path(name);
        }
    }

    /** src/test/resources/reference/finance_base_case.json (finance_model.py under the paper's defaults). */
    static JsonNode financeBaseCase() throws IOException {
        try (InputStream in = ApiTestSupport.class.getResourceAsStream("/reference/finance_base_case.json")) {
            return JSON.readTree(in);
        }
    }
}
