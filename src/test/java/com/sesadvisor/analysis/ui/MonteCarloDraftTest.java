package com.sesadvisor.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.analysis.MonteCarloSettings;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec.Distribution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloDraftTest {

    static final Assumptions BASE = Assumptions.paperDefaults();

    private static MonteCarloDraft defaults() {
        return MonteCarloDraft.of(MonteCarloSettings.defaults(BASE));
    }

    /** The defaults with one row replaced. */
    private static MonteCarloDraft with(MonteCarloDraft.RangeDraft row) {
        MonteCarloDraft d = defaults();
        List<MonteCarloDraft.RangeDraft> rows = new ArrayList<>(d.ranges());
        rows.replaceAll(r -> r.field() == row.field() ? row : r);
        if (rows.stream().noneMatch(r -> r.field() == row.field())) {
            rows.add(row);
        }
        return new MonteCarloDraft(rows, d.draws(), d.seed());
    }

    private static MonteCarloDraft.RangeDraft tri(AssumptionField f, String min, String mode, String max) {
        return new MonteCarloDraft.RangeDraft(f, Distribution.TRIANGULAR, min, mode, max);
    }

    @Test
    void theDefaultsAreShownAsTextAndAreValid() {
        MonteCarloDraft d = defaults();
        assertThat(d.ranges()).extracting(MonteCarloDraft.RangeDraft::min).containsExactly("0.52", "0.87", "330", "0");
        assertThat(d.ranges()).extracting(MonteCarloDraft.RangeDraft::mode)
                .containsExactly("0.7234", "1.12", "400", "30");
        assertThat(d.draws()).isEqualTo("2000");
        assertThat(d.seed()).isEqualTo("20250401");
        MonteCarloDraft.Validation v = d.validate(UiTexts.english());
        assertThat(v.ok()).isTrue();
        assertThat(v.settings()).contains(MonteCarloSettings.defaults(BASE));
    }

    @Test
    void anEditedRangeBecomesTheRunsRange() {
        MonteCarloDraft d = with(tri(AssumptionField.SPREAD, " 0.6 ", "0.7", "0.8"));
        MonteCarloSettings s = d.validate(UiTexts.english()).settings().orElseThrow();
        assertThat(s.ranges().get(0)).isEqualTo(MonteCarloSpec.Range.triangular(AssumptionField.SPREAD, 0.6, 0.7, 0.8));
        MonteCarloDraft u = with(new MonteCarloDraft.RangeDraft(AssumptionField.SPREAD, Distribution.UNIFORM, "0.5",
                "not used", "0.9"));
        assertThat(u.validate(UiTexts.english()).settings().orElseThrow().ranges().get(0))
                .isEqualTo(MonteCarloSpec.Range.uniform(AssumptionField.SPREAD, 0.5, 0.9));
        MonteCarloDraft degenerate = with(tri(AssumptionField.SPREAD, "0.7234", "0.7234", "0.7234"));
        assertThat(degenerate.validate(UiTexts.english()).ok()).isTrue();
    }

    @Test
    void theOrderOfMinMostLikelyAndMaxIsCheckedNamingTheField() {
        var v = with(tri(AssumptionField.SPREAD, "0.9", "0.7234", "0.6")).validate(UiTexts.english());
        assertThat(v.settings()).isEmpty();
        assertThat(v.errors()).containsEntry("min-spread",
                "Peak-valley spread · min: must not exceed the most likely value 0.7234");
        assertThat(v.errors()).containsEntry("max-spread",
                "Peak-valley spread · max: must not be below the most likely value 0.7234");
        var u = with(new MonteCarloDraft.RangeDraft(AssumptionField.SPREAD, Distribution.UNIFORM, "0.9", "", "0.6"))
                .validate(UiTexts.english());
        assertThat(u.errors()).containsOnlyKeys("max-spread");
        assertThat(u.errors().get("max-spread")).isEqualTo("Peak-valley spread · max: must not be below the min 0.9");
    }

    @Test
    void badNumbersAndValuesOutsideTheInputsRangeAreNamed() {
        var v = new MonteCarloDraft(List.of(
                tri(AssumptionField.UNIT_INVESTMENT_PER_WH, "abc", "1.12", "0"),
                tri(AssumptionField.CYCLES_PER_YEAR, "330.5", "400", ""),
                tri(AssumptionField.DEPTH_OF_DISCHARGE, "0.8", "0.9", "1.2"),
                tri(AssumptionField.FR_MILEAGE_MW_PER_MW_DAY, "-5", "30", "60")), "2000", "1")
                .validate(UiTexts.english());
        assertThat(v.errors()).containsEntry("min-unitInvestmentPerWh", "Unit investment · min: \"abc\" is not a number")
                .containsEntry("max-unitInvestmentPerWh", "Unit investment · max: must be greater than 0 CNY/Wh "
                        + "(entered 0)")
                .containsEntry("min-cyclesPerYear", "Cycles per year · min: must be a whole number (entered 330.5)")
                .containsEntry("max-cyclesPerYear", "Cycles per year · max: enter a value")
                .containsEntry("max-depthOfDischarge", "Depth of discharge · max: must be at most 1 fraction "
                        + "(entered 1.2)")
                .containsEntry("min-frMileageMwPerMwDay",
                        "Frequency-regulation mileage · min: must be at least 0 MW/MW/day (entered -5)");
        assertThat(v.errors()).hasSize(6);
    }

    @Test
    void drawsSeedAndAtLeastOneInputAreChecked() {
        MonteCarloDraft d = defaults();
        for (String bad : new String[] {"9", "100001", "1e3", "", "two thousand"}) {
            assertThat(new MonteCarloDraft(d.ranges(), bad, d.seed()).validate(UiTexts.english()).errors())
                    .containsOnlyKeys("draws");
        }
        assertThat(new MonteCarloDraft(d.ranges(), "10", d.seed()).validate(UiTexts.english()).ok()).isTrue();
        assertThat(new MonteCarloDraft(d.ranges(), "100000", "-7").validate(UiTexts.english()).ok()).isTrue();
        assertThat(new MonteCarloDraft(d.ranges(), "500", "1.5").validate(UiTexts.english()).errors())
                .containsEntry("seed", "Seed: \"1.5\" is not a whole number");
        assertThat(new MonteCarloDraft(List.of(), "500", "1").validate(UiTexts.english()).errors())
                .containsEntry("ranges", "Add at least one uncertain input.");
    }

    @Test
    void messagesNameTheFieldInChinese() {
        var v = with(tri(AssumptionField.SPREAD, "0.9", "0.7234", "0.92")).validate(UiTexts.chinese());
        assertThat(v.errors().get("min-spread")).contains("最小值").contains("0.7234").doesNotContain("must");
        assertThat(new MonteCarloDraft(defaults().ranges(), "5", "1").validate(UiTexts.chinese()).errors()
                .get("draws")).contains("抽样次数");
        // the unit of the bound is Chinese too, not the engine's English unit
        var high = with(tri(AssumptionField.DEPTH_OF_DISCHARGE, "0.8", "0.9", "1.2")).validate(UiTexts.chinese());
        assertThat(high.errors().get("max-depthOfDischarge")).contains("比例").doesNotContain("fraction");
    }
}
