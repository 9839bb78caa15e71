package com.sesadvisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisInputTest {

    @Test
    void refusesUnknownCriteriaNegativeAndAllZeroWeightsNamingTheField() {
        AnalysisInput base = AnalysisInput.paperBaseCase();
        assertThatThrownBy(() -> base.withSubjectiveWeights(Map.of("FOO", 1.0)))
                .isInstanceOfSatisfying(InvalidAnalysisInputException.class,
                        e -> assertThat(e.field()).isEqualTo("subjectiveWeights.FOO"));
        assertThatThrownBy(() -> base.withSubjectiveWeights(Map.of("IRR", -1.0)))
                .isInstanceOfSatisfying(InvalidAnalysisInputException.class,
                        e -> assertThat(e.field()).isEqualTo("subjectiveWeights.IRR"));
        assertThatThrownBy(() -> base.withSubjectiveWeights(Map.of("IRR", 0.0)))
                .isInstanceOf(InvalidAnalysisInputException.class);
        assertThat(base.subjectiveWeights()).containsKeys("TOTAL_COST", "IRR", "DYNAMIC_PAYBACK").hasSize(7);
    }

    @Test
    void moneyIsShownInHundredMillionYuanPerLocale() {
        assertThat(MoneyFormat.hundredMillion(1.415e9, Locale.SIMPLIFIED_CHINESE)).isEqualTo("14.15 亿元");
        assertThat(MoneyFormat.hundredMillion(1.415e9, Locale.ENGLISH)).isEqualTo("14.15 × 10⁸ ¥");
        assertThat(MoneyFormat.unit(Locale.ENGLISH)).isEqualTo("hundred million ¥");
    }

    @Test
    void everyAssumptionBelongsToExactlyOneGroup() {
        int total = 0;
        for (AssumptionGroup g : AssumptionGroup.values()) {
            assertThat(g.fields()).isNotEmpty();
            total += g.fields().size();
        }
        assertThat(total).isEqualTo(com.sesadvisor.engine.finance.AssumptionField.values().length);
        assertThat(AssumptionGroup.of(com.sesadvisor.engine.finance.AssumptionField.DISCOUNT_RATE))
                .isEqualTo(AssumptionGroup.FINANCE);
        assertThat(AssumptionGroup.of(com.sesadvisor.engine.finance.AssumptionField.VAT_RATE))
                .isEqualTo(AssumptionGroup.TAX);
    }
}
