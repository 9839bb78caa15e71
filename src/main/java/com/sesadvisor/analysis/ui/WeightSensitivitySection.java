package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.RankingOutcome;
import com.sesadvisor.analysis.WeightSensitivityText;
import com.sesadvisor.engine.topsis.ReversalThresholds;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Touchable weight sensitivity: pick a criterion, drag its combined weight share on a slider (server-side, the
 * value is sent after the hand rests for {@value #DEBOUNCE_MS} ms) and see the TOPSIS closeness and ranks move; marks
 * under the slider show the shares at which two alternatives swap, and a table lists every criterion's nearest
 * rank-reversal thresholds. Fed by the ranking tab's outcome ({@link #show(RankingOutcome)}); what to show comes from
 * {@link WeightSensitivityPresenter}.
 */
class WeightSensitivitySection extends VerticalLayout {

    static final int DEBOUNCE_MS = 120;
    private static final int SLIDER_STEPS = 1000;

    private final Select<Integer> criterion = new Select<>();
    private final Input slider = new Input(ValueChangeMode.LAZY);
    private final Span sliderLabel = new Span();
    private final Div marks = new Div();
    private final Div live = new Div();
    private final Div table = new Div();
    private final Paragraph method = new Paragraph();
    private WeightSensitivityPresenter presenter;
    private boolean updating;

    WeightSensitivitySection() {
        setId("weight-sensitivity");
        setPadding(false);
        criterion.setLabel(getTranslation(WeightSensitivityText.CRITERION.key()));
        criterion.setId("weight-sens-criterion");
        criterion.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                selectCriterion(e.getValue());
            }
        });
        slider.setType("range");
        slider.setId("weight-sens-slider");
        slider.getElement().setAttribute("min", "0");
        slider.getElement().setAttribute("max", String.valueOf(SLIDER_STEPS));
        slider.getElement().setAttribute("step", "1");
        slider.setValueChangeTimeout(DEBOUNCE_MS);
        slider.setWidth("100%");
        slider.addValueChangeListener(e -> {
            if (!updating) {
                moved();
            }
        });
        sliderLabel.setId("weight-sens-share");
        Button reset = new Button(getTranslation(WeightSensitivityText.RESET.key()), e -> selectCriterion(
                criterion.getValue()));
        reset.setId("weight-sens-reset");
        HorizontalLayout controls = new HorizontalLayout(criterion, reset);
        controls.setAlignItems(Alignment.BASELINE);
        marks.setId("weight-sens-marks");
        marks.getStyle().set("position", "relative").set("height", "14px").set("margin", "0 8px");
        Div track = new Div(sliderLabel, slider, marks);
        track.setWidth("min(640px, 100%)");
        live.setId("weight-sens-live");
        table.setId("weight-sens-table");
        method.setId("weight-sens-method");
        method.addClassName("chart-note");
        Paragraph legend = new Paragraph(getTranslation(WeightSensitivityText.MARKS.key()));
        legend.addClassName("chart-note");
        add(new H3(getTranslation(WeightSensitivityText.TITLE.key())), controls, track, legend, live, table, method);
        setVisible(false);
    }

    /** Shows the sensitivity of this ranking, keeping the selected criterion when there still is one. */
    void show(RankingOutcome r) {
        presenter = new WeightSensitivityPresenter(PresenterTexts.of(this), r);
        int n = presenter.criteria().size();
        Integer keep = criterion.getValue();
        updating = true;
        try {
            criterion.setItems(IntStream.range(0, n).boxed().toList());
            criterion.setItemLabelGenerator(j -> presenter.criteria().get(j));
            criterion.setValue(keep != null && keep < n ? keep : Integer.valueOf(0));
        } finally {
            updating = false;
        }
        table.removeAll();
        table.add(presenter.table().html());
        method.setText(presenter.method());
        selectCriterion(criterion.getValue());
        setVisible(true);
    }

    private void selectCriterion(Integer j) {
        if (presenter == null || j == null) {
            return;
        }
        ReversalThresholds t = presenter.thresholds(j);
        updating = true;
        try {
            slider.setValue(String.valueOf(Math.round(t.weight() * SLIDER_STEPS)));
        } finally {
            updating = false;
        }
        drawMarks(j, t.weight());
        showAt(j, t.weight());
    }

    private void moved() {
        Integer j = criterion.getValue();
        if (presenter == null || j == null) {
            return;
        }
        double share;
        try {
            share = Math.max(0, Math.min(SLIDER_STEPS, Double.parseDouble(slider.getValue()))) / SLIDER_STEPS;
        } catch (NumberFormatException e) {
            return;
        }
        showAt(j, share);
    }

    private void showAt(int j, double share) {
        sliderLabel.setText(getTranslation(WeightSensitivityText.SLIDER.key(), presenter.criteria().get(j),
                presenter.share(share)));
        slider.setAriaLabel(sliderLabel.getText());
        live.removeAll();
        live.add(presenter.live(j, share).html());
    }

    private void drawMarks(int j, double current) {
        marks.removeAll();
        marks.add(mark(current, "var(--lumo-contrast-80pct, #333)", "weight-sens-mark-current", null));
        int k = 0;
        for (WeightSensitivityPresenter.Mark m : presenter.marks(j)) {
            marks.add(mark(m.share(), m.leaderChanges() ? "var(--lumo-error-color, #c00)"
                    : "var(--lumo-primary-color, #06c)", "weight-sens-mark-" + k++, m.title()));
        }
    }

    private static Span mark(double share, String colour, String id, String title) {
        Span s = new Span();
        s.setId(id);
        s.getStyle().set("position", "absolute").set("left", String.format(Locale.ROOT, "calc(%.4f%% - 1px)",
                100 * share)).set("top", "0").set("width", "3px").set("height", "14px").set("background", colour);
        if (title != null) {
            s.setTitle(title);
            s.addClassName("reversal-mark");
        }
        return s;
    }
}
