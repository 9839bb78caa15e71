package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.MonteCarloSettings;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec.Distribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Monte Carlo settings as typed (text, so a typo is kept and flagged, never dropped), and their validation:
 * every problem is reported on its cell with a message naming the input and the bound, e.g. "Peak-valley spread ·
 * min: must not exceed the most likely value 0.7234". Cell ids: {@code min-<key>}, {@code mode-<key>},
 * {@code max-<key>}, {@code draws}, {@code seed}, and {@code ranges} for "no uncertain input".
 */
record MonteCarloDraft(List<RangeDraft> ranges, String draws, String seed) {

    /** One uncertain input as typed; {@code mode} is ignored for a uniform range. */
    record RangeDraft(AssumptionField field, Distribution distribution, String min, String mode, String max) {
    }

    /** Valid settings, or the message per cell id (in the order of the form). */
    record Validation(Optional<MonteCarloSettings> settings, Map<String, String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    MonteCarloDraft {
        ranges = List.copyOf(ranges);
    }

    /** The draft of valid settings, numbers written as in the scenario form. */
    static MonteCarloDraft of(MonteCarloSettings s) {
        List<RangeDraft> rows = new ArrayList<>();
        for (MonteCarloSpec.Range r : s.ranges()) {
            rows.add(of(r));
        }
        return new MonteCarloDraft(rows, Integer.toString(s.draws()), Long.toString(s.seed()));
    }

    static RangeDraft of(MonteCarloSpec.Range r) {
        return new RangeDraft(r.field(), r.distribution(), TornadoPresenter.plain(r.min()),
                TornadoPresenter.plain(r.mode()), TornadoPresenter.plain(r.max()));
    }

    static String cell(String part, AssumptionField f) {
        return part + "-" + f.key();
    }

    Validation validate(PresenterTexts l) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<MonteCarloSpec.Range> out = new ArrayList<>();
        if (ranges.isEmpty()) {
            errors.put("ranges", l.t("analysis.mc.error.noInputs"));
        }
        for (RangeDraft r : ranges) {
            AssumptionField f = r.field();
            String name = l.field(f.key());
            boolean triangular = r.distribution() == Distribution.TRIANGULAR;
            Double min = number(errors, l, cell("min", f), name + " · " + l.t("analysis.mc.min"), r.min(), f);
            Double mode = triangular
                    ? number(errors, l, cell("mode", f), name + " · " + l.t("analysis.mc.mode"), r.mode(), f) : null;
            Double max = number(errors, l, cell("max", f), name + " · " + l.t("analysis.mc.max"), r.max(), f);
            if (min == null || max == null || triangular && mode == null) {
                continue;
            }
            if (triangular) {
                if (min > mode) {
                    errors.put(cell("min", f), l.t("analysis.mc.error.minAboveMode",
                            name + " · " + l.t("analysis.mc.min"), TornadoPresenter.plain(mode)));
                }
                if (max < mode) {
                    errors.put(cell("max", f), l.t("analysis.mc.error.maxBelowMode",
                            name + " · " + l.t("analysis.mc.max"), TornadoPresenter.plain(mode)));
                }
                if (min <= mode && mode <= max) {
                    out.add(MonteCarloSpec.Range.triangular(f, min, mode, max));
                }
            } else if (max < min) {
                errors.put(cell("max", f), l.t("analysis.mc.error.maxBelowMin",
                        name + " · " + l.t("analysis.mc.max"), TornadoPresenter.plain(min)));
            } else {
                out.add(MonteCarloSpec.Range.uniform(f, min, max));
            }
        }
        Integer n = null;
        try {
            n = Integer.valueOf(draws.trim());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (n == null || n < MonteCarloSettings.MIN_DRAWS || n > MonteCarloSettings.MAX_DRAWS) {
            errors.put("draws", l.t("analysis.mc.drawsInvalid"));
        }
        Long s = null;
        try {
            s = Long.valueOf(seed.trim());
        } catch (NumberFormatException e) {
            errors.put("seed", l.t("analysis.mc.error.seed", seed.trim()));
        }
        if (!errors.isEmpty()) {
            return new Validation(Optional.empty(), errors);
        }
        return new Validation(Optional.of(new MonteCarloSettings(out, n, s)), Map.of());
    }

    /** The cell's value, or null with its message when it is empty, not a number or outside the input's range. */
    private static Double number(Map<String, String> errors, PresenterTexts l, String cell, String name, String text,
                                 AssumptionField f) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            errors.put(cell, l.t("analysis.mc.error.empty", name));
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            errors.put(cell, l.t("analysis.error.notNumber", name, t));
            return null;
        }
        if (!Double.isFinite(v)) {
            errors.put(cell, l.t("analysis.error.notNumber", name, t));
            return null;
        }
        String entered = TornadoPresenter.plain(v);
        if (f.kind() == AssumptionField.Kind.INTEGER && v != Math.rint(v)) {
            errors.put(cell, l.t("analysis.error.whole", name, entered));
            return null;
        }
        if (f.strictlyPositive() && v <= 0) {
            errors.put(cell, l.t("analysis.error.positive", name, l.text(f.unitText()), entered));
            return null;
        }
        if (v < f.min()) {
            errors.put(cell, l.t("analysis.error.min", name, TornadoPresenter.plain(f.min()), l.text(f.unitText()), entered));
            return null;
        }
        if (v > f.max()) {
            errors.put(cell, l.t("analysis.error.max", name, TornadoPresenter.plain(f.max()), l.text(f.unitText()), entered));
            return null;
        }
        return v;
    }
}
