package com.sesadvisor.eligibility.ui;

import com.sesadvisor.eligibility.EligibilityText;
import com.sesadvisor.eligibility.ProjectInput;
import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/** A project's facts as "label: value" lines in the UI's language, numbers as typed (400, not 400.0). */
final class FactTexts {

    private FactTexts() {
    }

    static List<String> of(ProjectInput p, Component in) {
        NumberFormat number = NumberFormat.getNumberInstance(com.vaadin.flow.component.UI.getCurrent().getLocale());
        number.setMaximumFractionDigits(6);
        List<String> lines = new ArrayList<>();
        for (String field : ProjectInput.FIELDS) {
            Object v = p.value(field);
            if (v == null || field.equals("name")) {
                continue;
            }
            String shown = v instanceof Boolean b ? in.getTranslation(b ? "eligibility.yes" : "eligibility.no")
                    : v instanceof Double d ? number.format(d) : v.toString();
            lines.add(in.getTranslation(EligibilityText.fact(field).key()) + ": " + shown);
        }
        return lines;
    }
}
