package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.MoneyFormat;
import com.sesadvisor.analysis.RankingOutcome;
import com.sesadvisor.base.i18n.TranslationProvider;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.engine.finance.IrrResult;
import com.sesadvisor.engine.finance.Payback;
import com.sesadvisor.engine.text.Text;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Localised labels for engine values ("not defined", "not within N years", all IRR roots) and the engine's texts,
 * rendered in the UI's language; inside a ranking, an alternative's name becomes its label (e.g. "CSSES / 两部制电价").
 */
final class Labels {

    private final Component c;
    private final Locale locale;
    private RankingOutcome ranking;

    Labels(Component c) {
        this.c = c;
        // The UI's locale (session-wide, set by the language switch); English when there is no UI (tests).
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        this.locale = ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** Renders alternative names as the ranking's labels from now on (names of its indicator matrix rows). */
    Labels withAlternatives(RankingOutcome r) {
        this.ranking = r;
        return this;
    }

    /** The label of the alternative with this name (the name itself outside a ranking). */
    String alternative(String name) {
        Text label = ranking == null ? null : ranking.label(name);
        return label == null ? name : text(label);
    }

    /** An engine or service text in the UI's language. */
    String text(Text t) {
        VaadinService service = VaadinService.getCurrent();
        I18NProvider provider = service == null ? Fallback.PROVIDER : service.getInstantiator().getI18NProvider();
        return Texts.render(provider, locale, ranking == null ? t : ranking.labelled(t));
    }

    /** Bundles read directly when there is no Vaadin service (unit tests), built on first use only. */
    private static final class Fallback {
        static final I18NProvider PROVIDER = new TranslationProvider();
    }

    Locale locale() {
        return locale;
    }

    String t(String key, Object... args) {
        return c.getTranslation(key, args);
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

    /** Headline IRR, and every root when there are several (then decide on NPV). */
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

    String payback(Payback p) {
        return p.years().isPresent() ? t("analysis.payback.years", num(p.years().getAsDouble(), 2))
                : t("analysis.payback.notReached", ((Payback.NotReached) p).horizonYears());
    }

    /** First and last crossing; one figure when they coincide. */
    String payback(Payback first, Payback last) {
        String a = payback(first);
        String b = payback(last);
        return a.equals(b) ? a : a + " / " + b;
    }
}
