package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.analysis.ModelTornado;
import com.sesadvisor.analysis.ui.chart.TornadoChart;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.sensitivity.TornadoRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the engine's tornadoes into charts. "All three models" draws small multiples: the same inputs in the same
 * order (largest IRR swing in any model first) on one common scale, so a committee compares models bar by bar; one
 * model draws its own largest effects. Inputs that cannot be drawn (a moved value outside its valid range, or an IRR
 * that is not defined at one end) are listed with the reason, never dropped silently.
 */
final class TornadoPresenter {

    /** Swings the page offers; 0.1 (±10 %) is the paper's one-at-a-time sensitivity. */
    static final List<Double> SWINGS = List.of(0.05, 0.10, 0.20, 0.30);
    static final double DEFAULT_SWING = 0.10;
    /** Bars per chart: all three models stacked stay on one projector screen; one model may show more. */
    static final int ROWS_ALL = 10;
    static final int ROWS_ONE = 12;

    /** A model's chart, or the reason there is none. */
    record Panel(InvestmentModel model, TornadoChart chart, String message) {
    }

    /**
     * @param scope one sentence saying what is drawn
     * @param notes the inputs not drawn, with why
     */
    record Presentation(List<Panel> panels, String scope, List<String> notes) {
    }

    private final PresenterTexts l;

    TornadoPresenter(PresenterTexts texts) {
        this.l = texts;
    }

    /** "10" for 0.1. */
    static String percent(double swing) {
        return BigDecimal.valueOf(100 * swing).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** The charts for {@code only} (null: all three models). */
    Presentation present(List<ModelTornado> tornadoes, InvestmentModel only) {
        List<ModelTornado> shown = tornadoes.stream().filter(t -> only == null || t.model() == only).toList();
        List<ModelTornado> drawable = shown.stream().filter(t -> t.baseIrr() != null).toList();
        List<String> fields = only == null ? commonFields(drawable) : ownFields(drawable);
        double[] scale = only == null ? commonScale(drawable, fields) : null;
        List<Panel> panels = new ArrayList<>();
        for (ModelTornado t : shown) {
            if (t.baseIrr() == null) {
                panels.add(new Panel(t.model(), null, l.t("analysis.tornado.none", t.model().name())));
                continue;
            }
            panels.add(new Panel(t.model(), chart(t, fields, scale), null));
        }
        double swing = shown.isEmpty() ? DEFAULT_SWING : shown.get(0).swing();
        String scope = only == null ? l.t("analysis.tornado.scopeAll", fields.size(), percent(swing))
                : l.t("analysis.tornado.scopeOne", fields.size(), only.name(), percent(swing));
        return new Presentation(List.copyOf(panels), scope, notes(drawable));
    }

    /** The inputs with the largest swing in any model, at most {@link #ROWS_ALL}; none that moves no model. */
    private static List<String> commonFields(List<ModelTornado> ts) {
        Map<String, Double> best = new LinkedHashMap<>();
        for (ModelTornado t : ts) {
            for (TornadoRow r : t.rows()) {
                if (r.defined()) {
                    best.merge(r.field(), r.swing(), Math::max);
                }
            }
        }
        return best.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(ROWS_ALL).map(Map.Entry::getKey).toList();
    }

    /** One model's largest effects in its own order, at most {@link #ROWS_ONE}. */
    private static List<String> ownFields(List<ModelTornado> ts) {
        if (ts.isEmpty()) {
            return List.of();
        }
        return ts.get(0).rows().stream().filter(r -> r.defined() && r.swing() > 0).limit(ROWS_ONE)
                .map(TornadoRow::field).toList();
    }

    private static double[] commonScale(List<ModelTornado> ts, List<String> fields) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ModelTornado t : ts) {
            double[] e = TornadoChart.extent(100 * t.baseIrr(), bars(t, fields, null));
            lo = Math.min(lo, e[0]);
            hi = Math.max(hi, e[1]);
        }
        return ts.isEmpty() ? null : new double[] {lo, hi};
    }

    private TornadoChart chart(ModelTornado t, List<String> fields, double[] scale) {
        String pct = percent(t.swing());
        double base = 100 * t.baseIrr();
        return new TornadoChart("tornado-" + t.model().name(),
                l.t("analysis.tornado.chartTitle", t.model().name(), pct, l.t(AnalysisText.view(t.view()).key())),
                base, bars(t, fields, l), TornadoPresenter::irrText, l.t("analysis.tornado.low", pct),
                l.t("analysis.tornado.high", pct), l.t("analysis.tornado.base", irrText(base)),
                scale == null ? null : scale[0], scale == null ? null : scale[1]);
    }

    /** Bars for {@code fields} in that order; an input not defined for this model is drawn as "not drawn". */
    private static List<TornadoChart.Bar> bars(ModelTornado t, List<String> fields, PresenterTexts l) {
        List<TornadoChart.Bar> out = new ArrayList<>();
        for (String f : fields) {
            TornadoRow r = t.rows().stream().filter(x -> x.field().equals(f)).findFirst().orElse(null);
            String label = l == null ? f : l.field(f);
            if (r != null && r.defined()) {
                out.add(new TornadoChart.Bar(label, 100 * r.lowValue(), 100 * r.highValue()));
            } else if (l != null) {
                out.add(TornadoChart.Bar.missing(label, l.t("analysis.tornado.notDrawn")));
            }
        }
        return out;
    }

    static String irrText(double percent) {
        return String.format(Locale.ROOT, "%.1f %%", percent);
    }

    /** One line per input that could not be drawn, naming the models when not all of them are concerned. */
    private List<String> notes(List<ModelTornado> ts) {
        Map<String, List<String>> byText = new LinkedHashMap<>();
        for (ModelTornado t : ts) {
            for (TornadoRow r : t.rows()) {
                if (!r.defined()) {
                    byText.computeIfAbsent(reason(r, t.swing()), k -> new ArrayList<>()).add(t.model().name());
                }
            }
        }
        List<String> out = new ArrayList<>();
        byText.forEach((text, ms) -> out.add(ms.size() == ts.size() ? text
                : l.t("analysis.tornado.forModels", String.join(", ", ms), text)));
        return out;
    }

    private String reason(TornadoRow r, double swing) {
        AssumptionField f = AssumptionField.byKey(r.field());
        String name = l.field(r.field());
        String pct = percent(swing);
        if (r.invalid()) {
            if (r.highInput() > f.max()) {
                return l.t("analysis.tornado.aboveMax", name, pct, plain(r.highInput()), l.text(f.unitText()), plain(f.max()));
            }
            if (f.strictlyPositive() ? r.lowInput() <= 0 : r.lowInput() < f.min()) {
                return l.t("analysis.tornado.belowMin", name, pct, plain(r.lowInput()), l.text(f.unitText()), plain(f.min()));
            }
            return l.t("analysis.tornado.invalid", name, plain(r.lowInput()), plain(r.highInput()), l.text(f.unitText()));
        }
        return l.t("analysis.tornado.undefined", name, plain(r.lowInput()), plain(r.highInput()), l.text(f.unitText()));
    }

    /** A value as typed in the scenario form: up to six significant digits, no grouping, no trailing zeros. */
    static String plain(double v) {
        return BigDecimal.valueOf(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
