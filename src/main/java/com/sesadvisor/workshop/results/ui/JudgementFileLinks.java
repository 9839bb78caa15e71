package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.workshop.transfer.JudgementText;
import com.sesadvisor.workshop.transfer.JudgementTransferService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;

/** The facilitator's downloads of a workshop's judgements, CSV and JSON (issue 15, item 5). */
final class JudgementFileLinks {

    private JudgementFileLinks() {
    }

    static List<Anchor> links(JudgementTransferService transfer, long id) {
        return List.of(link(transfer, id, true), link(transfer, id, false));
    }

    private static Anchor link(JudgementTransferService transfer, long id, boolean csv) {
        String file = "workshop-" + id + "-judgements." + (csv ? "csv" : "json");
        DownloadHandler h = event -> {
            event.setFileName(file);
            event.setContentType(csv ? "text/csv;charset=UTF-8" : "application/json");
            event.getOutputStream().write(csv ? transfer.exportCsv(id) : transfer.exportJson(id));
        };
        Anchor a = new Anchor(h, "");
        a.add(VaadinIcon.DOWNLOAD.create(), new Span(" "), new Span(a.getTranslation(
                (csv ? JudgementText.EXPORT_CSV : JudgementText.EXPORT_JSON).key())));
        a.getElement().setAttribute("download", file);
        a.setId(csv ? "export-judgements-csv" : "export-judgements-json");
        a.addClassName("report-link");
        return a;
    }
}
