package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.analysis.MonteCarloSettings;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec.Distribution;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editable Monte Carlo settings: one row per uncertain input (distribution, min, most likely, max, remove), an
 * "add an input" selector, draws, seed and reset-to-defaults. Everything is text as typed; {@link #draft()} hands
 * it to {@link MonteCarloDraft} for validation and {@link #showErrors(Map)} marks each bad cell and writes its message
 * (naming the input) on a line under the row, or under the draws or seed field. Until the
 * user edits something, the defaults follow the scenario ({@link #setScenario(Assumptions)}).
 */
class MonteCarloRangesEditor extends VerticalLayout {

    private final Runnable onEdit;
    private final Div grid = new Div();
    private final Select<AssumptionField> add = new Select<>();
    private final TextField draws = new TextField();
    private final TextField seed = new TextField();
    private final Span rangesError = new Span();
    private final Map<AssumptionField, Row> rows = new LinkedHashMap<>();
    private final Map<String, TextField> cells = new HashMap<>();
    private Assumptions scenario;
    private boolean edited;

    /** One input's cells. */
    private record Row(AssumptionField field, Select<Distribution> distribution, TextField min, TextField mode,
                       TextField max, Div errors) {
    }

    MonteCarloRangesEditor(Runnable onEdit) {
        this.onEdit = onEdit;
        addClassName("mc-editor");
        setPadding(false);
        setSpacing(false);
        grid.addClassName("mc-ranges");
        grid.setId("mc-ranges");
        add.setId("mc-add");
        add.setLabel(getTranslation("analysis.mc.add"));
        add.setPlaceholder(getTranslation("analysis.mc.addPlaceholder"));
        add.setItemLabelGenerator(f -> getTranslation(AnalysisText.field(f).key()));
        add.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && scenario != null) {
                addRow(MonteCarloDraft.of(MonteCarloSpec.defaultRange(e.getValue(), scenario)));
                add.clear();
                edit();
            }
        });
        draws.setId("mc-draws");
        draws.setLabel(getTranslation("analysis.mc.draws"));
        draws.setHelperText(getTranslation("analysis.mc.drawsHelp"));
        draws.addValueChangeListener(e -> validated(e.isFromClient()));
        seed.setId("mc-seed");
        seed.setLabel(getTranslation("analysis.mc.seed"));
        seed.setHelperText(getTranslation("analysis.mc.seedHelp"));
        seed.addValueChangeListener(e -> validated(e.isFromClient()));
        cells.put("draws", draws);
        cells.put("seed", seed);
        rangesError.setId("mc-ranges-error");
        rangesError.addClassName("field-error");
        rangesError.setVisible(false);
        Button reset = new Button(getTranslation("analysis.mc.reset"), VaadinIcon.ROTATE_LEFT.create(), e -> {
            reset();
            onEdit.run();
        });
        reset.setId("mc-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout settings = new HorizontalLayout(add, draws, seed, reset);
        settings.setAlignItems(FlexComponent.Alignment.BASELINE);
        settings.addClassName("mc-settings");
        settings.setWrap(true);
        add(grid, rangesError, settings);
    }

    /**
     * The scenario the defaults are centred on: the rows follow it until the user edits a range (draws and seed
     * are kept either way).
     */
    void setScenario(Assumptions a) {
        this.scenario = a;
        if (!edited) {
            String n = draws.getValue();
            String s = seed.getValue();
            boolean first = rows.isEmpty() && n.isEmpty();
            load(MonteCarloSettings.defaults(a));
            if (!first) {
                draws.setValue(n);
                seed.setValue(s);
            }
        }
    }

    /** Back to the scenario's defaults (its four ranges, 2,000 draws, the default seed). */
    void reset() {
        edited = false;
        if (scenario != null) {
            load(MonteCarloSettings.defaults(scenario));
        }
    }

    MonteCarloDraft draft() {
        List<MonteCarloDraft.RangeDraft> out = new ArrayList<>();
        for (Row r : rows.values()) {
            out.add(new MonteCarloDraft.RangeDraft(r.field(), r.distribution().getValue(), r.min().getValue(),
                    r.mode().getValue(), r.max().getValue()));
        }
        return new MonteCarloDraft(out, draws.getValue(), seed.getValue());
    }

    /** Marks every cell with its message (and clears the others); nothing typed is changed. */
    void showErrors(Map<String, String> errors) {
        cells.forEach((id, f) -> {
            String m = errors.get(id);
            f.setInvalid(m != null);
            if (f == draws || f == seed) {
                f.setErrorMessage(m);
            }
        });
        // A range cell is too narrow for a message that names the input: its row's messages go on a line below it.
        for (Row r : rows.values()) {
            r.errors().removeAll();
            for (String part : new String[] {"min", "mode", "max"}) {
                String m = errors.get(MonteCarloDraft.cell(part, r.field()));
                if (m != null) {
                    r.errors().add(new Div(m));
                }
            }
            r.errors().setVisible(r.errors().getComponentCount() > 0);
        }
        String m = errors.get("ranges");
        rangesError.setText(m == null ? "" : m);
        rangesError.setVisible(m != null);
    }

    private void load(MonteCarloSettings s) {
        MonteCarloDraft d = MonteCarloDraft.of(s);
        rows.clear();
        cells.keySet().removeIf(k -> !k.equals("draws") && !k.equals("seed"));
        grid.removeAll();
        grid.add(head("analysis.mc.input"), head("analysis.mc.distribution"), head("analysis.mc.min"),
                head("analysis.mc.mode"), head("analysis.mc.max"), new Span());
        d.ranges().forEach(this::addRow);
        draws.setValue(d.draws());
        seed.setValue(d.seed());
        showErrors(Map.of());
    }

    private Span head(String key) {
        Span s = new Span(getTranslation(key));
        s.addClassName("mc-head");
        return s;
    }

    private void addRow(MonteCarloDraft.RangeDraft d) {
        AssumptionField f = d.field();
        String name = getTranslation(AnalysisText.field(f).key());
        Div label = new Div(new Span(name), new Span(Texts.render(f.unitText())));
        label.addClassName("mc-input");
        label.setId("mc-input-" + f.key());
        Select<Distribution> dist = new Select<>();
        dist.setId("mc-dist-" + f.key());
        dist.setItems(Distribution.TRIANGULAR, Distribution.UNIFORM);
        dist.setItemLabelGenerator(x -> getTranslation(AnalysisText.distribution(x).key()));
        dist.setValue(d.distribution());
        dist.setAriaLabel(name + " · " + getTranslation("analysis.mc.distribution"));
        TextField min = cell("min", f, name, d.min());
        TextField mode = cell("mode", f, name, d.mode());
        TextField max = cell("max", f, name, d.max());
        mode.setEnabled(d.distribution() == Distribution.TRIANGULAR);
        dist.addValueChangeListener(e -> {
            mode.setEnabled(e.getValue() == Distribution.TRIANGULAR);
            changed(e.isFromClient());
        });
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.setId("mc-remove-" + f.key());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        String removeText = getTranslation("analysis.mc.remove", name);
        remove.setAriaLabel(removeText);
        remove.setTooltipText(removeText);
        Div errors = new Div();
        errors.setId("mc-errors-" + f.key());
        errors.addClassName("mc-row-errors");
        errors.setVisible(false);
        List<com.vaadin.flow.component.Component> parts = List.of(label, dist, min, mode, max, remove, errors);
        Row row = new Row(f, dist, min, mode, max, errors);
        remove.addClickListener(e -> {
            parts.forEach(grid::remove);
            rows.remove(f);
            cells.remove(MonteCarloDraft.cell("min", f));
            cells.remove(MonteCarloDraft.cell("mode", f));
            cells.remove(MonteCarloDraft.cell("max", f));
            refreshAddable();
            edit();
        });
        rows.put(f, row);
        parts.forEach(grid::add);
        refreshAddable();
    }

    private TextField cell(String part, AssumptionField f, String name, String value) {
        TextField t = new TextField();
        t.setId("mc-" + part + "-" + f.key());
        t.setValue(value);
        t.setAriaLabel(name + " · " + getTranslation(AnalysisText.rangePart(part).key()));
        t.addClassName("mc-cell");
        t.addValueChangeListener(e -> changed(e.isFromClient()));
        cells.put(MonteCarloDraft.cell(part, f), t);
        return t;
    }

    private void refreshAddable() {
        add.setItems(MonteCarloSpec.uncertainInputs().stream().filter(f -> !rows.containsKey(f)).toList());
    }

    /** A range changed: from now on the rows no longer follow the scenario. */
    private void changed(boolean fromClient) {
        if (fromClient) {
            edit();
        }
    }

    /** Draws or seed changed: validate, but keep following the scenario. */
    private void validated(boolean fromClient) {
        if (fromClient) {
            onEdit.run();
        }
    }

    private void edit() {
        edited = true;
        onEdit.run();
    }
}
