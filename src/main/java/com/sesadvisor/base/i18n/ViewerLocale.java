package com.sesadvisor.base.i18n;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language of whoever is looking: the Vaadin UI's locale on a screen, the request's Accept-Language on the API
 * (Spring's locale context), English otherwise. Lives here because it is the one non-view place allowed to ask
 * Vaadin for the current UI.
 */
public final class ViewerLocale {

    private ViewerLocale() {
    }

    public static Locale current() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            return ui.getLocale();
        }
        Locale l = LocaleContextHolder.getLocale();
        return l == null ? Locale.ENGLISH : l;
    }
}
