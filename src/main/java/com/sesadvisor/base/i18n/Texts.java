package com.sesadvisor.base.i18n;

import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextRenderer;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/** A {@link Text} in the language of the current browser tab: {@link TextRenderer} with the UI's locale. */
public final class Texts {

    private Texts() {
    }

    public static String render(Locale locale, Text text) {
        return TextRenderer.render(text, locale);
    }

    /** In the language of the current browser tab (call from UI code only; English without a UI). */
    public static String render(Text text) {
        UI ui = UI.getCurrent();
        return TextRenderer.render(text, ui == null ? Locale.ENGLISH : ui.getLocale());
    }
}
