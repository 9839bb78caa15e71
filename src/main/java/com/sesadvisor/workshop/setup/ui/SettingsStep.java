package com.sesadvisor.workshop.setup.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.workshop.WorkshopSettings;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.Map;
import java.util.function.Consumer;

/** Step 4: how the experts become a group (aggregation, consensus threshold, inconsistent experts, visibility). */
class SettingsStep extends VerticalLayout {

    SettingsStep(WorkshopSetupService service, WorkshopSetup setup, Consumer<WorkshopSetup> onSaved) {
        WorkshopSettings s = setup.settings();
        RadioButtonGroup<AggregationMethod> aggregation = new RadioButtonGroup<>(
                getTranslation("workshop.settings.aggregation"));
        aggregation.setId("aggregation");
        aggregation.setItems(AggregationMethod.values());
        aggregation.setItemLabelGenerator(a -> getTranslation(WorkshopText.aggregation(a).key()));
        aggregation.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        aggregation.setValue(s.aggregation());

        NumberField threshold = new NumberField(getTranslation("workshop.settings.threshold"));
        threshold.setId("consensus-threshold");
        threshold.setValue(s.consensusThreshold() * 100);
        threshold.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        threshold.setHelperText(getTranslation("workshop.settings.threshold.help"));
        threshold.setStep(0.5);

        Checkbox exclude = new Checkbox(getTranslation("workshop.settings.exclude"), s.excludeInconsistent());
        exclude.setId("exclude-inconsistent");
        Checkbox seeGroup = new Checkbox(getTranslation("workshop.settings.seeGroup"), s.expertsSeeGroup());
        seeGroup.setId("experts-see-group");

        // empty = a majority of the invited experts
        com.vaadin.flow.component.textfield.IntegerField quorum =
                new com.vaadin.flow.component.textfield.IntegerField(getTranslation("workshop.settings.quorum"));
        quorum.setId("quorum");
        quorum.setValue(s.quorum());
        quorum.setMin(1);
        quorum.setMax(WorkshopSettings.MAX_QUORUM);
        quorum.setStepButtonsVisible(true);
        quorum.setPlaceholder(getTranslation("workshop.settings.quorum.majority"));
        quorum.setHelperText(getTranslation("workshop.settings.quorum.help"));
        quorum.setClearButtonVisible(true);

        Button save = new Button(getTranslation("workshop.setup.saveNext"), e -> {
            if (threshold.getValue() == null) {
                threshold.setErrorMessage(getTranslation("workshop.scenario.required"));
                threshold.setInvalid(true);
                return;
            }
            // the record validates (naming the field); SetupSaving shows its message at that field
            SetupSaving.save(this, () -> service.saveSettings(setup.id(), setup.version(),
                    new WorkshopSettings(aggregation.getValue(), threshold.getValue() / 100, exclude.getValue(),
                            seeGroup.getValue(), quorum.getValue())), Map.of("aggregation", aggregation,
                    "consensusThreshold", threshold, "quorum", quorum), onSaved);
        });
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(aggregation, threshold, quorum, exclude, seeGroup, save);
    }
}
