package com.sesadvisor.engine.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The one renderer: a {@link Text} (or a key and arguments) to a string in a locale, from {@link TextBundles}.
 * Arguments are formatted by the pattern ({@code {0,number,0.00}}) in the reader's language; nested texts and
 * {@link TextKey}s are rendered in the same language, a {@link Bilingual} picks its language and {@link Money} is
 * written in units of 10^8 CNY. A missing key renders as {@code !key!} so that it is noticed, never blank.
 */
public final class TextRenderer {

    private static final System.Logger LOG = System.getLogger(TextRenderer.class.getName());

    private TextRenderer() {
    }

    public static String render(Text text, Locale locale) {
        return translate(text.key(), locale, text.args().toArray());
    }

    /** The key's pattern in the locale's language, formatted with the arguments. */
    public static String translate(String key, Locale locale, Object... args) {
        Locale language = TextBundles.language(locale);
        String pattern = TextBundles.pattern(key, language);
        if (pattern == null) {
            LOG.log(System.Logger.Level.WARNING, "Missing translation {0} for {1}", key, language);
            return "!" + key + "!";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = argument(args[i], language);
        }
        return new MessageFormat(pattern, language).format(values);
    }

    private static Object argument(Object a, Locale language) {
        if (a instanceof Text t) {
            return render(t, language);
        }
        if (a instanceof TextKey k) {
            return translate(k.key(), language);
        }
        if (a instanceof Bilingual b) {
            return b.in(language);
        }
        if (a instanceof Money m) {
            return money(m.cny(), language);
        }
        return a;
    }

    /** E.g. "14.15 亿元" or "14.15 × 10⁸ ¥". */
    public static String money(double cny, Locale locale) {
        return translate("engine.money.hundredMillion", locale, number(cny / 1e8, 2, locale));
    }

    /** A number with exactly this many decimals, grouped as the locale groups. */
    public static String number(double v, int digits, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(TextBundles.language(locale));
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(v);
    }
}
