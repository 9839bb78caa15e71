package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.base.ui.SaatyScaleChoices;
import com.sesadvisor.workshop.answers.NodeTask;
import com.sesadvisor.workshop.answers.ui.VotePad;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.IntFunction;

/**
 * Numerical mode of the answers page: the node's whole matrix typed in directly. Each cell above the diagonal takes
 * how many times its row is more important than its column (3, 1/5, 0.2; only 1/9..9, snapped to Saaty's scale);
 * the mirrored cell below shows the reciprocal. A cell outside the scale is refused with a message naming its row
 * and column and nothing is stored; a valid cell is stored when it is left. Below the matrix, the comment on the
 * pair of the cell last entered.
 */
class MatrixEntry extends Div {

    interface CellAnswer {
        void answer(int row, int col, double value);
    }

    private final Div commentArea = new Div();
    /** The refusal of the last cell typed, under the matrix (a message inside the grid would cover the next row). */
    private final Paragraph error = new Paragraph();

    /**
     * @param focusPair  the pair whose cell has the focus (the one after the last entered)
     * @param commentFor the comment field of a pair (index in row-major order)
     */
    MatrixEntry(NodeTask task, int focusPair, CellAnswer answer, IntFunction<Component> commentFor) {
        setId("matrix-entry");
        addClassName("matrix-entry");
        Paragraph help = new Paragraph(getTranslation("workshop.expert.numeric.help"));
        help.addClassName("muted");
        Div table = new Div();
        table.setId("node-matrix");
        table.addClassName("pairwise-matrix");
        int n = task.elementNames().size();
        table.getStyle().set("grid-template-columns", "minmax(6em, auto) repeat(" + n + ", minmax(4.5em, 1fr))");
        table.add(new Span());
        task.elementNames().forEach(name -> table.add(header(name)));
        double[] upper = task.upper();
        for (int i = 0; i < n; i++) {
            table.add(header(task.elementNames().get(i)));
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    table.add(fixed("1", null));
                } else if (j > i) {
                    table.add(cell(task, i, j, upper[task.pairIndex(i, j)], focusPair, answer, commentFor));
                } else {
                    double v = upper[task.pairIndex(j, i)];
                    table.add(fixed(Double.isNaN(v) ? "" : SaatyScaleChoices.label(SaatyScaleChoices.nearest(1 / v)),
                            "matrix-recip-" + i + "-" + j));
                }
            }
        }
        Span commentsTitle = new Span(getTranslation("workshop.expert.numeric.commentFor"));
        commentsTitle.addClassName("muted");
        commentArea.setId("matrix-comment-area");
        commentArea.setWidthFull();
        commentArea.add(commentFor.apply(Math.max(0, Math.min(focusPair, task.pairCount() - 1))));
        error.setId("matrix-error");
        error.addClassName("matrix-error");
        error.getElement().setAttribute("role", "alert");
        add(help, table, error, commentsTitle, commentArea);
    }

    private TextField cell(NodeTask task, int i, int j, double v, int focusPair, CellAnswer answer,
                           IntFunction<Component> commentFor) {
        String row = task.elementNames().get(i);
        String col = task.elementNames().get(j);
        int k = task.pairIndex(i, j);
        TextField f = new TextField();
        f.setId("matrix-input-" + i + "-" + j);
        f.addClassName("matrix-input");
        f.setAriaLabel(getTranslation("matrix.cell.aria", row, col));
        f.setValue(Double.isNaN(v) ? "" : SaatyScaleChoices.label(SaatyScaleChoices.nearest(v)));
        f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        f.addFocusListener(e -> {
            commentArea.removeAll();
            commentArea.add(commentFor.apply(k));
        });
        f.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue().isBlank()) {
                return;
            }
            var value = VotePad.parseRatio(e.getValue());
            if (value.isEmpty()) {
                f.setInvalid(true);
                error.setText(getTranslation("workshop.expert.numeric.cellInvalid", row, col));
                return;
            }
            answer.answer(i, j, value.get());
        });
        if (k == focusPair) {
            f.focus();
        }
        return f;
    }

    private static Span header(String text) {
        Span s = new Span(text);
        s.addClassName("matrix-header");
        return s;
    }

    private static Span fixed(String text, String id) {
        Span s = new Span(text);
        s.addClassName("matrix-fixed");
        if (id != null) {
            s.setId(id);
        }
        return s;
    }
}
