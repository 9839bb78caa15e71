package com.sesadvisor.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 CSV: commas, double-quoted fields with "" escapes and embedded line breaks (also the workshop
 * judgements transfer's reader and writer).
 */
public final class Csv {

    private Csv() {
    }

    /** Records of the text, each with the 1-based line it starts on; blank lines are skipped. */
    public static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text; // Excel's UTF-8 BOM
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                finish(records, fields, field, any, start);
                any = false;
                line++;
                start = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        finish(records, fields, field, any, start);
        return records;
    }

    private static void finish(List<Record> records, List<String> fields, StringBuilder field, boolean any,
                               int line) {
        if (any || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(line, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
    }

    /** One line of output; quotes a field when it needs it, and defuses spreadsheet formulas. */
    public static String line(List<?> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(escape(values.get(i) == null ? "" : values.get(i).toString()));
        }
        return sb.append("\r\n").toString();
    }

    private static String escape(String v) {
        // =, +, @, tab and CR start a formula in spreadsheets; so does "-" unless the field is a plain number
        boolean formula = !v.isEmpty() && ("=+@\t\r".indexOf(v.charAt(0)) >= 0
                || v.charAt(0) == '-' && !v.matches("-[0-9.]+([eE][-+]?[0-9]+)?"));
        String s = formula ? "'" + v : v;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    public record Record(int line, List<String> fields) {
    }
}
