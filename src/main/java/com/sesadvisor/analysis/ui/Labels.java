package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.RankingOutcome;
import com.sesadvisor.engine.finance.Payback;
import com.sesadvisor.engine.text.Text;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * Localised labels for engine values ("not defined", "not within N years", all IRR roots) and the engine's texts,
 * rendered in the UI's language; inside a ranking, an alternative's name becomes its label (e.g. "CSSES / 两部制电价").
 */
class Labels extends PresenterTexts {

    private RankingOutcome ranking;

    Labels(Component c) {
        this(c, uiLocale());
    }

    private Labels(Component c, Locale locale) {
        super(locale);
    }

    /** The UI's locale (session-wide, set by the language switch); English when there is no UI (tests). */
    private static Locale uiLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
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

    /** An engine or service text in the UI's language, alternatives named by their labels inside a ranking. */
    @Override
    String text(Text t) {
        return super.text(ranking == null ? t : ranking.labelled(t));
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
