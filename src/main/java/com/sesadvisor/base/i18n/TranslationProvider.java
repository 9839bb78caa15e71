package com.sesadvisor.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every user-visible string comes from {@code i18n/<feature>.properties} (English) and
 * {@code i18n/<feature>_zh_CN.properties} (Simplified Chinese), UTF-8. Each feature owns its own bundle so that
 * features can be translated independently; a key may live in one bundle only. English is the fallback; a missing
 * key shows as {@code !key!} and is logged, so it is noticed rather than silently blank.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final String LOCATION = "classpath*:i18n/*.properties";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final Map<String, String> english;
    private final Map<String, String> chinese;

    public TranslationProvider() {
        Map<Locale, Map<String, String>> all = loadAll();
        this.english = all.getOrDefault(ENGLISH, Map.of());
        this.chinese = all.getOrDefault(CHINESE, Map.of());
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, CHINESE);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        String pattern = (zh ? chinese : english).get(key);
        if (pattern == null) {
            log.warn("Missing translation {} for {}", key, zh ? CHINESE : ENGLISH);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, zh ? CHINESE : ENGLISH).format(params);
    }

    /** Bundle file name (without extension) to its properties, e.g. {@code messages_zh_CN}. */
    static Map<String, Properties> bundles() {
        try {
            Map<String, Properties> bundles = new HashMap<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                Properties p = new Properties();
                try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                String name = r.getFilename();
                bundles.put(name.substring(0, name.length() - ".properties".length()), p);
            }
            return bundles;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translation bundles", e);
        }
    }

    private static Map<Locale, Map<String, String>> loadAll() {
        Map<Locale, Map<String, String>> all = new HashMap<>();
        bundles().forEach((name, props) -> {
            Locale locale = name.endsWith("_zh_CN") ? CHINESE : ENGLISH;
            Map<String, String> target = all.computeIfAbsent(locale, l -> new HashMap<>());
            props.forEach((k, v) -> target.put(k.toString(), v.toString()));
        });
        return all;
    }
}
