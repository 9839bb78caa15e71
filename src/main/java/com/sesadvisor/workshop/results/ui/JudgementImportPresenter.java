package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextRenderer;
import com.sesadvisor.workshop.transfer.JudgementCell;
import com.sesadvisor.workshop.transfer.JudgementText;
import com.sesadvisor.workshop.transfer.JudgementTransferService;
import com.sesadvisor.workshop.transfer.WorkshopImportException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the workshop page's "Import judgements" shows for an uploaded file: the file goes to the same service as
 * {@code POST /api/workshops/{id}/judgements} (CSV or JSON, told by the file's name or else its first character), all
 * rows or none; the outcome is either what was stored or every problem, each naming its place (a CSV line and
 * column, number and header; a JSON path as it is in the file) in the reader's language. No Vaadin here, so it is
 * tested without a browser.
 */
final class JudgementImportPresenter {

    /** One refused place of the file, why, and both as the one line the list shows. */
    record Problem(String place, String message, String line) {
    }

    /** @param problems empty when the file was imported */
    record Outcome(boolean imported, String headline, List<Problem> problems) {
    }

    private final JudgementTransferService transfer;
    private final Locale locale;

    JudgementImportPresenter(JudgementTransferService transfer, Locale locale) {
        this.transfer = transfer;
        this.locale = locale;
    }

    Outcome importFile(long workshopId, String fileName, byte[] file) {
        try {
            JudgementTransferService.ImportSummary s = json(fileName, file) ? transfer.importJson(workshopId, file)
                    : transfer.importCsv(workshopId, file);
            return new Outcome(true, t(Text.of(JudgementText.IMPORTED, s.groups(), s.experts(), s.newExperts())),
                    List.of());
        } catch (WorkshopImportException e) {
            // in the file's order: problems of the whole file first, then by line and column (JSON paths as found)
            return new Outcome(false, t(Text.of(JudgementText.REFUSED, e.problems().size())), e.problems().stream()
                    .sorted(Comparator.comparing((WorkshopImportException.Problem p) -> JudgementCell.of(p.path())
                                    .map(c -> (long) c.line() * 100 + c.columnNumber()).orElse(0L)))
                    .map(p -> problem(place(p.path()), t(p.message()))).toList());
        }
    }

    /** The text of a refused upload (wrong type, too large, several files). */
    String rejected() {
        return t(Text.of(JudgementText.REJECTED, com.sesadvisor.workshop.transfer.WorkshopTransferService.MAX_BYTES
                / (1024 * 1024)));
    }

    /** "Line 3, column 6 (value)" for a CSV cell, "Line 3" for a whole line; a JSON path stays as in the file. */
    String place(String path) {
        return JudgementCell.of(path).map(c -> c.column() == null || c.columnNumber() == 0
                        ? t(Text.of(JudgementText.PLACE_LINE, c.line()))
                        : t(Text.of(JudgementText.PLACE_CELL, c.line(), c.columnNumber(), c.column())))
                .orElse(path);
    }

    private Problem problem(String place, String message) {
        // the same "place: reason" line as the workshop file's import ("：" in Chinese)
        return new Problem(place, message, t(Text.of("workshop.transfer.problem", place, message)));
    }

    /** JSON when the name says so, CSV when it says so; otherwise JSON when the file starts with '{'. */
    static boolean json(String fileName, byte[] file) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        String text = new String(file, 0, Math.min(file.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return text.stripLeading().startsWith("{");
    }

    private String t(Text text) {
        return TextRenderer.render(text, locale);
    }
}
