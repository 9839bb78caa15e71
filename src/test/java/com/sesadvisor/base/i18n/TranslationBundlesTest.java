package com.sesadvisor.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every feature bundle exists in English and Simplified Chinese with exactly the same keys, none empty or shared. */
class TranslationBundlesTest {

    @Test
    void every_bundle_has_a_chinese_twin_with_the_same_keys() {
        Map<String, Properties> bundles = TranslationProvider.bundles();
        assertThat(bundles).containsKey("messages");
        bundles.forEach((name, props) -> {
            if (name.endsWith("_zh_CN")) {
                assertThat(bundles).as("English bundle for " + name)
                        .containsKey(name.substring(0, name.length() - "_zh_CN".length()));
                return;
            }
            Properties zh = bundles.get(name + "_zh_CN");
            assertThat(zh).as("Chinese bundle " + name + "_zh_CN").isNotNull();
            assertThat(zh.stringPropertyNames()).as(name)
                    .containsExactlyInAnyOrderElementsOf(props.stringPropertyNames());
            props.forEach((k, v) -> assertThat(v.toString()).as(name + " " + k).isNotBlank());
            zh.forEach((k, v) -> assertThat(v.toString()).as(name + "_zh_CN " + k).isNotBlank());
        });
    }

    @Test
    void the_one_loader_reads_every_bundle_file() throws Exception {
        java.util.Set<String> files = new java.util.TreeSet<>();
        for (var r : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:i18n/*.properties")) {
            files.add(r.getFilename().replace(".properties", ""));
        }
        assertThat(files).as("i18n files; add a new bundle to TextBundles.NAMES")
                .containsExactlyInAnyOrderElementsOf(TranslationProvider.bundles().keySet());
    }

    @Test
    void a_key_lives_in_one_bundle_only() {
        Map<String, String> owner = new HashMap<>();
        TranslationProvider.bundles().forEach((name, props) -> {
            if (!name.endsWith("_zh_CN")) {
                props.stringPropertyNames().forEach(k -> assertThat(owner.put(k, name))
                        .as("key " + k + " is in " + name + " and another bundle").isNull());
            }
        });
    }

    /** Properties keep the last of two equal keys silently: a second definition hides the first one's text. */
    @Test
    void no_bundle_file_defines_a_key_twice() throws Exception {
        for (var r : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:i18n/*.properties")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            int line = 0;
            for (String text : new String(r.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .split("\\R")) {
                line++;
                String t = text.strip();
                int eq = t.indexOf('=');
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("!") || eq < 0 || text.startsWith(" ")) {
                    continue;
                }
                String key = t.substring(0, eq).strip();
                assertThat(seen.add(key)).as(r.getFilename() + ":" + line + " defines " + key + " again").isTrue();
            }
        }
    }

    @Test
    void provider_translates_and_formats_in_both_languages() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("nav.workshops", Locale.ENGLISH)).isEqualTo("Workshops");
        assertThat(provider.getTranslation("nav.workshops", Locale.SIMPLIFIED_CHINESE)).isEqualTo("研讨会");
        assertThat(provider.getTranslation("nav.workshops", Locale.CHINA)).isEqualTo("研讨会");
        assertThat(provider.getTranslation("nav.workshops", Locale.GERMAN)).isEqualTo("Workshops");
        assertThat(provider.getTranslation("workshops.name.length", Locale.ENGLISH, 120)).contains("120");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
