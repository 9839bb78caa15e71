package com.sesadvisor.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 CSV: commas, double-quoted fields with "" escapes and embedded line breaks (also the workshop
 * judgements transfer's reader and writer).
 */
public final class Csv {

    /** A longer field ends the read (an unclosed quote would otherwise swallow the rest of a file into memory). */
    public static final int MAX_FIELD_CHARS = 1_000_000;

    private Csv() {
    }

    /** Records of the text, each with the 1-based line it starts on; blank lines are skipped. */
    public static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        try {
            read(new java.io.StringReader(text), records::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // cannot happen with a StringReader
        }
        return records;
    }

    /**
     * Streams the records of {@code in} to {@code sink} one at a time (a batch file of any size in bounded
     * memory), each with the 1-based line it starts on; blank lines are skipped, a leading BOM is dropped.
     */
    public static void read(java.io.Reader in, java.util.function.Consumer<Record> sink) throws java.io.IOException {
        char[] buf = new char[1 << 16];
        int len = 0;
        int pos = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean quoteJustClosed = false; // the previous char closed a quote: a '"' now is an escaped quote
        boolean any = false;
        boolean skipLf = false;
        boolean first = true;
        int line = 1;
        int start = 1;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len < 0) {
                    break;
                }
                continue;
            }
            char c = buf[pos++];
            if (first) {
                first = false;
                if (c == '\uFEFF') { // Excel's UTF-8 BOM
                    continue;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                    quoteJustClosed = true;
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                if (field.length() >= MAX_FIELD_CHARS) {
                    throw new InvalidCsvException(List.of(new FieldProblem("line " + start,
                            com.sesadvisor.engine.text.Text.of("eligibility.problem.csvFieldTooLong", start,
                                    MAX_FIELD_CHARS))));
                }
                field.append(c);
                continue;
            }
            if (c == '"') {
                if (quoteJustClosed) {
                    field.append('"');
                }
                quoted = true;
                quoteJustClosed = false;
                any = true;
                continue;
            }
            quoteJustClosed = false;
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                finish(sink, fields, field, any, start);
                any = false;
                line++;
                start = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        finish(sink, fields, field, any, start);
    }

    private static void finish(java.util.function.Consumer<Record> sink, List<String> fields, StringBuilder field,
                               boolean any, int line) {
        if (any || !fields.isEmpty()) {
            fields.add(field.toString());
            sink.accept(new Record(line, List.copyOf(fields)));
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
