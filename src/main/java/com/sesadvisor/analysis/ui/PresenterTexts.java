package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.analysis.MoneyFormat;
import com.sesadvisor.engine.finance.IrrResult;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextRenderer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Translations and number formats for the presenters in one language, without a component: a presenter is a plain
 * class that a unit test drives in either language, while a view passes {@link #of(Component)}. Everything goes
 * through the one renderer, {@link TextRenderer}.
 */
class PresenterTexts {

    private final Locale locale;

    PresenterTexts(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** The UI's language (English without a UI). */
    static PresenterTexts of(Component c) {
        UI ui = UI.getCurrent();
        return new PresenterTexts(ui == null ? Locale.ENGLISH : ui.getLocale());
    }

    Locale locale() {
        return locale;
    }

    String t(String key, Object... args) {
        return TextRenderer.translate(key, locale, args);
    }

    /** An engine or service text in the UI's language, nested texts included. */
    String text(Text t) {
        return render(t);
    }

    // Not overridable: a subclass that relabels arguments in text() must not be re-entered for nested texts.
    private String render(Text t) {
        return t(t.key(), t.args().stream().map(a -> a instanceof Text x ? render(x) : a).toArray());
    }

    /** The translated name of an assumption, e.g. "Peak-valley spread". */
    String field(String key) {
        return t(AnalysisText.field(com.sesadvisor.engine.finance.AssumptionField.byKey(key)).key());
    }

    String money(double cny) {
        return MoneyFormat.hundredMillion(cny, locale);
    }

    String pct(double fraction) {
        return MoneyFormat.percent(fraction, 2, locale);
    }

    String num(double v, int digits) {
        return MoneyFormat.number(v, digits, locale);
    }

    /** Headline IRR, and every root when there are several. */
    String irr(IrrResult r) {
        if (r.value().isEmpty()) {
            return t("analysis.irr.notDefined");
        }
        String head = pct(r.value().getAsDouble());
        if (r.ambiguous()) {
            return head + " (" + t("analysis.irr.roots") + " "
                    + r.roots().stream().map(this::pct).collect(Collectors.joining(", ")) + ")";
        }
        return head;
    }
}
