package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.workshop.transfer.JudgementText;
import com.sesadvisor.workshop.transfer.JudgementTransferService;
import com.sesadvisor.workshop.transfer.WorkshopTransferService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import java.io.IOException;
import java.io.InputStream;

/**
 * "Import judgements" on the workshop page (facilitators and admins, as the API): a CSV or JSON file exported from
 * SES Advisor, checked whole by {@link JudgementImportPresenter}; a refused file lists every problem with its line and
 * column and stores nothing. The classic receiver API is used, as for the workshop file, so the result arrives in a
 * UI request without server push.
 */
final class JudgementImportSection extends Details {

    private final Div problems = new Div();

    JudgementImportSection(JudgementTransferService transfer, long workshopId, Runnable imported) {
        JudgementImportPresenter presenter = new JudgementImportPresenter(transfer, getLocale());
        setSummaryText(getTranslation(JudgementText.IMPORT.key()));
        setId("import-judgements-section");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("import-judgements");
        upload.setAcceptedFileTypes("text/csv", ".csv", "application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(WorkshopTransferService.MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation(JudgementText.DROP.key())));
        upload.setUploadButton(new Button(getTranslation(JudgementText.IMPORT.key()), VaadinIcon.UPLOAD.create()));
        problems.setId("import-judgements-problems");
        problems.addClassNames("verdict", "verdict-warn");
        problems.setVisible(false);
        upload.addSucceededListener(e -> {
            byte[] bytes;
            try (InputStream in = buffer.getInputStream()) {
                bytes = in.readAllBytes();
            } catch (IOException ex) {
                bytes = new byte[0]; // reported as an empty file
            }
            upload.clearFileList();
            show(presenter.importFile(workshopId, e.getFileName(), bytes), imported);
        });
        upload.addFileRejectedListener(e -> {
            problems.removeAll();
            problems.add(new Span(presenter.rejected()));
            problems.setVisible(true);
        });
        add(new Paragraph(getTranslation(JudgementText.IMPORT_HINT.key())), upload, problems);
    }

    private void show(JudgementImportPresenter.Outcome outcome, Runnable imported) {
        problems.removeAll();
        problems.setVisible(!outcome.imported());
        if (outcome.imported()) {
            Notifications.success(outcome.headline());
            imported.run();
            return;
        }
        problems.add(new Span(outcome.headline()));
        UnorderedList list = new UnorderedList();
        for (JudgementImportPresenter.Problem p : outcome.problems()) {
            list.add(new ListItem(p.line()));
        }
        problems.add(list);
    }
}
