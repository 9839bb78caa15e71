package com.sesadvisor.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * English patterns for {@link Text}, read from the same UTF-8 bundles the UI uses ({@code i18n/<bundle>.properties}
 * on the class path), so the English of the API and the English of the screens cannot drift apart. Plain Java on
 * purpose: the engine must not depend on the UI framework's translation provider.
 */
final class EnglishTexts {

    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private EnglishTexts() {
    }

    static String format(Text text) {
        String pattern = BUNDLES.computeIfAbsent(text.bundle(), EnglishTexts::load).getProperty(text.key());
        if (pattern == null) {
            return "!" + text.key() + "!";
        }
        Object[] args = text.args().stream().map(a -> a instanceof Text t ? t.english()
                : a instanceof Bilingual b ? b.english() : a).toArray();
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    private static Properties load(String bundle) {
        Properties p = new Properties();
        String resource = "/i18n/" + bundle + ".properties";
        try (InputStream in = EnglishTexts.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
