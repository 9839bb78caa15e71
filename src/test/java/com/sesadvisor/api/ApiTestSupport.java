package com.sesadvisor.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
