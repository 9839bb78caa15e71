package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.text.Text;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The problems found in a workshop file so far, and the small typed readers every section uses: each returns the
 * value, or records at the value's JSON path why it cannot be used (keys {@code workshop.import.*}).
 */
final class WorkshopFileProblems {

    private final List<WorkshopImportException.Problem> problems = new ArrayList<>();

    void add(String path, Text message) {
        problems.add(new WorkshopImportException.Problem(path, message));
    }

    void add(String path, String key, Object... args) {
        add(path, Text.of(key, args));
    }

    int count() {
        return problems.size();
    }

    /** Fails with every problem found, if there is one. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new WorkshopImportException(problems);
        }
    }

    /** A failure of the whole file at one path, before any section is read. */
    static WorkshopImportException fail(String path, String key, Object... args) {
        return new WorkshopImportException(List.of(new WorkshopImportException.Problem(path, Text.of(key, args))));
    }

    /**
     * Each object of an optional list section ({@code path[i]}), in order; an absent or null section is no problem, a
     * section that is not a list or an element that is not an object is recorded.
     */
    void eachObject(JsonNode list, String path, java.util.function.BiConsumer<JsonNode, String> read) {
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            add(path, "workshop.import.listExpected");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            if (list.get(i).isObject()) {
                read.accept(list.get(i), at);
            } else {
                add(at, "workshop.import.objectExpected");
            }
        }
    }

    JsonNode object(JsonNode parent, String field, String path) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || !n.isObject()) {
            add(path, "workshop.import.objectExpected");
            return null;
        }
        return n;
    }

    String text(JsonNode parent, String field, String path, boolean required) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                add(path, "workshop.import.required");
            }
            return null;
        }
        if (!n.isTextual()) {
            add(path, "workshop.import.textExpected");
            return null;
        }
        return n.asText();
    }

    boolean bool(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isBoolean()) {
            add(path, "workshop.import.booleanExpected");
            return false;
        }
        return n.asBoolean();
    }

    Instant instant(JsonNode parent, String field, String path, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                add(path, "workshop.import.required");
            }
            return null;
        }
        try {
            return Instant.parse(n.asText());
        } catch (DateTimeParseException e) {
            add(path, "workshop.import.timestamp");
            return null;
        }
    }

    /** The constant of {@code type} named by the text at {@code field}, or null after recording the choices. */
    <E extends Enum<E>> E constant(JsonNode parent, String field, String path, Class<E> type) {
        String name = parent.path(field).asText("");
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            add(path, "workshop.import.oneOf", Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
