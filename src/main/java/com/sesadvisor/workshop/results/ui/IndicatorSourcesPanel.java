package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.recommend.AlternativesLevel;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.workshop.results.WorkshopResults;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Every indicator of the hierarchy with its weight and where the three models' values come from: finance model,
 * scenario, the committee's pairwise comparison of the models (with its CR), a rating with its reason, or the
 * facilitator's exclusion (by whom, when, why). A facilitator can change an indicator's source from here.
 */
class IndicatorSourcesPanel extends Div {

    IndicatorSourcesPanel(WorkshopResults r, Consumer<WorkshopResults.IndicatorRow> change) {
        setId("results-indicator-sources");
        addClassName("indicator-sources");
        setWidthFull();
        add(new H4(getTranslation("workshop.sources.title")));
        Paragraph intro = new Paragraph(getTranslation("workshop.sources.intro"));
        intro.addClassName("muted");
        add(intro);
        Locale locale = getLocale();
        Grid<WorkshopResults.IndicatorRow> grid = new Grid<>();
        grid.setId("indicator-sources-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> i.criterion() + " › " + i.name()).setHeader(getTranslation("workshop.sources.col.indicator"))
                .setWidth("9rem").setFlexGrow(3);
        grid.addColumn(i -> Formats.percent(i.weight(), 1, locale)).setHeader(getTranslation(
                "workshop.sources.col.weight")).setTextAlign(ColumnTextAlign.END).setWidth("4.5rem").setFlexGrow(0);
        grid.addComponentColumn(i -> {
            Span s = new Span(i.sourceText(locale, this::getTranslation));
            s.getElement().setAttribute("data-source", i.source().name());
            if (i.source() == IndicatorSource.EXCLUDED || !i.available()) {
                s.addClassName("verdict-warn");
            }
            return s;
        }).setHeader(getTranslation("workshop.sources.col.source")).setWidth("10rem").setFlexGrow(5);
        for (InvestmentModel m : AlternativesLevel.MODELS) {
            // narrow value columns leave the width to the indicator and its source, which wrap (1024 px in Chinese)
            grid.addColumn(i -> value(i, m, locale)).setHeader(m.name()).setTextAlign(ColumnTextAlign.END)
                    .setWidth("5.5rem").setFlexGrow(0);
        }
        if (change != null) {
            grid.addComponentColumn(i -> {
                Button b = new Button(getTranslation("workshop.sources.change"), e -> change.accept(i));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                b.setId("source-change-" + i.id());
                return b;
            }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        }
        grid.setItems(r.indicators());
        add(grid);
        if (r.excludedShare() > 0 && r.hasRankingWeights()) {
            Paragraph p = new Paragraph(getTranslation("workshop.results.renormalised",
                    Formats.percent(r.excludedShare(), 1, locale)));
            p.setId("results-renormalised");
            p.addClassNames("verdict", "verdict-warn");
            add(p);
        }
        if (!r.awaitingCommittee().isEmpty() && !r.outcome().leafWeights().isEmpty()) {
            Paragraph p = new Paragraph(getTranslation("workshop.results.awaitingCommittee",
                    String.join(", ", r.awaitingCommittee().stream().map(WorkshopResults.IndicatorRow::name).toList())));
            p.setId("results-awaiting-committee");
            p.addClassNames("verdict", "verdict-warn");
            add(p);
        }
    }

    private String value(WorkshopResults.IndicatorRow i, InvestmentModel m, Locale locale) {
        Double v = i.values().get(m);
        if (i.source() == IndicatorSource.FINANCE) {
            return getTranslation("workshop.sources.computed");
        }
        if (v == null) {
            return "—";
        }
        return switch (i.source()) {
            case COMMITTEE_PAIRWISE -> Formats.decimal(v, 3, locale);
            case COMMITTEE_RATING -> Formats.decimal(v, 0, locale);
            // the scenario's value with its unit in the reader's language ("400 次/年")
            case SCENARIO -> com.sesadvisor.engine.recommend.ScenarioIndicators.isScenarioIndicator(i.id())
                    ? Formats.decimal(v, 1, locale) + " " + com.sesadvisor.base.i18n.Texts.render(
                    com.sesadvisor.engine.text.Units.of(com.sesadvisor.engine.recommend.ScenarioIndicators.unit(i.id())))
                    : Formats.decimal(v, 1, locale);
            default -> Formats.decimal(v, 1, locale);
        };
    }
}
