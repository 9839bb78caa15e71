package com.sesadvisor.analysis.saved.ui;

import com.sesadvisor.analysis.saved.ScenarioComparison;
import com.sesadvisor.analysis.saved.ScenarioText;
import com.sesadvisor.analysis.ui.HtmlTable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;

/**
 * Two saved scenarios side by side: each model's outputs, then the inputs. A pair that differs is highlighted
 * (CSS class {@code differs}) and carries a written marker ("≠ differs"), so the difference does not rest on colour.
 */
class ComparisonSection extends Div {

    private final Checkbox onlyDifferences = new Checkbox();
    private final Div body = new Div();
    private ScenarioComparison shown;

    ComparisonSection() {
        setId("scenario-comparison");
        addClassName("scenario-comparison");
        setVisible(false);
        onlyDifferences.setLabel(getTranslation(ScenarioText.COMPARE_ONLY_DIFFERENCES.key()));
        onlyDifferences.setId("compare-only-differences");
        onlyDifferences.setValue(true);
        onlyDifferences.addValueChangeListener(e -> render());
        Button close = new Button(getTranslation(ScenarioText.COMPARE_CLOSE.key()), e -> {
            shown = null;
            setVisible(false);
        });
        close.setId("compare-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(body, close);
    }

    void show(ScenarioComparison c) {
        shown = c;
        setVisible(true);
        render();
    }

    private void render() {
        body.removeAll();
        if (shown == null) {
            return;
        }
        UI ui = UI.getCurrent();
        ComparisonPresenter.Shown s = new ComparisonPresenter(ui == null ? Locale.ENGLISH : ui.getLocale())
                .present(shown, onlyDifferences.getValue());
        String a = shown.a().name();
        String b = shown.b().name();
        String marker = getTranslation(ScenarioText.COMPARE_DIFFERENT.key());
        H3 title = new H3(s.title());
        body.add(title, new H4(getTranslation(ScenarioText.COMPARE_OUTPUTS.key())));
        Div models = new Div();
        models.addClassName("compare-models");
        for (ComparisonPresenter.ModelBlock m : s.outputs()) {
            models.add(table(m.model().name(), getTranslation(ScenarioText.COMPARE_INDICATOR.key()), a, b, marker,
                    m.lines()));
        }
        body.add(models, new H4(getTranslation(ScenarioText.COMPARE_INPUTS.key(), s.differingInputs())));
        body.add(onlyDifferences);
        if (s.differingInputs() == 0) {
            Paragraph same = new Paragraph(getTranslation(ScenarioText.COMPARE_SAME.key()));
            same.setId("compare-same");
            body.add(same);
        }
        if (!s.inputs().isEmpty()) {
            body.add(table(null, getTranslation(ScenarioText.COMPARE_INPUT.key()), a, b, marker, s.inputs()));
        }
    }

    private com.vaadin.flow.component.Html table(String caption, String first, String a, String b, String marker,
                                                 List<ComparisonPresenter.Line> lines) {
        HtmlTable t = new HtmlTable("compare-table", caption).header(first, a, b, marker);
        String mark = getTranslation(ScenarioText.COMPARE_MARKER.key());
        for (ComparisonPresenter.Line l : lines) {
            t.row(l.label(), new String[] {l.a(), l.b(), l.differs() ? mark : ""},
                    new String[] {l.id() + "-a", l.id() + "-b", l.id() + "-marker"}, l.differs() ? "differs" : null);
        }
        return t.build();
    }
}
