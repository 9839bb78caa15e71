package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.workshop.group.ui.LiveFormats;
import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.workshop.group.Quorum;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.ui.ResultsPanel;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.eligibility.FieldProblem;
import com.sesadvisor.eligibility.RuleCheck;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.workshop.group.WorkshopFinding;
import com.sesadvisor.workshop.results.WorkshopOutcome;
import com.sesadvisor.workshop.results.WorkshopResults;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The body of a workshop's results, whoever may read them: the committee's summary (who finished, consensus, the
 * weights used and what was left out, the eligibility verdict, the findings), the mechanism and cash-flow pickers,
 * and the analysis {@link ResultsPanel} with its report downloads. Embedded by {@link WorkshopResultsView} (signed
 * in) and {@link InvitationResultsView} (an expert's personal link); it shows what the service returned and checks
 * nothing itself.
 */
class WorkshopResultsContent extends VerticalLayout {

    private final WorkshopResults results;
    private final ResultsPanel panel;
    private final Select<ProfitMechanism> mechanism = new Select<>();
    private final Select<CashFlowView> view = new Select<>();
    private final Span weightsSource = new Span();
    private final boolean equalWeights;

    private final Consumer<WorkshopResults.IndicatorRow> changeSource;
    private BiConsumer<ProfitMechanism, CashFlowView> pickersChanged = (m, v) -> { };

    WorkshopResultsContent(WorkshopResults results, AnalysisService analysis) {
        this(results, analysis, null);
    }

    /**
     * @param changeSource opens the facilitator's choice of an indicator's source, or null for readers who may not
     *                     change it
     */
    WorkshopResultsContent(WorkshopResults results, AnalysisService analysis,
                           Consumer<WorkshopResults.IndicatorRow> changeSource) {
        this.results = results;
        this.changeSource = changeSource;
        this.panel = new ResultsPanel(analysis);
        this.equalWeights = !results.hasRankingWeights();
        setPadding(false);
        add(summary(results));
        add(pickers(results));
        if (results.outcome().provisional()) {
            add(provisionalRanking(results.outcome()));
        }
        panel.setWidthFull();
        add(panel);
        showAnalysis();
    }

    private HorizontalLayout pickers(WorkshopResults r) {
        mechanism.setId("results-mechanism");
        mechanism.setLabel(getTranslation("workshop.results.mechanism"));
        mechanism.setItems(r.mechanisms());
        mechanism.setItemLabelGenerator(m -> getTranslation(AnalysisText.mechanism(m).key()));
        mechanism.setValue(r.mechanisms().get(0));
        mechanism.setVisible(r.mechanisms().size() > 1);
        mechanism.setHelperText(getTranslation("workshop.results.mechanism.help"));
        mechanism.addValueChangeListener(e -> showAnalysis());
        view.setId("results-view");
        view.setLabel(getTranslation("workshop.results.view"));
        view.setItems(CashFlowView.values());
        view.setItemLabelGenerator(v -> getTranslation(AnalysisText.view(v).key()));
        view.setValue(WorkshopResults.DEFAULT_VIEW);
        view.setWidth("18em");
        view.addValueChangeListener(e -> showAnalysis());
        Span single = new Span(r.mechanisms().size() == 1
                ? getTranslation("workshop.results.mechanism.single", getTranslation(AnalysisText.mechanism(r.mechanisms().get(0)).key())) : "");
        single.setId("results-mechanism-single");
        single.setVisible(r.mechanisms().size() == 1);
        HorizontalLayout l = new HorizontalLayout(mechanism, single, view);
        l.setAlignItems(Alignment.BASELINE);
        return l;
    }

    private void showAnalysis() {
        if (mechanism.getValue() == null || view.getValue() == null) {
            return;
        }
        boolean provisional = results.outcome().provisional();
        weightsSource.setText(equalWeights ? getTranslation(provisional ? "workshop.results.weightsEqualProvisional"
                : "workshop.results.weightsEqual")
                : getTranslation(provisional ? "workshop.results.weightsProvisional" : "workshop.results.weightsGroup",
                getTranslation(WorkshopText.aggregationShort(results.outcome().aggregation()).key())));
        panel.setReportContext(results.reportContext(equalWeights, getLocale()));
        panel.show(results.analysisInput(mechanism.getValue(), view.getValue(),
                equalWeights));
        pickersChanged.accept(mechanism.getValue(), view.getValue());
    }

    /**
     * Tells {@code listener} the mechanism and cash-flow view the page shows, now and after every change, so the
     * parts below the ranking (the stakeholder perspectives) show the same case as the ranking above them.
     */
    void onPickersChanged(BiConsumer<ProfitMechanism, CashFlowView> listener) {
        pickersChanged = listener;
        listener.accept(mechanism.getValue(), view.getValue());
    }

    private Div summary(WorkshopResults r) {
        WorkshopOutcome o = r.outcome();
        Map<String, String> names = r.names();
        Div s = new Div();
        s.setId("results-summary");
        s.addClassName("results-summary");
        boolean provisional = o.provisional();
        H3 heading = new H3(getTranslation(provisional ? "workshop.results.summaryProvisional"
                : "workshop.results.summary"));
        heading.setId("results-heading");
        s.add(heading);

        Quorum q = o.quorum();
        String completeText = !o.complete() ? getTranslation("workshop.results.incomplete", o.missingNodes().stream()
                .map(n -> names.getOrDefault(n, n)).collect(Collectors.joining(", ")))
                : provisional ? getTranslation("workshop.results.belowQuorum", o.fewestExperts(), q.invited(),
                        q.required())
                : getTranslation("workshop.results.completeQuorum", o.fewestExperts(), q.invited(), q.required());
        Span complete = new Span(completeText);
        complete.setId("results-complete");
        complete.addClassNames("verdict", provisional ? "verdict-warn" : "verdict-ok");

        double threshold = r.threshold();
        Span consensus = new Span(o.committeeConsensus().map(c -> getTranslation("workshop.results.consensus",
                        LiveFormats.consensus(this, c, getLocale()), Formats.percent(threshold, 0, getLocale())))
                .orElse(getTranslation(provisional ? "workshop.results.noConsensusProvisional"
                        : "workshop.live.noHierarchyConsensus")));
        consensus.setId("results-consensus");
        consensus.addClassNames("verdict", o.committeeConsensus().map(c -> c.sStar() >= threshold).orElse(false)
                ? "verdict-ok" : "verdict-warn");
        s.add(line(complete), line(consensus), line(restsOn(o, names)));

        weightsSource.setId("results-weights-source");
        s.add(line(weightsSource));

        Div columns = new Div();
        columns.addClassName("workshop-columns");
        columns.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        if (!o.criteriaWeights().isEmpty()) {
            columns.add(column(getTranslation("workshop.live.criteriaWeights"),
                    LiveFormats.weightBars("results-criteria-weights", o.criteriaWeights().keySet().stream()
                                    .map(id -> names.getOrDefault(id, id)).toList(),
                            o.criteriaWeights().values().stream().mapToDouble(Double::doubleValue).toArray(),
                            getLocale())));
        }
        s.add(columns);
        s.add(new IndicatorSourcesPanel(r, changeSource));
        if (!r.hasRankingWeights()) {
            Paragraph none = new Paragraph(!o.leafWeights().isEmpty() && !r.awaitingCommittee().isEmpty()
                    ? getTranslation("workshop.results.awaitingCommittee", r.awaitingCommittee().stream()
                            .map(WorkshopResults.IndicatorRow::name).collect(Collectors.joining(", ")))
                    : o.complete() ? getTranslation("workshop.results.noFinanceWeight")
                    : getTranslation("workshop.results.noWeightsYet"));
            none.setId("results-no-finance");
            none.addClassNames("verdict", "verdict-warn");
            Span equal = new Span(getTranslation("workshop.results.equalUsed", r.equalWeights().keySet().stream()
                    .collect(Collectors.joining(", "))));
            equal.setId("results-equal-weights");
            s.add(none, line(equal));
        }
        s.add(eligibility(r.eligibility()));
        s.add(findings(o.findings(), names));
        return s;
    }

    /** "Goal: 1 of 3 experts · Economic: 2 of 3 experts": what each group's numbers rest on. */
    private Span restsOn(WorkshopOutcome o, Map<String, String> names) {
        Span s = new Span(getTranslation("workshop.results.restsOn", o.nodeExperts().entrySet().stream()
                .map(e -> getTranslation("workshop.results.restsOnNode", names.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue(), o.quorum().invited()))
                .collect(Collectors.joining(" · "))));
        s.setId("results-rests-on");
        s.addClassName("muted");
        return s;
    }

    /** Above the ranking: it is not the committee's yet. */
    private Div provisionalRanking(WorkshopOutcome o) {
        Span text = new Span(o.complete() ? getTranslation("workshop.results.provisionalRanking", o.fewestExperts(),
                o.quorum().invited(), o.quorum().required())
                : getTranslation("workshop.results.provisionalRankingIncomplete"));
        text.addClassNames("verdict", "verdict-warn");
        Div d = new Div(text);
        d.setId("results-provisional");
        return d;
    }

    private Div eligibility(WorkshopResults.Eligibility e) {
        Div d = new Div(new H4(getTranslation("workshop.results.eligibility")));
        d.setId("results-eligibility-verdict");
        switch (e.status()) {
            case NONE -> d.add(new Span(getTranslation("workshop.results.eligibility.none")));
            case NOT_RUN -> {
                Span s = new Span(getTranslation("workshop.results.eligibility.notRun", e.ruleSet(),
                        e.missing().stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "))));
                s.addClassNames("verdict", "verdict-warn");
                d.add(s);
                UnorderedList why = new UnorderedList();
                for (FieldProblem p : e.missing()) {
                    why.add(new ListItem(p.field() + ": " + Texts.render(p.message())));
                }
                d.add(why);
            }
            case CHECKED -> {
                boolean ok = Boolean.TRUE.equals(e.eligible());
                Span s = new Span(ok ? getTranslation("workshop.results.eligibility.eligible", e.ruleSet())
                        : getTranslation("workshop.results.eligibility.notEligible", e.ruleSet(),
                        String.join(", ", e.failedRuleIds())));
                s.setId("results-eligibility-line");
                s.addClassNames("verdict", ok ? "verdict-ok" : "verdict-warn");
                d.add(s);
                UnorderedList rules = new UnorderedList();
                rules.setId("results-eligibility-rules");
                for (RuleCheck c : e.checks()) {
                    ListItem li = new ListItem(getTranslation(c.passed() ? "workshop.results.rule.passed"
                            : "workshop.results.rule.failed", c.ruleId(), c.message(getLocale())));
                    rules.add(li);
                }
                d.add(rules);
                if (!ok) {
                    Paragraph note = new Paragraph(getTranslation("workshop.results.eligibility.capacity"));
                    note.addClassName("muted");
                    d.add(note);
                }
            }
            default -> throw new IllegalStateException("unknown status " + e.status());
        }
        return d;
    }

    private Div findings(List<WorkshopFinding> list, Map<String, String> names) {
        Div d = new Div(new H4(getTranslation("workshop.live.findings")));
        d.setId("results-findings");
        if (list.isEmpty()) {
            d.add(new Span(getTranslation("workshop.results.noFindings")));
        }
        UnorderedList ul = new UnorderedList();
        for (WorkshopFinding f : list) {
            String node = f.nodeId() == null ? "" : names.getOrDefault(f.nodeId(), f.nodeId());
            ListItem li = new ListItem(new Span(f.code()), new Span(" · " + getTranslation(WorkshopText.finding(f.code()).key(), node)));
            li.getElement().setAttribute("title", Texts.render(f.explanation()));
            ul.add(li);
        }
        d.add(ul);
        return d;
    }

    private static Div line(com.vaadin.flow.component.Component c) {
        Div d = new Div(c);
        d.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return d;
    }

    private static VerticalLayout column(String title, Div content) {
        VerticalLayout c = new VerticalLayout(new H4(title), content);
        c.setPadding(false);
        c.getStyle().set("flex", "1 1 22em");
        c.addClassName("ahp-result");
        return c;
    }

}
