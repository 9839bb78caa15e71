package com.sesadvisor.base.i18n;

import com.sesadvisor.engine.text.TextBundles;
import com.sesadvisor.engine.text.TextRenderer;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Vaadin's view of the one text path: {@code getTranslation(key, args)} in a component is
 * {@link TextRenderer#translate} over the bundles {@link TextBundles} loads ({@code i18n/<feature>.properties} and
 * {@code _zh_CN} twin, UTF-8, English fallback, a missing key shows as {@code !key!} and is logged). Nothing else
 * loads or formats bundles; code outside the UI calls {@link TextRenderer} directly.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = TextBundles.ENGLISH;
    public static final Locale CHINESE = TextBundles.CHINESE;

    @Override
    public List<Locale> getProvidedLocales() {
        return TextBundles.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return TextRenderer.translate(key, locale, params);
    }

    /** Bundle file name (without extension) to its properties, e.g. {@code messages_zh_CN}. */
    static Map<String, Properties> bundles() {
        return TextBundles.files();
    }
}
