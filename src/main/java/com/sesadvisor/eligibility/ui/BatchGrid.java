package com.sesadvisor.eligibility.ui;

import com.sesadvisor.eligibility.EligibilityText;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.eligibility.BatchRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;

/** The verdict of every CSV row; errors name the row and column. */
final class BatchGrid extends Grid<BatchRow> {

    BatchGrid() {
        setId("batch-grid");
        addColumn(BatchRow::row).setHeader(getTranslation("eligibility.batch.col.row")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> r.name() == null ? "" : r.name()).setHeader(getTranslation("eligibility.batch.col.name"))
                .setFlexGrow(1);
        addComponentColumn(r -> {
            Span badge = new Span(getTranslation(EligibilityText.status(r.status()).key()));
            badge.getElement().getThemeList().add(switch (r.status()) {
                case ELIGIBLE -> "badge success";
                case NOT_ELIGIBLE -> "badge error";
                case ERROR -> "badge contrast";
            });
            badge.addClassName("status-" + r.status());
            return badge;
        }).setHeader(getTranslation("eligibility.batch.col.status")).setAutoWidth(true).setFlexGrow(0);
        addColumn(this::details).setHeader(getTranslation("eligibility.batch.col.details")).setFlexGrow(3);
        addThemeName("wrap-cell-content");
        setWidthFull();
    }

    private String details(BatchRow r) {
        if (r.verdict() == null) {
            return r.errors().stream().map(p -> Texts.render(p.message())).collect(Collectors.joining(" "));
        }
        return r.verdict().failed().stream().map(c -> c.ruleId() + ": " + c.message(getLocale()))
                .collect(Collectors.joining(" "));
    }

}
