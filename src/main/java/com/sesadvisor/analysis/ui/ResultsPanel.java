package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.FinanceOutcome;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Locale;

/**
 * Everything a committee needs for one {@link AnalysisInput}: finance, sensitivity, weights and ranking with
 * explanations and findings, and the report downloads. Embeddable: a workshop builds the input from the group's
 * weights and calls {@link #show(AnalysisInput)}; the standalone analysis view does the same from its form.
 */
public class ResultsPanel extends VerticalLayout {

    private final AnalysisService service;
    private final Div banner = new Div();
    private final Div eligibility = new Div();
    private final FinanceSection finance = new FinanceSection();
    private final SensitivitySection sensitivity;
    private final RankingSection ranking;
    private final ReportSection reports;

    public ResultsPanel(AnalysisService service) {
        this.service = service;
        this.sensitivity = new SensitivitySection(service);
        this.ranking = new RankingSection(service);
        this.reports = new ReportSection(service, () -> {
            UI ui = UI.getCurrent();
            return ui == null ? Locale.ENGLISH : ui.getLocale();
        });
        ranking.onOptionsChanged(reports::setOptions);
        ranking.onRanked(sensitivity::showWeights);
        addClassName("results-panel");
        setPadding(false);
        banner.setId("results-banner");
        banner.addClassName("results-banner");
        banner.setVisible(false);
        TabSheet tabs = new TabSheet();
        tabs.setId("results-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("analysis.tab.finance"), finance).setId("tab-finance");
        tabs.add(getTranslation("analysis.tab.sensitivity"), sensitivity).setId("tab-sensitivity");
        tabs.add(getTranslation("analysis.tab.ranking"), ranking).setId("tab-ranking");
        eligibility.setId("results-eligibility");
        eligibility.addClassName("results-eligibility");
        eligibility.setVisible(false);
        add(banner, eligibility, reports, tabs);
    }

    /**
     * Shows the analysis of {@code in}. When the assumptions are invalid the previous results stay and a banner
     * says they are out of date; the caller shows the violations on its own form.
     *
     * @return true when the results now reflect {@code in}
     */
    public boolean show(AnalysisInput input) {
        AnalysisInput in = service.effective(input);
        FinanceOutcome f;
        try {
            f = service.finance(in);
        } catch (InvalidFinanceInputException e) {
            markStale();
            return false;
        }
        banner.setVisible(false);
        eligibility.setVisible(in.ruleSetName() != null);
        if (in.ruleSetName() != null) {
            eligibility.setText(getTranslation(Boolean.TRUE.equals(in.eligible()) ? "analysis.eligibility.eligible"
                    : "analysis.eligibility.notEligible", in.ruleSetName()));
        }
        reports.setInput(in);
        finance.show(f);
        ranking.show(f);
        sensitivity.show(in);
        return true;
    }

    /** Heads the PDF report with where the analysis comes from (a workshop); null for none. */
    public void setReportContext(com.sesadvisor.analysis.ReportContext context) {
        reports.setContext(context);
    }

    /** Keeps the figures on screen but says they belong to an earlier, valid scenario. */
    public void markStale() {
        banner.setText(getTranslation("analysis.results.stale"));
        banner.setVisible(true);
    }
}
