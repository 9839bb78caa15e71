package com.sesadvisor.workshop.ui;

import com.sesadvisor.assessment.AhpAssessment;
import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.engine.ahp.AhpResult;
import com.sesadvisor.rules.Finding;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Weights, λmax, CI, CR and every finding with its rule ID, so a committee can see how each number was obtained.
 */
class AhpResultPanel extends VerticalLayout {

    private final Function<String, String> elementName;

    AhpResultPanel(Function<String, String> elementName) {
        this.elementName = elementName;
        setId("ahp-result");
        addClassName("ahp-result");
        setPadding(false);
    }

    void show(List<String> elements, AhpAssessment assessment) {
        removeAll();
        Locale locale = getLocale();
        AhpResult r = assessment.result();
        add(new H3(getTranslation("result.title")));
        add(verdict(assessment, locale));
        add(weights(elements, r, locale));
        add(diagnostics(r, locale));
        add(findings(assessment.findings(), locale));
    }

    private Div verdict(AhpAssessment assessment, Locale locale) {
        double cr = assessment.result().cr();
        Div verdict = new Div();
        verdict.setId("consistency-verdict");
        verdict.addClassNames("verdict", assessment.consistent() ? "verdict-ok" : "verdict-warn");
        verdict.setText(getTranslation(assessment.consistent() ? "result.consistent" : "result.inconsistent",
                Formats.decimal(cr, 3, locale)));
        return verdict;
    }

    private Div weights(List<String> elements, AhpResult r, Locale locale) {
        Div table = new Div();
        table.setId("weights");
        table.addClassName("weights-table");
        double[] w = r.weights();
        double max = java.util.Arrays.stream(w).max().orElse(1.0);
        for (int i = 0; i < w.length; i++) {
            Span name = new Span(elementName.apply(elements.get(i)));
            Div bar = new Div();
            bar.addClassName("weight-bar");
            bar.getStyle().set("width", (100.0 * w[i] / max) + "%");
            Div track = new Div(bar);
            track.addClassName("weight-track");
            Span value = new Span(Formats.percent(w[i], 1, locale));
            value.addClassName("weight-value");
            value.setId("weight-" + i);
            table.add(name, track, value);
        }
        return table;
    }

    private Div diagnostics(AhpResult r, Locale locale) {
        Div d = new Div();
        d.addClassName("diagnostics");
        d.add(metric("lambda-max", getTranslation("result.lambdaMax"), Formats.decimal(r.lambdaMax(), 4, locale)));
        d.add(metric("ci", getTranslation("result.ci"), Formats.decimal(r.ci(), 4, locale)));
        d.add(metric("cr", getTranslation("result.cr"), Formats.decimal(r.cr(), 4, locale)));
        d.add(metric("ri", getTranslation("result.ri"),
                Formats.decimal(r.randomIndex(), 2, locale) + " (" + r.randomIndexTable() + ")"));
        d.add(metric("method", getTranslation("result.method"),
                getTranslation("method." + r.method()) + " · " + r.solver()));
        return d;
    }

    private static Div metric(String id, String label, String value) {
        Span l = new Span(label);
        l.addClassName("metric-label");
        Span v = new Span(value);
        v.addClassName("metric-value");
        v.setId("metric-" + id);
        Div m = new Div(l, v);
        m.addClassName("metric");
        return m;
    }

    private Div findings(List<Finding> findings, Locale locale) {
        Div list = new Div();
        list.setId("findings");
        list.addClassName("findings");
        if (findings.isEmpty()) {
            list.add(new Span(getTranslation("result.noFindings")));
            return list;
        }
        for (Finding f : findings) {
            Span id = new Span(f.ruleId());
            id.addClassNames("rule-id", "severity-" + f.severity().name().toLowerCase(Locale.ROOT));
            Span message = new Span(f.message(locale));
            Div row = new Div(id, message);
            row.addClassName("finding");
            list.add(row);
        }
        return list;
    }
}
