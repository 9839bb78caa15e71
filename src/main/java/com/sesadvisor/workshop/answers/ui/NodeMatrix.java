package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.base.ui.SaatyScaleChoices;
import com.sesadvisor.workshop.answers.NodeTask;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.IntConsumer;

/**
 * The node's judgements as a compact matrix (the alternative to one pair per screen): answered cells show the value,
 * open ones a dash; a cell opens that pair; the lower triangle shows reciprocals.
 */
class NodeMatrix extends Composite<Div> {

    NodeMatrix(NodeTask task, IntConsumer openPair) {
        Div table = getContent();
        table.setId("node-matrix");
        table.addClassName("pairwise-matrix");
        int n = task.elementNames().size();
        table.getStyle().set("grid-template-columns", "minmax(8em, auto) repeat(" + n + ", minmax(4em, 1fr))");
        table.add(new Span());
        task.elementNames().forEach(name -> table.add(header(name)));
        double[] upper = task.upper();
        for (int i = 0; i < n; i++) {
            table.add(header(task.elementNames().get(i)));
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    table.add(fixed("1"));
                } else if (j > i) {
                    int k = task.pairIndex(i, j);
                    double v = upper[k];
                    Button cell = new Button(Double.isNaN(v) ? "–" : SaatyScaleChoices.label(SaatyScaleChoices.nearest(v)),
                            e -> openPair.accept(k));
                    cell.setId("matrix-cell-" + i + "-" + j);
                    cell.setAriaLabel(getTranslation("matrix.cell.aria", task.elementNames().get(i),
                            task.elementNames().get(j)));
                    cell.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
                    table.add(cell);
                } else {
                    double v = upper[task.pairIndex(j, i)];
                    table.add(fixed(Double.isNaN(v) ? "" : SaatyScaleChoices.label(SaatyScaleChoices.nearest(1 / v))));
                }
            }
        }
    }

    private static Span header(String text) {
        Span s = new Span(text);
        s.addClassName("matrix-header");
        return s;
    }

    private static Span fixed(String text) {
        Span s = new Span(text);
        s.addClassName("matrix-fixed");
        return s;
    }
}
