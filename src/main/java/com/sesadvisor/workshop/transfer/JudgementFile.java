package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sesadvisor.eligibility.Csv;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.workshop.JudgementStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A judgements file read into one row per compared pair, whatever its format, each row knowing how to name the
 * place of any of its fields in the file ("line 7, value" in CSV, {@code experts[0].groups[2].pairs[1].value} in
 * JSON). Reading records every problem it finds and goes on, so one import names all of them.
 */
final class JudgementFile {

    static final String FORMAT = "ses-advisor-judgements/1";
    static final List<String> HEADER = List.of("expert", "weight", "group", "row", "column", "value", "status",
            "updatedAt");

    /**
     * One compared pair of one expert in one group.
     *
     * @param elements the group's elements as the file lists them (JSON), or null (CSV)
     * @param value    the row element's importance over the column element, null when unanswered
     * @param at       the file position of a field, e.g. {@code at.apply("value")}
     */
    record Row(String expert, Double weight, String group, List<String> elements, String row, String column,
               Double value, JudgementStatus status, Instant updatedAt, UnaryOperator<String> at) {
    }

    private final List<WorkshopImportException.Problem> problems;

    JudgementFile(List<WorkshopImportException.Problem> problems) {
        this.problems = problems;
    }

    private void add(String where, JudgementText key, Object... args) {
        problems.add(new WorkshopImportException.Problem(where, Text.of(key, args)));
    }

    // ---- CSV ----

    List<Row> csv(byte[] file) {
        List<Row> rows = new ArrayList<>();
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // spreadsheet programs save "CSV UTF-8" with a byte-order mark
        }
        List<Csv.Record> records = Csv.parse(text);
        if (records.isEmpty()) {
            add(JudgementCell.path(1, null), JudgementText.EMPTY);
            return rows;
        }
        List<String> header = records.get(0).fields().stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!header.equals(HEADER.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList())) {
            add(JudgementCell.path(records.get(0).line(), null), JudgementText.HEADER, String.join(",", HEADER));
            return rows;
        }
        for (Csv.Record r : records.subList(1, records.size())) {
            UnaryOperator<String> at = field -> JudgementCell.path(r.line(), field);
            if (r.fields().size() != HEADER.size()) {
                add(JudgementCell.path(r.line(), null), JudgementText.COLUMNS, HEADER.size(), r.fields().size());
                continue;
            }
            List<String> f = r.fields().stream().map(String::strip).toList();
            rows.add(new Row(text(f.get(0), at.apply("expert")), number(f.get(1), at.apply("weight"), true),
                    text(f.get(2), at.apply("group")), null, text(f.get(3), at.apply("row")),
                    text(f.get(4), at.apply("column")), number(f.get(5), at.apply("value"), false),
                    status(f.get(6), at.apply("status")), instant(f.get(7), at.apply("updatedAt")), at));
        }
        return rows;
    }

    /** The rows as CSV (header first, one line per pair, empty value for an unanswered pair). */
    static byte[] toCsv(List<Row> rows) {
        StringBuilder sb = new StringBuilder(Csv.line(HEADER));
        for (Row r : rows) {
            sb.append(Csv.line(Arrays.asList(r.expert(), r.weight(), r.group(), r.row(), r.column(), r.value(),
                    r.status().name(), r.updatedAt().toString())));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String text(String s, String where) {
        if (s == null || s.isEmpty()) {
            add(where, JudgementText.REQUIRED);
            return null;
        }
        return s;
    }

    private Double number(String s, String where, boolean required) {
        if (s == null || s.isEmpty()) {
            if (required) {
                add(where, JudgementText.REQUIRED);
            }
            return null;
        }
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        add(where, JudgementText.NUMBER);
        return null;
    }

    private JudgementStatus status(String s, String where) {
        for (JudgementStatus st : JudgementStatus.values()) {
            if (st.name().equalsIgnoreCase(s)) {
                return st;
            }
        }
        add(where, JudgementText.ONE_OF, Arrays.toString(JudgementStatus.values()));
        return null;
    }

    private Instant instant(String s, String where) {
        if (s == null || s.isEmpty()) {
            add(where, JudgementText.REQUIRED);
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            add(where, JudgementText.TIMESTAMP);
            return null;
        }
    }

    // ---- JSON ----

    List<Row> json(ObjectMapper mapper, byte[] file) {
        List<Row> rows = new ArrayList<>();
        JsonNode root;
        try {
            root = mapper.readTree(file);
        } catch (IOException e) {
            add("$", JudgementText.NOT_JSON);
            return rows;
        }
        if (root == null || !root.isObject()) {
            add("$", JudgementText.NOT_JSON);
            return rows;
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            add("format", JudgementText.FORMAT, FORMAT);
            return rows;
        }
        JsonNode experts = list(root, "experts", "experts");
        for (int e = 0; experts != null && e < experts.size(); e++) {
            String ep = "experts[" + e + "]";
            JsonNode expert = experts.get(e);
            String name = jsonText(expert, "expert", ep + ".expert");
            Double weight = jsonNumber(expert, "weight", ep + ".weight", true);
            JsonNode groups = list(expert, "groups", ep + ".groups");
            for (int g = 0; groups != null && g < groups.size(); g++) {
                String gp = ep + ".groups[" + g + "]";
                JsonNode group = groups.get(g);
                String id = jsonText(group, "group", gp + ".group");
                JsonNode el = list(group, "elements", gp + ".elements");
                List<String> elements = new ArrayList<>();
                if (el != null) {
                    el.forEach(x -> elements.add(x.asText()));
                }
                JudgementStatus status = status(group.path("status").asText(""), gp + ".status");
                Instant updatedAt = instant(group.path("updatedAt").asText(""), gp + ".updatedAt");
                JsonNode pairs = list(group, "pairs", gp + ".pairs");
                for (int k = 0; pairs != null && k < pairs.size(); k++) {
                    String pp = gp + ".pairs[" + k + "]";
                    JsonNode pair = pairs.get(k);
                    UnaryOperator<String> at = field -> switch (field) {
                        case "expert", "weight" -> ep + "." + field;
                        case "group", "elements", "status", "updatedAt" -> gp + "." + field;
                        default -> pp + "." + field;
                    };
                    rows.add(new Row(name, weight, id, List.copyOf(elements), jsonText(pair, "row", pp + ".row"),
                            jsonText(pair, "column", pp + ".column"), jsonNumber(pair, "value", pp + ".value", false),
                            status, updatedAt, at));
                }
            }
        }
        return rows;
    }

    private JsonNode list(JsonNode parent, String field, String where) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || !n.isArray()) {
            add(where, JudgementText.LIST);
            return null;
        }
        return n;
    }

    private String jsonText(JsonNode parent, String field, String where) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || !n.isTextual() || n.asText().isEmpty()) {
            add(where, JudgementText.REQUIRED);
            return null;
        }
        return n.asText();
    }

    private Double jsonNumber(JsonNode parent, String field, String where, boolean required) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                add(where, JudgementText.REQUIRED);
            }
            return null;
        }
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            add(where, JudgementText.NUMBER);
            return null;
        }
        return n.asDouble();
    }
}
