package com.sesadvisor.base.i18n;

import com.sesadvisor.engine.text.Bilingual;
import com.sesadvisor.engine.text.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/**
 * Renders an engine or service {@link Text} in the reader's language through the application's translation
 * provider, so that a sentence written by the engine reads the same way as the labels around it. Nested texts
 * among the arguments are rendered in the same language.
 */
public final class Texts {

    private Texts() {
    }

    public static String render(I18NProvider provider, Locale locale, Text text) {
        Object[] args = text.args().stream().map(a -> a instanceof Text t ? render(provider, locale, t)
                : a instanceof Bilingual b ? b.in(locale) : a).toArray();
        return provider.getTranslation(text.key(), locale, args);
    }

    /** In the language of the current browser tab (call from UI code only). */
    public static String render(Text text) {
        UI ui = UI.getCurrent();
        return render(ui.getSession().getService().getInstantiator().getI18NProvider(), ui.getLocale(), text);
    }
}
