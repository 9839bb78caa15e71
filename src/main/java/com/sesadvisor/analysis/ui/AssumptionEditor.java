package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Provenance;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * One assumption in the scenario form: the input (text for numbers so a typo is kept as typed and flagged,
 * never silently dropped), its unit, a PAPER / ASSUMPTION / USER badge and a reset-to-default button.
 */
class AssumptionEditor extends Div {

    private final AssumptionField field;
    private final Component input;
    private final Span badge = new Span();
    private final String label;
    private final String description;

    AssumptionEditor(AssumptionField field, double value, Runnable onChange) {
        this.field = field;
        this.label = getTranslation(AnalysisText.field(field).key());
        this.description = Texts.render(field.descriptionText());
        addClassName("assumption-editor");
        input = switch (field.kind()) {
            case BOOLEAN -> {
                Checkbox c = new Checkbox(label, value != 0);
                c.setTooltipText(description);
                c.addValueChangeListener(e -> changed(onChange, e.isFromClient()));
                yield c;
            }
            case CHOICE -> {
                Select<String> s = new Select<>();
                s.setLabel(label);
                s.setItems(field.options());
                s.setItemLabelGenerator(o -> Texts.render(field.optionText(o)));
                s.setValue(field.options().get((int) value));
                s.setTooltipText(description);
                s.addValueChangeListener(e -> changed(onChange, e.isFromClient()));
                yield s;
            }
            default -> {
                TextField t = new TextField(label);
                t.setValue(text(value));
                t.setSuffixComponent(new Span(Texts.render(field.unitText())));
                t.setTooltipText(description);
                t.addValueChangeListener(e -> changed(onChange, e.isFromClient()));
                yield t;
            }
        };
        input.setId("assumption-" + field.key());
        badge.setId("badge-" + field.key());
        Button reset = new Button(VaadinIcon.ROTATE_LEFT.create(), e -> {
            reset();
            onChange.run();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        reset.setId("reset-" + field.key());
        reset.setAriaLabel(getTranslation("analysis.form.reset", label));
        reset.setTooltipText(getTranslation("analysis.form.reset", label));
        Div side = new Div(badge, reset);
        side.addClassName("assumption-side");
        add(input, side);
        updateBadge(value);
    }

    private void changed(Runnable onChange, boolean fromClient) {
        if (fromClient) {
            onChange.run();
        }
    }

    AssumptionField field() {
        return field;
    }

    String label() {
        return label;
    }

    /** The value, or empty (with an inline message naming the field) when the text is not a number. */
    OptionalDouble read() {
        setError(null);
        double v;
        if (input instanceof Checkbox c) {
            v = c.getValue() ? 1 : 0;
        } else if (input instanceof Select<?> s) {
            v = field.options().indexOf((String) s.getValue());
        } else {
            String text = ((TextField) input).getValue().trim();
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                setError(getTranslation("analysis.error.notNumber", label, text));
                return OptionalDouble.empty();
            }
        }
        updateBadge(v);
        return OptionalDouble.of(v);
    }

    void setError(String message) {
        if (input instanceof TextField t) {
            t.setInvalid(message != null);
            t.setErrorMessage(message);
        } else if (input instanceof Select<?> s) {
            s.setInvalid(message != null);
            s.setErrorMessage(message);
        } else if (input instanceof Checkbox c) {
            c.setTooltipText(message != null ? message : description);
            c.getElement().setAttribute("invalid", message != null);
        }
        getElement().setAttribute("data-invalid", message != null);
    }

    private void reset() {
        show(field.defaultValue());
    }

    /** Shows {@code d} (e.g. a loaded saved scenario's value) and clears any mark. */
    void show(double d) {
        setError(null);
        if (input instanceof Checkbox c) {
            c.setValue(d != 0);
        } else if (input instanceof Select<?>) {
            @SuppressWarnings("unchecked")
            Select<String> s = (Select<String>) input;
            s.setValue(field.options().get((int) d));
        } else {
            ((AbstractField<?, String>) input).setValue(text(d));
        }
        updateBadge(d);
    }

    private void updateBadge(double v) {
        Provenance p = Double.compare(v, field.defaultValue()) == 0 ? field.provenance() : Provenance.USER;
        badge.setText(getTranslation(AnalysisText.provenance(p).key()));
        badge.setClassName("provenance-badge provenance-" + p.name().toLowerCase());
        badge.getElement().setAttribute("title", getTranslation(AnalysisText.provenanceTip(p).key()));
    }

    static String text(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
