package com.sesadvisor.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A pairwise matrix as a table: the expert picks each upper-triangle judgement on Saaty's scale; the lower
 * triangle shows the reciprocal, so a matrix entered here is reciprocal by construction.
 */
public class PairwiseMatrixEditor extends Composite<Div> implements HasEnabled {

    private final List<String> labels;
    private final List<Select<Double>> cells = new ArrayList<>();
    private final List<Span> reciprocals = new ArrayList<>();
    private Consumer<double[]> changeListener = v -> { };

    public PairwiseMatrixEditor(List<String> labels, double[] upper) {
        this.labels = List.copyOf(labels);
        Div table = getContent();
        table.addClassName("pairwise-matrix");
        int n = labels.size();
        table.getStyle().set("grid-template-columns", "minmax(8em, auto) repeat(" + n + ", minmax(5.5em, 1fr))");
        table.add(new Span());
        labels.forEach(l -> table.add(header(l)));
        int k = 0;
        Span[][] lower = new Span[n][n];
        for (int i = 0; i < n; i++) {
            table.add(header(labels.get(i)));
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    table.add(fixed("1"));
                } else if (j > i) {
                    table.add(judgement(i, j, upper[k++]));
                } else {
                    lower[i][j] = fixed("");
                    table.add(lower[i][j]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                reciprocals.add(lower[j][i]);
            }
        }
        refreshReciprocals();
    }

    public void addChangeListener(Consumer<double[]> listener) {
        this.changeListener = listener;
    }

    public double[] values() {
        return cells.stream().mapToDouble(s -> s.getValue() == null ? 1.0 : s.getValue()).toArray();
    }

    /** Sets the judgements without telling the listener (e.g. after reloading what is stored). */
    public void setValues(double[] upper) {
        for (int k = 0; k < cells.size(); k++) {
            cells.get(k).setValue(SaatyScale.nearest(upper[k]));
        }
        refreshReciprocals();
    }

    private Select<Double> judgement(int i, int j, double value) {
        Select<Double> select = new Select<>();
        select.setId("cell-" + i + "-" + j);
        select.setItems(SaatyScale.values());
        select.setItemLabelGenerator(SaatyScale::label);
        select.setValue(SaatyScale.nearest(value));
        select.setAriaLabel(getTranslation("matrix.cell.aria", labels.get(i), labels.get(j)));
        select.setTooltipText(getTranslation("matrix.cell.tooltip", labels.get(i), labels.get(j)));
        select.addClassName("judgement");
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refreshReciprocals();
                changeListener.accept(values());
            }
        });
        cells.add(select);
        return select;
    }

    private void refreshReciprocals() {
        for (int k = 0; k < cells.size(); k++) {
            Double v = cells.get(k).getValue();
            reciprocals.get(k).setText(SaatyScale.label(1.0 / (v == null ? 1.0 : v)));
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
