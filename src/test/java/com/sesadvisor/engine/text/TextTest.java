package com.sesadvisor.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.sesadvisor.base.i18n.TextJsonSerializer;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.i18n.TranslationProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Engine sentences render from the same bundles as the screens, in either language, nested texts included. */
class TextTest {

    private final TranslationProvider provider = new TranslationProvider();
    private final Text changed = Text.of("engine.replication.inverted", "Total cost, Static payback period", 37.26,
            "CSSES > TISES", "TISES > CSSES", Text.of("engine.replication.rankingChanged"));

    @Test
    void english_comes_from_the_bundle_with_arguments_and_nested_texts() {
        assertThat(changed.english())
                .startsWith("The paper treats every criterion as \"more is better\", including Total cost,")
                .contains("(37.3 % of the weight)").contains("Paper reading: CSSES > TISES.")
                .endsWith("so the paper's order should not be relied on as is.");
        assertThat(changed).hasToString(changed.english());
    }

    @Test
    void the_screens_render_the_same_english_and_the_chinese_twin() {
        assertThat(Texts.render(Locale.ENGLISH, changed)).isEqualTo(changed.english());
        assertThat(Texts.render(Locale.SIMPLIFIED_CHINESE, changed))
                .contains("占权重的 37.3%").endsWith("因此不应直接采用论文给出的顺序。").doesNotContain("!");
    }

    @Test
    void an_unknown_key_is_visible_not_blank_and_a_key_must_name_its_bundle() {
        assertThat(Text.of("engine.no.such.key").english()).isEqualTo("!engine.no.such.key!");
        assertThatThrownBy(() -> Text.of("nobundle")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Text.of("engine.replication.rankingSame").bundle()).isEqualTo("engine");
    }

    @Test
    void json_carries_the_english_sentence() throws Exception {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new SimpleModule().addSerializer(Text.class, new TextJsonSerializer()));
        String json = mapper.writeValueAsString(Map.of("why", List.of(Text.of("engine.replication.rankingSame"))));
        assertThat(json).isEqualTo("{\"why\":[\"The ranking is the same, but the closeness values differ, so the "
                + "margins should not be relied on as published.\"]}");
    }
}
