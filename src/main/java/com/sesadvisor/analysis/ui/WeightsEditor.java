package com.sesadvisor.analysis.ui;

import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.Criterion;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Subjective weights per criterion when the analysis runs on its own (a workshop supplies them instead). Zero
 * leaves a criterion out; the pipeline normalises, so the numbers need not sum to 1.
 */
class WeightsEditor extends Details {

    private final Map<Criterion, NumberField> fields = new LinkedHashMap<>();

    WeightsEditor(Map<String, Double> initial, Runnable onChange) {
        setSummaryText(getTranslation("analysis.weights.title"));
        setId("weights-editor");
        Div box = new Div();
        box.addClassName("weights-editor");
        for (Criterion c : CriteriaCatalogue.ALL) {
            NumberField f = new NumberField(Texts.render(c.label()));
            f.setId("weight-" + c.id());
            f.setMin(0);
            f.setValue(initial.getOrDefault(c.id(), 0.0));
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
            fields.put(c, f);
            box.add(f);
        }
        add(box);
    }

    /** Replaces the weights shown (a loaded saved scenario); criteria it has no weight for show 0. */
    void show(Map<String, Double> weights) {
        fields.forEach((c, f) -> {
            f.setValue(weights.getOrDefault(c.id(), 0.0));
            f.setInvalid(false);
        });
    }

    /** Positive weights by criterion id, or empty (with a message on the field) when one is invalid. */
    Optional<Map<String, Double>> weights() {
        Map<String, Double> out = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<Criterion, NumberField> e : fields.entrySet()) {
            NumberField f = e.getValue();
            Double v = f.getValue();
            boolean bad = f.isInvalid() && v == null || v != null && (v < 0 || !Double.isFinite(v));
            f.setInvalid(bad);
            f.setErrorMessage(bad ? getTranslation("analysis.weights.invalid", f.getLabel()) : null);
            ok &= !bad;
            if (!bad && v != null && v > 0) {
                out.put(e.getKey().id(), v);
            }
        }
        if (ok && out.isEmpty()) {
            fields.values().iterator().next().setInvalid(true);
            fields.values().iterator().next().setErrorMessage(getTranslation("analysis.weights.allZero"));
            ok = false;
        }
        return ok ? Optional.of(out) : Optional.empty();
    }
}
