package com.sesadvisor.workshop.ui;

import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.base.ui.PairwiseMatrixEditor;
import com.sesadvisor.engine.ahp.InvalidMatrixException;
import com.sesadvisor.security.CurrentUser;
import com.sesadvisor.security.Role;
import com.sesadvisor.workshop.ConcurrentEditException;
import com.sesadvisor.workshop.CriteriaJudgements;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One workshop: the criteria judgements in a matrix, saved on every change, with the live result beside them.
 */
@Route(value = "workshops/:id", layout = MainLayout.class)
@PermitAll
public class WorkshopView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final CurrentUser currentUser;
    private String title = "";
    private long workshopId;
    private long version;

    public WorkshopView(WorkshopService workshops, CurrentUser currentUser) {
        this.workshops = workshops;
        this.currentUser = currentUser;
        addClassName("workshop-view");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Workshop> workshop = event.getRouteParameters().getLong("id").flatMap(workshops::find);
        if (workshop.isEmpty()) {
            Notifications.error(getTranslation("workshop.notFound"));
            event.forwardTo(WorkshopsView.class);
            return;
        }
        workshopId = workshop.get().getId();
        title = workshop.get().getName();
        render(workshop.get(), workshops.criteriaJudgements(workshopId));
    }

    private void render(Workshop workshop, CriteriaJudgements judgements) {
        removeAll();
        version = judgements.version();
        H2 heading = new H2(workshop.getName());
        heading.setId("workshop-title");
        add(heading);
        if (workshop.getPurpose() != null) {
            add(new Paragraph(workshop.getPurpose()));
        }
        List<String> names = judgements.elements().stream().map(this::criterionName).toList();
        PairwiseMatrixEditor editor = new PairwiseMatrixEditor(names, judgements.upper());
        editor.setEnabled(currentUser.hasRole(Role.FACILITATOR) || currentUser.hasRole(Role.ADMIN));
        AhpResultPanel result = new AhpResultPanel(this::criterionName);
        result.show(judgements.elements(), judgements.assessment());
        editor.addChangeListener(values -> record(values, judgements.elements(), result, editor));

        VerticalLayout matrixColumn = new VerticalLayout(new H3(getTranslation("matrix.title")),
                new Span(getTranslation("matrix.help")), editor);
        matrixColumn.setPadding(false);
        matrixColumn.addClassName("matrix-column");
        FlexLayout columns = new FlexLayout(matrixColumn, result);
        columns.addClassName("workshop-columns");
        columns.setWidthFull();
        add(columns);
    }

    private void record(double[] values, List<String> elements, AhpResultPanel result, PairwiseMatrixEditor editor) {
        try {
            CriteriaJudgements saved = workshops.recordCriteriaJudgements(workshopId, values, version);
            version = saved.version();
            result.show(elements, saved.assessment());
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            // Keep what this user entered on screen; show what is stored so they can reconcile.
            Notifications.error(getTranslation("workshop.concurrentEdit"));
            CriteriaJudgements stored = workshops.criteriaJudgements(workshopId);
            version = stored.version();
            result.show(elements, stored.assessment());
        } catch (InvalidMatrixException e) {
            Notifications.error(getTranslation("matrix.invalid", e.getMessage()));
        }
    }

    private String criterionName(String code) {
        return getTranslation("criterion." + code);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
