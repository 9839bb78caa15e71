package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.workshop.group.ui.LiveFormats;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.workshop.group.Disagreement;
import com.sesadvisor.workshop.group.GroupSnapshot;
import com.sesadvisor.workshop.results.LiveWorkshop;
import com.sesadvisor.workshop.group.WorkshopFinding;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The group as a whole: criteria and indicator weights (global), S* for the hierarchy, the judgements to discuss
 * first and every finding with its code.
 */
class GroupSummaryPanel extends VerticalLayout {

    GroupSummaryPanel(LiveWorkshop live) {
        setPadding(false);
        setId("group-summary");
        GroupSnapshot g = live.group();
        add(new H3(getTranslation("workshop.live.group", getTranslation(WorkshopText.aggregationShort(g.settings().aggregation()).key()))));
        boolean provisional = g.provisional();
        Span quorum = new Span(getTranslation(provisional ? "workshop.live.quorumNotMet" : "workshop.live.quorumMet",
                g.fewestExperts(), g.quorum().required(), g.quorum().invited()));
        quorum.setId("quorum-state");
        quorum.addClassNames("verdict", provisional ? "verdict-warn" : "verdict-ok");
        add(quorum);
        // below the quorum S* is the agreement of the few who finished: shown as such, never as the consensus
        Span overall = new Span(g.hierarchyConsensus().map(c -> getTranslation(provisional
                                ? "workshop.live.hierarchyAgreementProvisional" : "workshop.live.hierarchyConsensus",
                        LiveFormats.consensus(this, c, getLocale()), g.hierarchyConsensusExperts()))
                .orElse(getTranslation("workshop.live.noHierarchyConsensus")));
        overall.setId("hierarchy-consensus");
        overall.addClassName("verdict");
        overall.addClassName(!provisional && g.hierarchyConsensus().map(c -> c.sStar() >= g.settings()
                .consensusThreshold()).orElse(false) ? "verdict-ok" : "verdict-warn");
        add(overall);
        Map<String, String> names = names(live);
        if (g.complete()) {
            Div columns = new Div();
            columns.addClassName("workshop-columns");
            columns.getStyle().set("display", "flex");
            VerticalLayout criteria = column(getTranslation("workshop.live.criteriaWeights"),
                    LiveFormats.weightBars("criteria-weights", g.criteriaWeights().keySet().stream()
                                    .map(names::get).toList(),
                            g.criteriaWeights().values().stream().mapToDouble(Double::doubleValue).toArray(),
                            getLocale()));
            VerticalLayout leaves = column(getTranslation("workshop.live.leafWeights"),
                    LiveFormats.weightBars("leaf-weights", g.leafWeights().keySet().stream()
                                    .map(id -> names.get(id) + " · " + id).toList(),
                            g.leafWeights().values().stream().mapToDouble(Double::doubleValue).toArray(),
                            getLocale()));
            columns.add(criteria, leaves);
            add(columns);
        } else {
            Paragraph waiting = new Paragraph(getTranslation("workshop.live.incomplete",
                    String.join(", ", g.missingNodes().stream().map(names::get).toList())));
            waiting.setId("group-incomplete");
            add(waiting);
        }
        add(disagreements(g.disagreements()));
        add(findings(g.findings(), names));
    }

    private static VerticalLayout column(String title, Div content) {
        VerticalLayout c = new VerticalLayout(new H4(title), content);
        c.setPadding(false);
        c.addClassName("ahp-result");
        return c;
    }

    private Div disagreements(List<Disagreement> list) {
        Div d = new Div(new H4(getTranslation("workshop.live.disagreements")));
        d.setId("disagreements");
        if (list.isEmpty()) {
            d.add(new Span(getTranslation("workshop.live.noDisagreements")));
        }
        for (Disagreement x : list) {
            Div row = new Div(new Span(getTranslation("workshop.live.disagreement", x.nodeName(), x.elementA(),
                    x.elementB(), Formats.decimal(x.geometricStdDev(), 2, getLocale()),
                    Formats.decimal(x.groupJudgement(), 2, getLocale()))));
            row.addClassName("finding");
            d.add(row);
        }
        return d;
    }

    private Div findings(List<WorkshopFinding> findings, Map<String, String> names) {
        Div d = new Div(new H4(getTranslation("workshop.live.findings")));
        d.setId("group-findings");
        d.addClassName("findings");
        if (findings.isEmpty()) {
            d.add(new Span(getTranslation("result.noFindings")));
        }
        for (WorkshopFinding f : findings) {
            Span code = new Span(f.code());
            code.addClassNames("rule-id", "severity-warning");
            Div row = new Div(code, new Span(getTranslation(WorkshopText.finding(f.code()).key(),
                    f.nodeId() == null ? "" : names.getOrDefault(f.nodeId(), f.nodeId()))));
            row.addClassName("finding");
            row.getElement().setAttribute("title", Texts.render(f.explanation())); // the numbers behind it
            d.add(row);
        }
        return d;
    }

    /** Each node's label in the viewer's language (the other one only when it has no label in theirs). */
    private Map<String, String> names(LiveWorkshop live) {
        Map<String, String> names = new HashMap<>();
        live.setup().hierarchy().forEach(n -> names.put(n.id(), n.label(getLocale())));
        return names;
    }
}
