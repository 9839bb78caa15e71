package com.sesadvisor.workshop.transfer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in a judgements CSV file: a line and, when one field is at fault, its column. Its {@link #path()} is the
 * problem path the import and the API report ({@code line 3, value}); screens turn it back into a cell with
 * {@link #of(String)} to name the line and the column's number and header in the reader's language.
 *
 * @param line   1-based line of the file (the header is line 1)
 * @param column the header name of the column, or null when the whole line is at fault
 */
public record JudgementCell(int line, String column) {

    private static final Pattern PATH = Pattern.compile("line (\\d+)(?:, (\\w+))?");

    static String path(int line, String column) {
        return new JudgementCell(line, column).path();
    }

    public String path() {
        return column == null ? "line " + line : "line " + line + ", " + column;
    }

    /** The column's 1-based position in the CSV header, 0 when there is no column. */
    public int columnNumber() {
        return column == null ? 0 : JudgementFile.HEADER.indexOf(column) + 1;
    }

    /** The cell a problem path names, empty for a JSON path or a problem of the whole file. */
    public static Optional<JudgementCell> of(String path) {
        Matcher m = PATH.matcher(path);
        return m.matches() ? Optional.of(new JudgementCell(Integer.parseInt(m.group(1)), m.group(2)))
                : Optional.empty();
    }
}
