package com.sesadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Generated fuzzing of the whole REST API: reads {@code /v3/api-docs}, and for every operation posts fixed malformed
 * bodies plus bodies generated from the operation's schema with extreme numbers (1e308, 1e-300, -1e12...), nulls,
 * wrong types and odd sizes. Fails on any 5xx, on a non-finite number in a response (JSON {@code NaN}/{@code
 * Infinity} or their string forms) and on an error that is not problem+json. Deterministic (fixed seed), so a
 * failure reproduces; the failing request is in the message. Runs as an admin so that every endpoint is reached
 * (authentication has its own tests).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int GENERATED_PER_OPERATION = 50;
    private static final double[] NUMBERS = {0, 1, -1, 0.5, 3, 9, 1.0 / 9, 1e308, -1e308, 1e-300, 4.9e-324, 1e12,
            -1e12, 1e300, 1e-3, 2147483648.0, 1e6, 400, 0.06};
    private static final String[] MALFORMED = {"", "{", "null", "[]", "42", "\"text\"", "{}", "{\"x\":", "[[[[",
            "{\"matrix\": \"NaN\"}", "{\"matrix\": [[1e400]]}"};

    @Autowired
    MockMvc mvc;

    private final Random random = new Random(20261205L);
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void no_request_to_any_endpoint_gives_a_5xx_or_a_non_finite_number() throws Exception {
        JsonNode docs = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString());
        JsonNode schemas = docs.path("components").path("schemas");
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                HttpMethod method = HttpMethod.valueOf(op.getKey().toUpperCase());
                operations++;
                fuzz(path.getKey(), method, op.getValue(), schemas);
            }
        }
        // The reproductions of issue 14, kept explicitly.
        send("/api/ahp/priorities", HttpMethod.POST, MediaType.APPLICATION_JSON,
                "{\"matrix\": [[1,1e300,1e-300],[1e-300,1,1e300],[1e300,1e-300,1]]}");
        send("/api/finance/evaluate", HttpMethod.POST, MediaType.APPLICATION_JSON,
                "{\"model\": \"CSSES\", \"assumptions\": {\"spread\": 1e308}}");
        send("/api/finance/evaluate", HttpMethod.POST, MediaType.APPLICATION_JSON,
                "{\"model\": \"CSSES\", \"assumptions\": {\"ratedPowerMw\": 1e308, \"unitInvestmentPerWh\": 1e308}}");
        send("/api/weights/combined", HttpMethod.POST, MediaType.APPLICATION_JSON,
                "{\"subjective\": [1e308, 1e308], \"objective\": [1e308, 1e308]}");
        send("/api/recommendations", HttpMethod.POST, MediaType.APPLICATION_JSON,
                "{\"hierarchy\": {\"id\": \"goal\", \"matrix\": [[1,1e300,1e-300],[1e-300,1,1e300],[1e300,1e-300,1]]}}");
        send("/api/admin/users", HttpMethod.POST, MediaType.APPLICATION_JSON,
                "{\"username\": \"fuzz-null-role\", \"displayName\": \"x\", \"roles\": [\"EXPERT\", null]}");
        assertThat(operations).as("operations in /v3/api-docs").isGreaterThanOrEqualTo(15);
        assertThat(failures).as(failures.size() + " of " + requests + " requests failed").isEmpty();
    }

    private void fuzz(String path, HttpMethod method, JsonNode op, JsonNode schemas) throws Exception {
        JsonNode content = op.path("requestBody").path("content");
        List<String> types = new ArrayList<>();
        content.fieldNames().forEachRemaining(types::add);
        for (int i = 0; i < GENERATED_PER_OPERATION; i++) {
            String concrete = concretePath(path, op, i);
            if (types.isEmpty()) {
                send(concrete, method, null, null);
                continue;
            }
            String type = types.get(i % types.size());
            MediaType mediaType = MediaType.parseMediaType(type);
            String body;
            if (i < MALFORMED.length) {
                body = MALFORMED[i];
            } else if (type.startsWith("text/csv")) {
                body = csv();
            } else {
                body = JSON.writeValueAsString(generate(content.path(type).path("schema"), schemas, 0));
            }
            send(concrete, method, mediaType, body);
        }
    }

    /** Fills path parameters and query parameters with plausible and implausible values. */
    private String concretePath(String path, JsonNode op, int i) {
        String[] ids = {"1", "0", "-1", "99999999999999999999", "abc", "1e308"};
        String p = path.replaceAll("\\{[^}]+}", ids[i % ids.length]);
        StringBuilder query = new StringBuilder();
        for (JsonNode param : op.path("parameters")) {
            if (!"query".equals(param.path("in").asText()) || random.nextInt(3) == 0) {
                continue;
            }
            String[] values = {"2026-01-01", "not-a-date", "-5", "100000", "CN-HEBEI-2024", "", "1e308"};
            query.append(query.length() == 0 ? "?" : "&").append(param.path("name").asText()).append('=')
                    .append(values[random.nextInt(values.length)]);
        }
        return p + query;
    }

    private String csv() {
        StringBuilder sb = new StringBuilder("name,ratedPowerMw,ratedEnergyMwh,annualCycles,independentMetering,"
                + "dispatchConnected,legalEntity\n");
        int rows = random.nextInt(5);
        for (int r = 0; r < rows; r++) {
            sb.append("p").append(r).append(',').append(number()).append(',').append(number()).append(',')
                    .append(random.nextBoolean() ? "x" : String.valueOf(number())).append(",true,maybe,\n");
        }
        return sb.toString();
    }

    private double number() {
        return NUMBERS[random.nextInt(NUMBERS.length)];
    }

    private JsonNode generate(JsonNode schema, JsonNode schemas, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return generate(schemas.path(name), schemas, depth + 1);
        }
        int roll = random.nextInt(20);
        if (roll == 0) {
            return F.nullNode();
        }
        if (roll == 1) {
            return F.textNode("x");
        }
        if (depth > 6) {
            return F.numberNode(number());
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "object": {
                ObjectNode o = F.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    if (random.nextInt(4) != 0) {
                        o.set(p.getKey(), generate(p.getValue(), schemas, depth + 1));
                    }
                }
                if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                    o.set("key" + random.nextInt(3), generate(schema.get("additionalProperties"), schemas, depth + 1));
                }
                return o;
            }
            case "array": {
                JsonNode items = schema.path("items");
                if (items.path("type").asText().equals("array") && random.nextBoolean()) {
                    return pairwise();
                }
                ArrayNode a = F.arrayNode();
                int n = random.nextInt(10) == 0 ? 25 : random.nextInt(5);
                for (int k = 0; k < n; k++) {
                    a.add(generate(items, schemas, depth + 1));
                }
                return a;
            }
            case "number":
            case "integer":
                return random.nextInt(8) == 0 ? F.numberNode(random.nextInt(3) - 1) : F.numberNode(number());
            case "boolean":
                return F.booleanNode(random.nextBoolean());
            case "string":
                if (schema.has("enum")) {
                    JsonNode e = schema.get("enum");
                    return random.nextInt(6) == 0 ? F.textNode("NO_SUCH_VALUE") : e.get(random.nextInt(e.size()));
                }
                String[] s = {"", "x", "CSSES", "CN-HEBEI-2024", "<script>alert(1)</script>", "=cmd|' /C calc'!A0",
                        "EIGENVECTOR", "BENEFIT", "COST", "AIJ", "LINEAR", "PAPER_DEFAULT"};
                return F.textNode(s[random.nextInt(s.length)]);
            default:
                return F.numberNode(number());
        }
    }

    /** A square matrix with a unit diagonal and reciprocal (or extreme) judgements, to get past the shape checks. */
    private JsonNode pairwise() {
        int n = 2 + random.nextInt(random.nextInt(10) == 0 ? 25 : 5);
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                double v = random.nextInt(3) == 0 ? Math.abs(number()) : 1 + random.nextInt(9);
                m[i][j] = v;
                m[j][i] = 1 / v;
            }
        }
        ArrayNode rows = F.arrayNode();
        for (double[] row : m) {
            ArrayNode r = rows.addArray();
            for (double v : row) {
                if (random.nextInt(30) == 0) {
                    r.addNull();
                } else {
                    r.add(v);
                }
            }
        }
        return rows;
    }

    private void send(String path, HttpMethod method, MediaType type, String body) throws Exception {
        requests++;
        MockHttpServletRequestBuilder req = request(method, path).with(user("admin").roles("ADMIN"))
                .accept(MediaType.APPLICATION_JSON, MediaType.ALL);
        if (type != null) {
            req.contentType(type).content(body == null ? "" : body);
        }
        MockHttpServletResponse response = mvc.perform(req).andReturn().getResponse();
        String what = method + " " + path + (body == null ? "" : " " + abbreviate(body));
        int status = response.getStatus();
        String text = response.getContentAsString();
        if (status >= 500) {
            failures.add(status + " for " + what + " -> " + abbreviate(text));
            return;
        }
        String contentType = response.getContentType() == null ? "" : response.getContentType();
        if (status >= 400 && !contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
            failures.add(status + " not problem+json (" + contentType + ") for " + what);
        }
        if (contentType.contains("json") && !text.isEmpty()) {
            try {
                String bad = nonFinite(JSON.readTree(text));
                if (bad != null) {
                    failures.add("non-finite " + bad + " in the answer to " + what);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                failures.add("invalid JSON (" + e.getOriginalMessage() + ") in the answer to " + what);
            }
        }
    }

    private static String nonFinite(JsonNode node) {
        if (node.isNumber() && !Double.isFinite(node.asDouble()) && !node.isBigInteger()) {
            return node.asText();
        }
        if (node.isTextual() && List.of("NaN", "Infinity", "-Infinity").contains(node.asText())) {
            return "\"" + node.asText() + "\"";
        }
        for (JsonNode child : node) {
            String bad = nonFinite(child);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
