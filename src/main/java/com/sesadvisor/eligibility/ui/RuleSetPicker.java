package com.sesadvisor.eligibility.ui;

import com.sesadvisor.rules.RuleSetInfo;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/** Choose a rule set; its source document, as-of date and version are shown under the picker. */
final class RuleSetPicker extends Select<RuleSetInfo> {

    RuleSetPicker(String id, List<RuleSetInfo> ruleSets) {
        setId(id);
        setLabel(getTranslation("eligibility.ruleSet"));
        setItems(ruleSets);
        setItemLabelGenerator(r -> r.name() + " — " + r.title(getLocale()));
        setWidth("42em");
        addValueChangeListener(e -> setHelperText(e.getValue() == null ? null
                : getTranslation("eligibility.ruleSet.helper", e.getValue().source(getLocale()), e.getValue().asOf(),
                        e.getValue().version())));
        ruleSets.stream().filter(r -> r.name().equals("CN-HEBEI-2024")).findFirst()
                .or(() -> ruleSets.stream().findFirst()).ifPresent(this::setValue);
    }
}
