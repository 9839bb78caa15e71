package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisReport;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.report.JsonReportWriter;
import com.sesadvisor.analysis.report.PdfReportWriter;
import com.sesadvisor.analysis.report.XlsxReportWriter;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * PDF, Excel and JSON downloads of the analysis on screen. Each download recomputes the report from the input
 * (a few hundred milliseconds) in the download request, not on the UI thread. The PDF and the workbook are written
 * in the UI's language (the language switch sets it for the session and reloads the page).
 */
class ReportSection extends HorizontalLayout {

    private volatile AnalysisInput input;
    private volatile RecommendationOptions options = RecommendationOptions.defaults();
    private volatile com.sesadvisor.analysis.ReportContext context;

    private final Supplier<Locale> locale;

    /** @param locale the UI's language when a download request does not name its UI */
    ReportSection(AnalysisService service, Supplier<Locale> locale) {
        this.locale = locale;
        addClassName("report-section");
        add(link("report-pdf", "analysis.report.pdf", "ses-analysis.pdf", "application/pdf", service,
                (r, l, out) -> PdfReportWriter.write(r, context, l, out)));
        add(link("report-xlsx", "analysis.report.xlsx", "ses-analysis.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", service,
                (r, l, out) -> XlsxReportWriter.write(r, context, l, out)));
        add(link("report-json", "analysis.report.json", "ses-analysis.json", "application/json", service,
                (r, l, out) -> JsonReportWriter.write(r, context, out)));
    }

    void setInput(AnalysisInput in) {
        this.input = in;
    }

    void setContext(com.sesadvisor.analysis.ReportContext c) {
        this.context = c;
    }

    void setOptions(RecommendationOptions o) {
        this.options = o;
    }

    @FunctionalInterface
    private interface Writer {
        void write(AnalysisReport r, Locale locale, java.io.OutputStream out) throws java.io.IOException;
    }

    private Anchor link(String id, String key, String file, String type, AnalysisService service, Writer w) {
        DownloadHandler h = event -> {
            AnalysisInput in = input;
            // The language of the UI that owns the link, read in the download request itself.
            Locale l = event.getUI() != null ? event.getUI().getLocale() : locale.get();
            event.setFileName(file);
            event.setContentType(type);
            w.write(service.report(in, options), l, event.getOutputStream());
        };
        Anchor a = new Anchor(h, getTranslation(key));
        a.setId(id);
        a.getElement().setAttribute("download", file);
        a.addClassName("report-link");
        return a;
    }
}
