package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.group.ExpertNodeStatus;
import com.sesadvisor.workshop.results.LiveWorkshop;
import com.sesadvisor.workshop.group.NodeGroupResult;
import com.sesadvisor.workshop.setup.ParticipantSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.Map;

/** Who has finished, and how far everyone else is (nodes done or skipped of all compared nodes). */
class ProgressPanel extends VerticalLayout {

    ProgressPanel(LiveWorkshop live) {
        setPadding(false);
        setId("progress");
        int total = live.group().nodes().size();
        Map<Long, Integer> closed = new HashMap<>();
        for (NodeGroupResult n : live.group().nodes()) {
            for (ExpertNodeStatus e : n.experts()) {
                if (e.status() != JudgementStatus.OPEN) {
                    closed.merge(e.participantId(), 1, Integer::sum);
                }
            }
        }
        add(new H3(getTranslation("workshop.live.progress", live.finishedCount(), live.participants().size())));
        Grid<ParticipantSummary> grid = new Grid<>();
        grid.setId("progress-grid");
        grid.addColumn(p -> p.profile().name()).setHeader(getTranslation("workshop.participant.name"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(WorkshopText.organisation(p.profile().organisationType()).key()))
                .setHeader(getTranslation("workshop.participant.organisation")).setAutoWidth(true);
        grid.addColumn(p -> Formats.decimal(p.profile().expertiseWeight(), 1, getLocale()))
                .setHeader(getTranslation("workshop.participant.weight")).setAutoWidth(true);
        grid.addColumn(p -> status(p, closed.getOrDefault(p.id(), 0), total))
                .setHeader(getTranslation("workshop.participant.status")).setFlexGrow(2);
        grid.setItems(live.participants());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("workshop.live.noParticipants"));
        add(grid);
    }

    private String status(ParticipantSummary p, int closed, int total) {
        if (p.invitation() != null) {
            return getTranslation(WorkshopText.invitation(p.invitation()).key());
        }
        if (p.finishedAt().isPresent()) {
            return getTranslation("workshop.live.finished");
        }
        return getTranslation("workshop.live.nodesClosed", closed, total);
    }
}
