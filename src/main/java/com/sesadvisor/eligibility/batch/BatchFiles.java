package com.sesadvisor.eligibility.batch;

import com.sesadvisor.eligibility.Csv;
import com.sesadvisor.eligibility.FieldProblem;
import com.sesadvisor.eligibility.InvalidCsvException;
import com.sesadvisor.eligibility.ProjectCsv;
import com.sesadvisor.engine.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a batch upload as a stream of rows, never the whole file: CSV record by record (UTF-8), xlsx through
 * POI's SAX event reader on the first sheet (not the DOM workbook). The first row is the header; each data row
 * becomes a {@link ProjectCsv.ParsedRow} whose cell problems name the row, the field and (via
 * {@link #cell}) the cell, so a bad row never stops the others.
 */
public final class BatchFiles {

    /** The upload's format, told by its first bytes (an xlsx file is a zip: "PK"). */
    public enum Format { CSV, XLSX }

    private BatchFiles() {
    }

    /** Sniffs the format: a zip signature means xlsx, anything else is read as UTF-8 CSV. */
    public static Format format(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                    ? Format.XLSX : Format.CSV;
        }
    }

    /**
     * Reads only the header and checks it: {@link InvalidCsvException} for an empty or unreadable file or a
     * required column missing, so a bad upload is refused before a job starts.
     */
    public static Map<String, Integer> header(Path file, Format format, List<String> required) throws IOException {
        Csv.Record[] first = new Csv.Record[1];
        try {
            records(file, format, r -> {
                first[0] = r;
                throw new Stop();
            });
        } catch (Stop expected) {
            // read no further than the header
        }
        if (first[0] == null) {
            throw new InvalidCsvException(List.of(new FieldProblem("header", Text.of("eligibility.problem.csvEmpty"))));
        }
        return ProjectCsv.columns(first[0].fields(), required);
    }

    /**
     * Streams every data row to {@code rows} (the header is checked as by {@link #header}); {@code rows} may throw
     * to stop early (a cancelled job).
     */
    public static void read(Path file, Format format, List<String> required, Consumer<ProjectCsv.ParsedRow> rows)
            throws IOException {
        Map<String, Integer>[] columns = new Map[1];
        int[] row = {0};
        records(file, format, r -> {
            if (columns[0] == null) {
                columns[0] = ProjectCsv.columns(r.fields(), required);
                return;
            }
            rows.accept(ProjectCsv.row(++row[0], r.line(), r.fields(), columns[0]));
        });
        if (columns[0] == null) {
            throw new InvalidCsvException(List.of(new FieldProblem("header", Text.of("eligibility.problem.csvEmpty"))));
        }
    }

    /** The spreadsheet address of a field's cell on a line, e.g. "C12" (null if the field has no column). */
    public static String cell(Map<String, Integer> columns, String field, int line) {
        Integer index = columns.get(field);
        if (index == null) {
            return null;
        }
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.append(line).toString();
    }

    private static void records(Path file, Format format, Consumer<Csv.Record> sink) throws IOException {
        if (format == Format.CSV) {
            try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                Csv.read(in, sink);
            }
        } else {
            xlsx(file, sink);
        }
    }

    private static void xlsx(Path file, Consumer<Csv.Record> sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new Rows(sink), new RawNumbers(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (SAXException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getException() instanceof RuntimeException r) {
                throw r;
            }
            throw unreadable(e);
        } catch (OpenXML4JException | ParserConfigurationException | org.apache.poi.UnsupportedFileFormatException
                 | org.apache.poi.ooxml.POIXMLException e) {
            throw unreadable(e);
        }
    }

    private static InvalidCsvException unreadable(Exception e) {
        return new InvalidCsvException(List.of(new FieldProblem("file",
                Text.of("eligibility.problem.xlsxUnreadable", String.valueOf(e.getMessage())))));
    }

    /** Numbers as stored (full precision), never as the cell's display format rounds them. */
    private static final class RawNumbers extends DataFormatter {
        RawNumbers() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return NumberToTextConverter.toText(value);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            return NumberToTextConverter.toText(value);
        }
    }

    /** Collects a sheet row's cells by column (gaps become empty cells); blank rows are skipped, as in CSV. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<Csv.Record> sink;
        private final List<String> fields = new ArrayList<>();
        private boolean any;

        Rows(Consumer<Csv.Record> sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            fields.clear();
            any = false;
        }

        @Override
        public void endRow(int rowNum) {
            if (any) {
                sink.accept(new Csv.Record(rowNum + 1, List.copyOf(fields)));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? fields.size() : column(reference);
            while (fields.size() < column) {
                fields.add("");
            }
            String v = value == null ? "" : value;
            if (column < fields.size()) {
                fields.set(column, v);
            } else {
                fields.add(v);
            }
            any |= !v.isBlank();
        }

        private static int column(String reference) {
            int n = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                n = n * 26 + (c - 'A' + 1);
            }
            return n - 1;
        }
    }

    /** Stops reading after the header. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
