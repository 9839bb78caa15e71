package com.sesadvisor.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.engine.text.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/** Renders texts the way screens do and checks both languages: for the tests of each converted family. */
public final class TextRendering {

    private static final TranslationProvider PROVIDER = new TranslationProvider();
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    private TextRendering() {
    }

    public static String english(Text text) {
        return Texts.render(Locale.ENGLISH, text);
    }

    public static String chinese(Text text) {
        return Texts.render(Locale.SIMPLIFIED_CHINESE, text);
    }

    /**
     * The screen's English is the API's English, and the Chinese is Chinese: no missing-key marker in either, and a
     * Chinese character in the Chinese, except for a pass-through pattern ({@code {0}}: a sentence a caller still
     * passes as finished English, or another component's reason shown as that component gives it).
     */
    public static void assertBothLanguages(Text text) {
        String en = english(text);
        String zh = chinese(text);
        assertThat(en).as(text.key()).isEqualTo(text.english()).doesNotContain("!" + text.key() + "!")
                .doesNotMatch("(?s).*![a-z]+\\.[A-Za-z0-9_.-]+!.*");
        assertThat(zh).as(text.key()).doesNotMatch("(?s).*![a-z]+\\.[A-Za-z0-9_.-]+!.*");
        if (!"{0}".equals(PROVIDER.getTranslation(text.key(), Locale.SIMPLIFIED_CHINESE))) {
            assertThat(CJK.matcher(zh).find()).as("Chinese for " + text.key() + ": " + zh).isTrue();
        }
    }
}
