package com.sesadvisor.eligibility.ui;

import com.sesadvisor.eligibility.EligibilityText;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.eligibility.BatchResult;
import com.sesadvisor.eligibility.BatchRow;
import com.sesadvisor.eligibility.EligibilityService;
import com.sesadvisor.eligibility.InvalidProjectException;
import com.sesadvisor.eligibility.UnknownRuleSetException;
import com.sesadvisor.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Batch screening: upload a CSV (button or drag and drop), filter the verdicts, export them as CSV. */
@Route(value = "eligibility/batch", layout = MainLayout.class)
@RolesAllowed({"REGULATOR", "ADMIN"})
public class BatchView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final String ALL = "ALL";

    private final EligibilityService eligibility;
    private final CurrentUser currentUser;
    private final BatchGrid grid = new BatchGrid();
    private final Paragraph summary = new Paragraph();
    private final Select<String> filter = new Select<>();
    private final Div export = new Div();
    private final com.vaadin.flow.component.html.Span shown = new com.vaadin.flow.component.html.Span();
    private BatchResult result;

    public BatchView(EligibilityService eligibility, CurrentUser currentUser) {
        this.eligibility = eligibility;
        this.currentUser = currentUser;
        addClassName("batch-view");
        RuleSetPicker picker = new RuleSetPicker("batch-rule-set", eligibility.ruleSets());
        // The classic receiver API is used on purpose: its succeeded event arrives in a UI request, so the grid
        // updates without server push.
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("batch-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("eligibility.batch.drop")));
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("eligibility.batch.upload")));
        upload.addSucceededListener(e -> {
            screen(picker.getValue() == null ? null : picker.getValue().name(), read(buffer.getInputStream()));
            upload.clearFileList();
        });
        upload.addFileRejectedListener(e -> {
            clearResults(); // the previous file's verdicts must not sit under a refused upload
            Notifications.error(getTranslation("eligibility.batch.rejected"));
        });
        upload.addFailedListener(e -> clearResults());
        // the two export links side by side with a gap, not run together ("Export CSVExport Excel")
        export.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");

        filter.setId("batch-filter");
        filter.setLabel(getTranslation("eligibility.batch.filter"));
        filter.setItems(ALL, BatchRow.Status.ELIGIBLE.name(), BatchRow.Status.NOT_ELIGIBLE.name(),
                BatchRow.Status.ERROR.name());
        filter.setItemLabelGenerator(s -> ALL.equals(s) ? getTranslation("eligibility.batch.filter.ALL")
                : getTranslation(EligibilityText.status(BatchRow.Status.valueOf(s)).key()));
        filter.setValue(ALL);
        filter.addValueChangeListener(e -> applyFilter());
        summary.setId("batch-summary");
        shown.setId("batch-shown");
        HorizontalLayout tools = new HorizontalLayout(filter, shown, export);
        tools.setAlignItems(Alignment.BASELINE);
        tools.setVisible(false);
        grid.setVisible(false);
        add(new H2(getTranslation("eligibility.batch.title")), new Paragraph(getTranslation("eligibility.batch.intro")),
                picker, upload, summary, tools, grid);
    }

    /** Hides the previous file's verdicts (after a refused or failed upload, or a file that could not be read). */
    private void clearResults() {
        result = null;
        summary.setText("");
        export.removeAll();
        filter.getParent().ifPresent(p -> p.setVisible(false));
        grid.setItems(java.util.List.of());
        grid.setVisible(false);
    }

    private void screen(String ruleSet, String csv) {
        clearResults();
        try {
            result = eligibility.checkBatch(ruleSet, csv, currentUser.username());
        } catch (InvalidProjectException e) {
            Notifications.error(getTranslation("eligibility.batch.invalid", e.problems().stream()
                    .map(p -> Texts.render(p.message())).collect(Collectors.joining(" "))));
            return;
        } catch (UnknownRuleSetException e) {
            Notifications.error(Texts.render(e.text()));
            return;
        } catch (com.sesadvisor.eligibility.RuleSetQuarantinedException e) {
            // A runaway rule stopped the batch: the rule set is out of service until it is fixed and reloaded.
            Notifications.error(Texts.render(e.text()));
            return;
        }
        summary.setText(getTranslation("eligibility.batch.summary", result.rows().size(),
                result.count(BatchRow.Status.ELIGIBLE), result.count(BatchRow.Status.NOT_ELIGIBLE),
                result.count(BatchRow.Status.ERROR), result.ruleSet(), result.ruleSetVersion()));
        BatchResult shown = result;
        export.removeAll();
        export.add(Downloads.link("batch-export", getTranslation("eligibility.batch.export"),
                "eligibility-" + shown.ruleSet() + ".csv", "text/csv", () -> eligibility.batchCsv(shown)));
        export.add(Downloads.binaryLink("batch-export-xlsx", getTranslation("eligibility.batch.exportXlsx"),
                "eligibility-" + shown.ruleSet() + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", () -> eligibility.batchXlsx(shown)));
        filter.getParent().ifPresent(p -> p.setVisible(true));
        grid.setVisible(true);
        filter.setValue(ALL);
        applyFilter();
    }

    private void applyFilter() {
        if (result == null) {
            return;
        }
        String wanted = filter.getValue();
        var rows = result.rows().stream().filter(r -> wanted == null || ALL.equals(wanted)
                || r.status().name().equals(wanted)).toList();
        grid.setItems(rows);
        shown.setText(getTranslation("eligibility.batch.shown", rows.size(), result.rows().size()));
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("eligibility.batch.title") + " · " + getTranslation("app.name");
    }
}
