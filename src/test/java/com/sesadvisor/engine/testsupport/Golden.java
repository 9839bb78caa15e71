package com.sesadvisor.engine.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads cases of src/test/resources/reference/decision-methods.json (never edited). */
public final class Golden {

    public static final double PUBLISHED_TOL = 0.0015;
    public static final double COMPUTED_TOL = 1e-6;

    private Golden() {
    }

    public static JsonNode goldenCase(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/reference/decision-methods.json")) {
            JsonNode node = new ObjectMapper().readTree(in).path("cases").path(name);
            if (node.isMissingNode()) {
                throw new IllegalStateException("no golden case " + name);
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static double[][] matrix(JsonNode node) {
        double[][] m = new double[node.size()][];
        for (int i = 0; i < node.size(); i++) {
            m[i] = vector(node.get(i));
        }
        return m;
    }

    public static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < node.size(); i++) {
            v[i] = node.get(i).asDouble();
        }
        return v;
    }
}
