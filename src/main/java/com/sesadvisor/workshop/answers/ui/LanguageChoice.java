package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.base.i18n.TranslationProvider;
import com.sesadvisor.engine.text.TextBundles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** The expert page has no main layout (no account), so it carries its own language switch. */
public class LanguageChoice extends Select<Locale> {

    public LanguageChoice() {
        setId("expert-language");
        setAriaLabel(getTranslation("language.label"));
        setItems(TranslationProvider.ENGLISH, TranslationProvider.CHINESE);
        setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        setValue(TextBundles.language(getLocale()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
