package com.sesadvisor.analysis.ui;

import com.vaadin.flow.component.Html;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A read-only table as a presenter computes it (caption, header, rows of text with optional cell ids), so a test
 * can read what will be shown; {@link #html()} draws it with {@link HtmlTable}.
 */
record TableModel(String cssClass, String caption, List<String> header, List<Row> rows) {

    /** A row: its header cell, the data cells and their ids (null entries for cells without an id). */
    record Row(String head, List<String> cells, List<String> ids) {
        Row {
            cells = List.copyOf(cells);
            ids = ids == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(ids));
        }

        Row(String head, String... cells) {
            this(head, Arrays.asList(cells), null);
        }
    }

    TableModel {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The data cell in {@code row} under the header {@code column} (0 = the row header). */
    String cell(int row, int column) {
        Row r = rows.get(row);
        return column == 0 ? r.head() : r.cells().get(column - 1);
    }

    Html html() {
        HtmlTable t = new HtmlTable(cssClass, caption).header(header.toArray(String[]::new));
        for (Row r : rows) {
            t.row(r.head(), r.cells().toArray(String[]::new), r.ids() == null ? null : r.ids().toArray(String[]::new),
                    null);
        }
        return t.build();
    }
}
