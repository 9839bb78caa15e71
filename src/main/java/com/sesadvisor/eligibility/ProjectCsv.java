package com.sesadvisor.eligibility;

import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads projects from CSV (header {@code name,ratedPowerMw,ratedEnergyMwh,annualCycles} plus the columns a rule
 * set needs, e.g. {@code independentMetering}) and writes batch results as CSV. Cell problems are collected per
 * row and name row and column, so one bad row never stops the others.
 */
public final class ProjectCsv {

    /** Upper bound so that one upload cannot exhaust memory. */
    public static final int MAX_ROWS = 200_000;

    private ProjectCsv() {
    }

    /** A parsed row: the input (with unreadable cells left empty) and the cell problems found. */
    public record ParsedRow(int row, int line, ProjectInput input, List<FieldProblem> problems) {
        public ParsedRow {
            problems = List.copyOf(problems);
        }
    }

    /** Parses the text; a missing header or required column fails the whole upload. */
    public static List<ParsedRow> parse(String text, List<String> requiredColumns) {
        List<Csv.Record> records = Csv.parse(text == null ? "" : text);
        if (records.isEmpty()) {
            throw new InvalidCsvException(List.of(new FieldProblem("header", Text.of("eligibility.problem.csvEmpty"))));
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw new InvalidCsvException(List.of(new FieldProblem("rows", Text.of("eligibility.problem.csvRows",
                    MAX_ROWS, records.size() - 1))));
        }
        Map<String, Integer> columns = columns(records.get(0).fields(), requiredColumns);
        List<ParsedRow> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            rows.add(row(r, records.get(r).line(), records.get(r).fields(), columns));
        }
        return rows;
    }

    /**
     * The column of each known field in a header row (CSV or a sheet's first row);
     * {@link InvalidCsvException} naming every required column that is missing.
     */
    public static Map<String, Integer> columns(List<String> header, List<String> requiredColumns) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).strip();
            int index = i;
            ProjectInput.FIELDS.stream().filter(f -> f.equalsIgnoreCase(h)).findFirst()
                    .ifPresent(f -> columns.putIfAbsent(f, index));
        }
        List<FieldProblem> missing = new ArrayList<>();
        List<String> needed = new ArrayList<>(List.of("name"));
        needed.addAll(requiredColumns);
        for (String column : needed) {
            if (!columns.containsKey(column)) {
                missing.add(new FieldProblem("header", Text.of("eligibility.problem.csvColumn", column)));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidCsvException(missing);
        }
        return columns;
    }

    /** One data row ({@code row} 1-based, {@code line} where it starts in the file) read by {@link #columns}. */
    public static ParsedRow row(int row, int line, List<String> fields, Map<String, Integer> columns) {
        List<FieldProblem> problems = new ArrayList<>();
        Cells cells = new Cells(row, fields, columns, problems);
        ProjectInput input = new ProjectInput(cells.text("name"), cells.number("ratedPowerMw"),
                cells.number("ratedEnergyMwh"), cells.number("annualCycles"), cells.bool("independentMetering"),
                cells.bool("dispatchConnected"), cells.bool("legalEntity"));
        return new ParsedRow(row, line, input, problems);
    }

    /** Reads the cells of one row, recording a problem per unreadable cell. */
    private record Cells(int row, List<String> fields, Map<String, Integer> columns, List<FieldProblem> problems) {

        String text(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= fields.size()) {
                return null;
            }
            String v = fields.get(i) == null ? "" : fields.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        Double number(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new FieldProblem(column, Text.of("eligibility.problem.csvNumber", row, column, v)));
            return null;
        }

        Boolean bool(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "是" -> {
                    return true;
                }
                case "false", "no", "n", "0", "否" -> {
                    return false;
                }
                default -> {
                    problems.add(new FieldProblem(column, Text.of("eligibility.problem.csvYesNo", row, column, v)));
                    return null;
                }
            }
        }
    }

    /** Batch results as CSV: one line per row, with the failing rules or the errors. */
    public static String write(BatchResult result) {
        StringBuilder sb = new StringBuilder();
        batchTable(result).forEach(row -> sb.append(Csv.line(row)));
        return sb.toString();
    }

    /** The batch export as a header and one row per project; CSV and the Excel workbook both write this table. */
    static List<List<Object>> batchTable(BatchResult result) {
        List<List<Object>> table = new java.util.ArrayList<>();
        table.add(List.of("row", "name", "status", "eligible", "ruleSet", "ruleSetVersion", "failedRules", "errors"));
        for (BatchRow r : result.rows()) {
            EligibilityVerdict v = r.verdict();
            table.add(List.of(r.row(), r.name() == null ? "" : r.name(), r.status(),
                    v == null ? "" : v.eligible(), result.ruleSet(), result.ruleSetVersion(),
                    v == null ? "" : failedRules(v),
                    String.join("; ", r.errors().stream().map(p -> p.message().english()).toList())));
        }
        return table;
    }

    /** The failing rules of a verdict in one cell: "ELIG-HE-001 (required .., actual ..) ...". */
    public static String failedRules(EligibilityVerdict v) {
        return String.join(" ", v.failed().stream().map(c -> c.ruleId() + " (required " + c.required()
                + ", actual " + c.actual() + ")").toList());
    }

    /** Audit entries as CSV, one line per decision, with each rule's outcome. */
    public static String writeAudit(List<AuditEntry> entries) {
        StringBuilder sb = new StringBuilder(Csv.line(List.of("id", "decidedAt", "decidedBy", "project",
                "ruleSet", "ruleSetVersion", "ruleBaseVersion", "eligible", "origin", "ratedPowerMw",
                "ratedEnergyMwh", "annualCycles", "independentMetering", "dispatchConnected", "legalEntity",
                "checks", "firedRules")));
        for (AuditEntry e : entries) {
            ProjectInput p = e.project();
            sb.append(Csv.line(List.of(e.id(), e.decidedAt(), e.decidedBy(), e.projectName(), e.ruleSet(),
                    e.ruleSetVersion(), e.ruleBaseVersion(), e.eligible(), e.origin(), blank(p.ratedPowerMw()),
                    blank(p.ratedEnergyMwh()), blank(p.annualCycles()), blank(p.independentMetering()),
                    blank(p.dispatchConnected()), blank(p.legalEntity()),
                    String.join(" ", e.checks().stream().map(c -> c.ruleId() + ":" + (c.passed() ? "pass" : "FAIL")
                            + "[" + c.required() + " | " + c.actual() + "]").toList()),
                    String.join(" ", e.firedRules()))));
        }
        return sb.toString();
    }

    private static Object blank(Object o) {
        return o == null ? "" : o;
    }
}
