package com.sesadvisor.analysis.ui;

import com.vaadin.flow.component.Html;

/**
 * Builds a read-only HTML table (escaped) for dense figures: a grid component per yearly table would cost far more
 * on the server for numbers nobody edits. Cells may carry ids so journeys and screen readers can find them. Public
 * for the saved-scenario comparison (analysis.saved.ui).
 */
public final class HtmlTable {

    private final StringBuilder sb = new StringBuilder();

    public HtmlTable(String cssClass, String caption) {
        sb.append("<div class=\"table-wrap\"><table class=\"").append(esc(cssClass)).append("\">");
        if (caption != null) {
            sb.append("<caption>").append(esc(caption)).append("</caption>");
        }
    }

    public HtmlTable header(String... cells) {
        sb.append("<thead><tr>");
        for (String c : cells) {
            sb.append("<th scope=\"col\">").append(esc(c)).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        return this;
    }

    /** A row: first cell is the row header; ids (nullable) per data cell. */
    public HtmlTable row(String head, String[] cells, String[] ids, String rowClass) {
        sb.append("<tr").append(rowClass == null ? "" : " class=\"" + esc(rowClass) + "\"").append("><th scope=\"row\">")
                .append(esc(head)).append("</th>");
        for (int i = 0; i < cells.length; i++) {
            sb.append("<td");
            if (ids != null && ids[i] != null) {
                sb.append(" id=\"").append(esc(ids[i])).append('"');
            }
            sb.append('>').append(esc(cells[i])).append("</td>");
        }
        sb.append("</tr>");
        return this;
    }

    /** A row whose data cells are already-escaped HTML (built with {@link #esc(String)}). */
    HtmlTable rowHtml(String head, String[] htmlCells) {
        sb.append("<tr><th scope=\"row\">").append(esc(head)).append("</th>");
        for (String c : htmlCells) {
            sb.append("<td>").append(c).append("</td>");
        }
        sb.append("</tr>");
        return this;
    }

    HtmlTable row(String head, String... cells) {
        return row(head, cells, null, null);
    }

    public Html build() {
        return new Html(sb.append("</tbody></table></div>").toString());
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
