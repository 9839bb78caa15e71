package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.workshop.group.ui.LiveFormats;
import com.sesadvisor.workshop.group.Quorum;
import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.engine.ahp.group.GroupResult;
import com.sesadvisor.workshop.WorkshopSettings;
import com.sesadvisor.workshop.group.ExpertNodeStatus;
import com.sesadvisor.workshop.group.NodeGroupResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** One compared node: group weights, S* against the threshold, group CR (AIJ), each expert's CR, reopen. */
class NodeGroupCard extends VerticalLayout {

    NodeGroupCard(NodeGroupResult node, WorkshopSettings settings, Quorum quorum, Runnable reopen) {
        addClassName("node-card");
        setId("node-" + node.nodeId());
        Button reopenButton = new Button(getTranslation("workshop.live.reopen"), VaadinIcon.UNLOCK.create(),
                e -> reopen.run());
        reopenButton.setId("reopen-" + node.nodeId());
        reopenButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout head = new HorizontalLayout(new H4(node.nodeName()), reopenButton);
        head.setAlignItems(Alignment.BASELINE);
        add(head);
        Span restsOn = new Span(getTranslation(quorum.metBy(node.restsOn()) ? "workshop.live.restsOn"
                : "workshop.live.restsOnBelowQuorum", node.restsOn(), quorum.invited(), quorum.required()));
        restsOn.setId("rests-on-" + node.nodeId());
        restsOn.addClassNames("verdict", quorum.metBy(node.restsOn()) ? "verdict-ok" : "verdict-warn");
        add(restsOn);
        if (node.group().isPresent()) {
            GroupResult g = node.group().get();
            Span consensus = new Span(LiveFormats.consensus(this, g.consensus(), getLocale()) + " · " + getTranslation(
                    !quorum.metBy(node.restsOn()) ? "workshop.live.agreementProvisional"
                            : node.consensusReached() ? "workshop.live.consensusMet" : "workshop.live.consensusNotMet",
                    Formats.percent(settings.consensusThreshold(), 0, getLocale())));
            consensus.setId("consensus-" + node.nodeId());
            consensus.addClassNames("verdict", node.consensusReached() ? "verdict-ok" : "verdict-warn");
            add(consensus);
            add(LiveFormats.weightBars("group-weights-" + node.nodeId(), node.elementNames(), g.weights(),
                    getLocale()));
            node.groupAssessment().ifPresent(a -> {
                Span cr = new Span(getTranslation(a.consistent() ? "workshop.live.groupCrOk" : "workshop.live.groupCrBad",
                        Formats.decimal(a.result().cr(), 3, getLocale())));
                cr.addClassName("muted");
                add(cr);
            });
        } else {
            Span none = new Span(getTranslation("workshop.live.noGroup"));
            none.setId("consensus-" + node.nodeId());
            add(none);
        }
        add(experts(node));
        comments(node);
    }

    /** Why the experts judged as they did (issue 16): one line per comment, under the experts' table. */
    private void comments(NodeGroupResult node) {
        if (node.experts().stream().allMatch(e -> e.comments().isEmpty())) {
            return;
        }
        Div box = new Div();
        box.setId("comments-" + node.nodeId());
        box.addClassName("judgement-comments");
        H4 title = new H4(getTranslation("workshop.live.comments"));
        box.add(title);
        for (ExpertNodeStatus e : node.experts()) {
            for (ExpertNodeStatus.PairComment c : e.comments()) {
                Div line = new Div(new Span(getTranslation("workshop.live.commentLine", e.name(), c.left(), c.right(),
                        c.text())));
                line.addClassName("judgement-comment-line");
                box.add(line);
            }
        }
        add(box);
    }

    private Grid<ExpertNodeStatus> experts(NodeGroupResult node) {
        Grid<ExpertNodeStatus> grid = new Grid<>();
        grid.setId("experts-" + node.nodeId());
        grid.addColumn(ExpertNodeStatus::name).setHeader(getTranslation("workshop.participant.name")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(WorkshopText.status(e.status()).key()))
                .setHeader(getTranslation("workshop.participant.status")).setAutoWidth(true);
        grid.addColumn(e -> e.consistency().map(c -> Formats.decimal(c.cr(), 3, getLocale())
                        + (c.estimated() ? " *" : "") + " " + getTranslation(c.consistent() ? "workshop.cr.ok"
                        : "workshop.cr.bad")).orElse("–"))
                .setHeader(getTranslation("result.cr")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.included() ? "workshop.live.included" : "workshop.live.notIncluded"))
                .setHeader(getTranslation("workshop.live.inGroup")).setAutoWidth(true);
        grid.setItems(node.experts());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
