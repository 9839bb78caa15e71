package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.workshop.answers.ExpertWorkspace;
import com.sesadvisor.workshop.answers.NodeTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.IntConsumer;

/** The nodes to compare, with their state; the current one is highlighted. */
class NodeList extends VerticalLayout {

    NodeList(ExpertWorkspace w, int current, IntConsumer select) {
        setPadding(false);
        setSpacing(false);
        addClassName("node-list");
        setId("node-list");
        for (int i = 0; i < w.nodes().size(); i++) {
            NodeTask t = w.nodes().get(i);
            int index = i;
            VaadinIcon icon = switch (t.status()) {
                case DONE -> VaadinIcon.CHECK_CIRCLE;
                case SKIPPED -> VaadinIcon.ARROW_CIRCLE_RIGHT_O;
                default -> t.answered() > 0 ? VaadinIcon.ELLIPSIS_CIRCLE_O : VaadinIcon.CIRCLE_THIN;
            };
            String label = t.alternativesLevel() ? getTranslation("workshop.expert.alternativesNode", t.nodeName())
                    : t.nodeName();
            Button b = new Button(label, icon.create(), e -> select.accept(index));
            b.setId("node-" + t.nodeId());
            b.setAriaLabel(label + " — " + getTranslation(WorkshopText.status(t.status()).key()));
            b.setTooltipText(getTranslation(WorkshopText.status(t.status()).key()));
            b.addThemeVariants(i == current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            b.setWidthFull();
            add(b);
        }
    }
}
