package com.sesadvisor.analysis.saved.ui;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.analysis.MoneyFormat;
import com.sesadvisor.analysis.saved.ScenarioComparison;
import com.sesadvisor.analysis.saved.ScenarioText;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextKey;
import com.sesadvisor.engine.text.TextRenderer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Two saved scenarios side by side as text in one language, without a component, so a unit test reads what the
 * screen will show. Which inputs differ is the service's answer ({@link ScenarioComparison.InputRow#differs()});
 * an output differs when the two figures as shown differ, so a highlighted pair never looks the same on screen.
 */
final class ComparisonPresenter {

    /** One line of the comparison: what, the value under A and under B, and whether they differ. */
    record Line(String id, String label, String a, String b, boolean differs) {
    }

    /** One model's outputs under A and B. */
    record ModelBlock(InvestmentModel model, List<Line> lines) {
    }

    /** What the comparison shows: a title, the outputs per model, and the inputs (all, or only those that differ). */
    record Shown(String title, List<ModelBlock> outputs, List<Line> inputs, int differingInputs, int totalInputs) {
    }

    private final Locale locale;

    ComparisonPresenter(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    Shown present(ScenarioComparison c, boolean onlyDifferingInputs) {
        List<Line> inputs = new ArrayList<>();
        int differing = 0;
        for (ScenarioComparison.InputRow r : c.inputs()) {
            differing += r.differs() ? 1 : 0;
            if (!onlyDifferingInputs || r.differs()) {
                inputs.add(new Line(id(r.field()), text(r.label()), input(r.field(), r.a()), input(r.field(), r.b()),
                        r.differs()));
            }
        }
        List<ModelBlock> outputs = new ArrayList<>();
        for (ScenarioComparison.ModelRow m : c.outputs()) {
            List<Line> lines = new ArrayList<>();
            String p = m.model().name();
            lines.add(output(p + "-irr", ScenarioText.OUT_IRR, m,
                    f -> f.irr() == null ? tr("analysis.irr.notDefined") : MoneyFormat.percent(f.irr(), 2, locale)));
            lines.add(output(p + "-npv", ScenarioText.OUT_NPV, m, f -> MoneyFormat.hundredMillion(f.npv(), locale)));
            lines.add(output(p + "-static-payback", ScenarioText.OUT_STATIC_PAYBACK, m,
                    f -> years(f.staticPayback())));
            lines.add(output(p + "-dynamic-payback", ScenarioText.OUT_DYNAMIC_PAYBACK, m,
                    f -> years(f.dynamicPayback())));
            lines.add(output(p + "-pb", ScenarioText.OUT_PB, m, f -> MoneyFormat.number(f.priceToBook(), 2, locale)));
            lines.add(output(p + "-closeness", ScenarioText.OUT_CLOSENESS, m,
                    f -> Double.isFinite(f.closeness()) ? MoneyFormat.number(f.closeness(), 4, locale) : "—"));
            lines.add(output(p + "-rank", ScenarioText.OUT_RANK, m, f -> f.rank() > 0 ? Integer.toString(f.rank()) : "—"));
            outputs.add(new ModelBlock(m.model(), List.copyOf(lines)));
        }
        String title = t(ScenarioText.COMPARE_TITLE, c.a().name(), c.b().name());
        return new Shown(title, List.copyOf(outputs), List.copyOf(inputs), differing, c.inputs().size());
    }

    private Line output(String id, TextKey label, ScenarioComparison.ModelRow m,
                        Function<ScenarioComparison.Figures, String> format) {
        String a = m.a() == null ? t(ScenarioText.COMPARE_NOT_COMPUTED) : format.apply(m.a());
        String b = m.b() == null ? t(ScenarioText.COMPARE_NOT_COMPUTED) : format.apply(m.b());
        return new Line("out-" + id, t(label), a, b, !a.equals(b));
    }

    /** A stored input as the form shows it: option labels for choices, the number with its unit otherwise. */
    private String input(String field, Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof ProfitMechanism p) {
            return t(AnalysisText.mechanism(p));
        }
        if (value instanceof CashFlowView v) {
            return t(AnalysisText.view(v));
        }
        double d = ((Number) value).doubleValue();
        if (field.startsWith("assumptions.")) {
            AssumptionField f = AssumptionField.byKey(field.substring("assumptions.".length()));
            switch (f.kind()) {
                case BOOLEAN:
                    return tr(d != 0 ? "analysis.pdf.yes" : "analysis.pdf.no");
                case CHOICE:
                    return text(f.optionText(f.options().get((int) d)));
                default:
                    String unit = text(f.unitText());
                    return plain(d) + (unit.isBlank() ? "" : " " + unit);
            }
        }
        return plain(d);
    }

    /** Every digit stored, so two different inputs never read the same. */
    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private String years(Double v) {
        return v == null ? tr("analysis.payback.notReachedShort") : MoneyFormat.number(v, 2, locale);
    }

    private static String id(String field) {
        return "in-" + field.replace('.', '-');
    }

    private String text(Text text) {
        return TextRenderer.render(text, locale);
    }

    private String t(TextKey key, Object... args) {
        return TextRenderer.render(Text.of(key, args), locale);
    }

    /** A sentence of the Analysis bundle that has no enum constant (yet). */
    private String tr(String key) {
        return TextRenderer.translate(key, locale);
    }
}
