package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.FinanceOutcome;
import com.sesadvisor.analysis.RankingOutcome;
import com.sesadvisor.analysis.ui.chart.BarChart;
import com.sesadvisor.engine.recommend.Criterion;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.engine.topsis.CriterionGap;
import com.sesadvisor.engine.topsis.RankReversalCheck;
import com.sesadvisor.engine.topsis.StabilityInterval;
import com.sesadvisor.engine.topsis.ValueChange;
import com.sesadvisor.engine.weighting.CombinationMethod;
import com.sesadvisor.rules.Finding;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Weights (subjective, entropy, combined) and the TOPSIS ranking with everything that explains it, plus the
 * rule base's findings with their IDs. α and the combination method are set here; the weights come from the input.
 */
class RankingSection extends VerticalLayout {

    private final AnalysisService service;
    private final NumberField alpha = new NumberField();
    private final Select<CombinationMethod> method = new Select<>();
    private final Checkbox combinations = new Checkbox();
    private final Div body = new Div();
    private FinanceOutcome finance;
    private RankingOutcome last;
    private java.util.function.Consumer<RecommendationOptions> optionsListener = o -> { };
    private java.util.function.Consumer<RankingOutcome> rankedListener = r -> { };

    RankingSection(AnalysisService service) {
        this.service = service;
        addClassName("ranking-section");
        setPadding(false);
        alpha.setLabel(getTranslation("analysis.rank.alpha"));
        alpha.setId("rank-alpha");
        alpha.setMin(0);
        alpha.setMax(1);
        alpha.setStep(0.1);
        alpha.setStepButtonsVisible(true);
        alpha.setValue(0.5);
        alpha.addValueChangeListener(e -> refresh());
        method.setLabel(getTranslation("analysis.rank.method"));
        method.setId("rank-method");
        method.setItems(CombinationMethod.values());
        method.setItemLabelGenerator(m -> getTranslation(AnalysisText.rankMethod(m).key()));
        method.setValue(CombinationMethod.LINEAR);
        method.addValueChangeListener(e -> refresh());
        combinations.setLabel(getTranslation("analysis.rank.combinations"));
        combinations.setId("rank-combinations");
        combinations.addValueChangeListener(e -> refresh());
        HorizontalLayout controls = new HorizontalLayout(alpha, method, combinations);
        controls.setAlignItems(Alignment.BASELINE);
        body.setId("ranking-body");
        body.setWidthFull();
        add(controls, body);
    }

    void onOptionsChanged(java.util.function.Consumer<RecommendationOptions> l) {
        this.optionsListener = l;
    }

    /** Called with every new ranking (for the weight sensitivity on the sensitivity tab). */
    void onRanked(java.util.function.Consumer<RankingOutcome> l) {
        this.rankedListener = l;
    }

    RankingOutcome last() {
        return last;
    }

    RecommendationOptions options() {
        Double a = alpha.getValue();
        double v = a == null || a < 0 || a > 1 ? 0.5 : a;
        alpha.setInvalid(a == null || a < 0 || a > 1);
        alpha.setErrorMessage(getTranslation("analysis.rank.alphaInvalid"));
        return RecommendationOptions.defaults().withAlpha(v).withCombination(method.getValue());
    }

    void show(FinanceOutcome f) {
        this.finance = f;
        refresh();
    }

    private void refresh() {
        if (finance == null) {
            return;
        }
        body.removeAll();
        RankingOutcome r = combinations.getValue() ? service.rankCombinations(finance.input(), options())
                : service.rank(finance, options());
        last = r;
        optionsListener.accept(options());
        rankedListener.accept(r);
        Labels l = new Labels(this).withAlternatives(r);
        Recommendation rec = r.recommendation();
        List<String> alts = rec.indicators().alternatives().stream().map(l::alternative).toList();
        List<Criterion> crit = rec.indicators().criteria();
        List<String> names = crit.stream().map(c -> l.text(c.label())).toList();

        body.add(new H3(l.t("analysis.rank.weights")));
        body.add(ChartHtml.of(new BarChart("weights-chart", l.t("analysis.rank.weightsChart"), names,
                List.of(l.t("analysis.rank.subjective"), l.t("analysis.rank.entropy"), l.t("analysis.rank.combined")),
                new double[][] {rec.weights().subjective(), rec.weights().objective(), rec.weights().weights()},
                x -> String.format(Locale.ROOT, "%.3f", x)).toSvg()));
        HtmlTable wt = new HtmlTable("analysis-weights-table", l.t("analysis.rank.weightsTable"))
                .header(l.t("analysis.indicator"), l.t("analysis.rank.subjective"), l.t("analysis.rank.entropy"),
                        l.t("analysis.rank.combined"), l.t("analysis.rank.stability"));
        for (int j = 0; j < crit.size(); j++) {
            StabilityInterval s = rec.explanations().weightStability().get(j);
            wt.row(names.get(j), l.num(rec.weights().subjective()[j], 4), l.num(rec.weights().objective()[j], 4),
                    l.num(rec.weights().weights()[j], 4), l.num(s.lower(), 3) + " – " + l.num(s.upper(), 3));
        }
        body.add(wt.build());

        body.add(new H3(l.t("analysis.rank.ranking")));
        double[] cl = rec.topsis().closeness();
        body.add(ChartHtml.of(new BarChart("closeness-chart", l.t("analysis.rank.closenessChart"), alts,
                List.of(l.t("analysis.rank.closeness")), new double[][] {cl},
                x -> String.format(Locale.ROOT, "%.4f", x)).toSvg()));
        HtmlTable rt = new HtmlTable("ranking-table", l.t("analysis.rank.rankingTable"))
                .header(l.t("analysis.rank.rank"), l.t("analysis.rank.alternative"), l.t("analysis.rank.closeness"));
        for (int i : rec.topsis().order()) {
            rt.row(String.valueOf(rec.topsis().ranks()[i]), new String[] {alts.get(i), l.num(cl[i], 4)},
                    new String[] {"rank-name-" + rec.topsis().ranks()[i], null}, null);
        }
        body.add(rt.build());
        body.add(explanations(rec, alts, names, l));
        body.add(findings(r, l));
    }

    private Div explanations(Recommendation rec, List<String> alts, List<String> names, Labels l) {
        Div d = new Div();
        d.setId("explanations");
        d.addClassName("explanations");
        int top = rec.topsis().top();
        int second = rec.topsis().second();
        d.add(new H3(l.t("analysis.explain.title")));
        UnorderedList why = new UnorderedList();
        why.setId("why-first");
        for (CriterionGap g : rec.explanations().topVersusSecond().advantages()) {
            why.add(new ListItem(l.t("analysis.explain.advantage", alts.get(top), names.get(g.criterion()),
                    l.num(g.weightedGap(), 4))));
        }
        for (CriterionGap g : rec.explanations().topVersusSecond().disadvantages()) {
            why.add(new ListItem(l.t("analysis.explain.disadvantage", alts.get(second), names.get(g.criterion()),
                    l.num(Math.abs(g.weightedGap()), 4))));
        }
        d.add(new Html("<h4>" + HtmlTable.esc(l.t("analysis.explain.why", alts.get(top), alts.get(second))) + "</h4>"),
                why);
        UnorderedList change = new UnorderedList();
        change.setId("what-would-change");
        for (ValueChange v : rec.explanations().valueChangesForSecond()) {
            if (v.feasible()) {
                change.add(new ListItem(l.t("analysis.explain.valueChange", names.get(v.criterion()),
                        l.num(v.currentValue(), 3), l.num(v.requiredValue(), 3))));
            }
        }
        rec.explanations().weightChangesForSecond().forEach(w -> change.add(new ListItem(l.t(
                "analysis.explain.weightChange", names.get(w.criterion()), l.num(w.currentWeight(), 3),
                l.num(w.requiredWeight(), 3)))));
        if (change.getChildren().findAny().isEmpty()) {
            change.add(new ListItem(l.t("analysis.explain.noChange", alts.get(second))));
        }
        d.add(new Html("<h4>" + HtmlTable.esc(l.t("analysis.explain.whatChange", alts.get(second))) + "</h4>"), change);

        var c = rec.explanations().contributions().shareOfDistanceToIdeal();
        List<String> head = new ArrayList<>(List.of(l.t("analysis.indicator")));
        head.addAll(alts);
        HtmlTable ct = new HtmlTable("contrib-table", l.t("analysis.explain.contributions")).header(head.toArray(String[]::new));
        for (int j = 0; j < names.size(); j++) {
            String[] cells = new String[alts.size()];
            for (int i = 0; i < alts.size(); i++) {
                cells[i] = l.pct(c[i][j]);
            }
            ct.row(names.get(j), cells);
        }
        d.add(ct.build());
        var mc = rec.explanations().monteCarlo();
        if (mc != null) {
            List<String> mh = new ArrayList<>(List.of(l.t("analysis.rank.alternative")));
            for (int k = 1; k <= alts.size(); k++) {
                mh.add(l.t("analysis.explain.rankN", k));
            }
            HtmlTable mt = new HtmlTable("mc-rank-table", l.t("analysis.explain.mc", mc.draws(),
                    l.num(100 * mc.spread(), 0))).header(mh.toArray(String[]::new));
            double[][] f = mc.rankFrequency();
            for (int i = 0; i < alts.size(); i++) {
                String[] cells = new String[alts.size()];
                for (int k = 0; k < alts.size(); k++) {
                    cells[k] = l.pct(f[i][k]);
                }
                mt.row(alts.get(i), cells);
            }
            d.add(mt.build());
        }
        UnorderedList rr = new UnorderedList();
        rr.setId("rank-reversal");
        for (RankReversalCheck x : rec.explanations().rankReversal()) {
            rr.add(new ListItem(x.reversal() ? l.t("analysis.explain.reversal", alts.get(x.removed()))
                    : l.t("analysis.explain.noReversal", alts.get(x.removed()))));
        }
        d.add(new Html("<h4>" + HtmlTable.esc(l.t("analysis.explain.leaveOneOut")) + "</h4>"), rr);
        if (rec.paperReplication() != null) {
            var p = rec.paperReplication();
            Div rep = new Div();
            rep.setId("paper-replication");
            rep.add(new Html("<h4>" + HtmlTable.esc(l.t("analysis.explain.replication")) + "</h4>"));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < alts.size(); i++) {
                sb.append(alts.get(i)).append(": ").append(l.t("analysis.explain.paperMode")).append(" #")
                        .append(p.paperMode().ranks()[i]).append(", ").append(l.t("analysis.explain.correct"))
                        .append(" #").append(p.correctDirections().ranks()[i]).append(". ");
            }
            rep.add(new Span(sb.toString()));
            rep.add(new Html("<p>" + HtmlTable.esc(l.text(p.explanation())) + "</p>"));
            d.add(rep);
        }
        UnorderedList sum = new UnorderedList();
        sum.setId("explanation-summary");
        rec.explanations().sentences().forEach(s -> sum.add(new ListItem(l.text(s))));
        d.add(new Html("<h4>" + HtmlTable.esc(l.t("analysis.explain.summary")) + "</h4>"), sum);
        return d;
    }

    private Div findings(RankingOutcome r, Labels l) {
        Div d = new Div();
        d.setId("findings");
        d.addClassName("findings");
        d.add(new H3(l.t("analysis.findings.title", r.ruleBaseVersion() == null ? "—" : r.ruleBaseVersion())));
        if (r.findings().isEmpty()) {
            d.add(new Span(l.t("analysis.findings.none")));
        }
        for (Finding f : r.findings()) {
            Span id = new Span(f.ruleId());
            id.addClassName("rule-id");
            id.addClassName("severity-" + f.severity().name().toLowerCase());
            Div row = new Div(id, new Span(l.text(r.labelled(f.message()))));
            row.addClassName("finding");
            d.add(row);
        }
        UnorderedList notes = new UnorderedList();
        notes.setId("ranking-notes");
        r.notes().forEach(n -> notes.add(new ListItem(l.text(n))));
        r.recommendation().notes().forEach(n -> notes.add(new ListItem(l.text(n))));
        d.add(notes);
        return d;
    }

}
