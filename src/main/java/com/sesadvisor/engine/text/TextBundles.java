package com.sesadvisor.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one loader of the translation bundles: {@code i18n/<bundle>.properties} (English) and
 * {@code i18n/<bundle>_zh_CN.properties} (Simplified Chinese), UTF-8, on the class path. The UI's
 * {@code I18NProvider}, the reports, the REST API and the engine's {@link Text#english()} all read patterns here, so
 * the same key says the same words everywhere. Plain Java on purpose (the engine must not depend on a framework).
 * Also the one place that decides which product language a {@link Locale} means.
 */
public final class TextBundles {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** The product languages, English first (the fallback). */
    public static final List<Locale> LOCALES = List.of(ENGLISH, CHINESE);
    /**
     * The bundles read at start. A key whose first segment names a bundle not listed here is still found (its
     * bundle is read on first use); {@code TranslationBundlesTest} checks this list against the files.
     */
    public static final List<String> NAMES = List.of("messages", "ahp", "analysis", "eligibility", "engine",
            "rules", "security", "session", "workshop", "scenarios", "judgements", "parties");

    private static final Map<String, Properties> FILES = new ConcurrentHashMap<>();
    private static final Map<Locale, Map<String, String>> PATTERNS = new ConcurrentHashMap<>();

    private TextBundles() {
    }

    /** The product language a locale asks for: Chinese for any {@code zh} locale, English otherwise. */
    public static Locale language(Locale locale) {
        return locale != null && locale.getLanguage().equals(CHINESE.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** Whether the locale reads Chinese. */
    public static boolean chinese(Locale locale) {
        return language(locale) == CHINESE;
    }

    /** The pattern of a key in the locale's language, or null when no bundle has it. */
    public static String pattern(String key, Locale locale) {
        Map<String, String> patterns = patterns(language(locale));
        String p = patterns.get(key);
        if (p == null && key.indexOf('.') > 0) {
            String bundle = key.substring(0, key.indexOf('.'));
            if (!NAMES.contains(bundle) && !FILES.containsKey(fileName(bundle, language(locale)))) {
                Properties more = file(fileName(bundle, language(locale)));
                more.forEach((k, v) -> patterns.putIfAbsent(k.toString(), v.toString()));
                p = patterns.get(key);
            }
        }
        return p;
    }

    /** Bundle file name (without extension) to its properties, e.g. {@code messages_zh_CN}, for tests and tools. */
    public static Map<String, Properties> files() {
        Map<String, Properties> all = new LinkedHashMap<>();
        for (String name : NAMES) {
            for (Locale l : LOCALES) {
                all.put(fileName(name, l), file(fileName(name, l)));
            }
        }
        return all;
    }

    private static Map<String, String> patterns(Locale language) {
        return PATTERNS.computeIfAbsent(language, l -> {
            Map<String, String> out = new ConcurrentHashMap<>();
            for (String name : NAMES) {
                file(fileName(name, l)).forEach((k, v) -> out.put(k.toString(), v.toString()));
            }
            return out;
        });
    }

    private static String fileName(String bundle, Locale language) {
        return language.equals(CHINESE) ? bundle + "_zh_CN" : bundle;
    }

    private static Properties file(String name) {
        return FILES.computeIfAbsent(name, n -> {
            Properties p = new Properties();
            String resource = "/i18n/" + n + ".properties";
            try (InputStream in = TextBundles.class.getResourceAsStream(resource)) {
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        });
    }
}
