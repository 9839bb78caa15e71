package com.sesadvisor.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.i18n.TranslationProvider;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.Criterion;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Lists, units, names and bilingual arguments render in each language from the same bundles. */
class TextBuildingBlocksTest {

    private final TranslationProvider provider = new TranslationProvider();

    private String zh(Text t) {
        return Texts.render(Locale.SIMPLIFIED_CHINESE, t);
    }

    @Test
    void a_list_joins_the_way_each_language_joins() {
        Text names = TextLists.commas(List.of(CriteriaCatalogue.TOTAL_COST.label(),
                CriteriaCatalogue.STATIC_PAYBACK.label(), "NPV"));
        assertThat(names.english()).isEqualTo("Total cost, Static payback period, NPV");
        assertThat(zh(names)).isEqualTo("总成本、静态投资回收期、NPV");
        assertThat(TextLists.semicolons(List.of("a, b", "c")).english()).isEqualTo("a, b; c");
        assertThat(zh(TextLists.semicolons(List.of("a", "c")))).isEqualTo("a；c");
        assertThat(TextLists.commas(List.of("only")).english()).isEqualTo("only");
    }

    @Test
    void units_are_keys_derived_from_the_unit_string() {
        assertThat(Units.id("CNY/kW/yr")).isEqualTo("CNY_kW_yr");
        assertThat(Units.id("100 million ¥")).isEqualTo("100_million_CNY");
        assertThat(Units.id("¥/kWh")).isEqualTo("CNY_kWh");
        assertThat(Units.id("%")).isEqualTo("percent");
        assertThat(Units.of(" ")).isNull();
        assertThat(Units.of("CNY/kW/yr").english()).isEqualTo("CNY/kW/yr");
        assertThat(zh(Units.of("CNY/kW/yr"))).isEqualTo("元/kW/年");
        assertThat(zh(Units.of("100 million ¥"))).isEqualTo("亿元");
    }

    @Test
    void every_catalogued_criterion_and_every_assumption_unit_has_both_languages() {
        for (Criterion c : CriteriaCatalogue.ALL) {
            assertThat(c.label().english()).as(c.id()).isEqualTo(c.name());
            assertThat(zh(c.label())).as(c.id()).matches(".*\\p{IsHan}.*");
            assertThat(zh(c.unitText())).as(c.id()).doesNotContain("!");
        }
        for (AssumptionField f : AssumptionField.values()) {
            assertThat(f.unitText().english()).as(f.key()).doesNotContain("!");
            assertThat(zh(f.unitText())).as(f.key()).doesNotContain("!");
        }
    }

    @Test
    void a_criterion_outside_the_catalogue_keeps_its_given_name() {
        Criterion own = new Criterion("TOTAL_COST", "Capex", Direction.COST, "", "");
        assertThat(own.label().english()).isEqualTo("Capex");
        assertThat(zh(own.label())).isEqualTo("Capex");
        assertThat(own.unitText()).isNull();
    }

    @Test
    void a_bilingual_argument_is_said_in_the_readers_language() {
        Text t = Text.of("engine.recommendation.violation.rule", "ADV-X-001", new Bilingual("too much", "太多"));
        assertThat(t.english()).isEqualTo("ADV-X-001: too much");
        assertThat(zh(t)).isEqualTo("ADV-X-001：太多");
        assertThat(Texts.render(Locale.ENGLISH, t)).isEqualTo(t.english());
    }
}
