package com.sesadvisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sesadvisor.assessment.RecommendationRequest;
import com.sesadvisor.assessment.RecommendationService;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.i18n.TranslationProvider;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.AssumptionValidator;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.Violation;
import com.sesadvisor.engine.finance.published.PublishedFigures;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.Criterion;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextLists;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The guard: walks real analyses (base case with every explanation part, combinations, payback never reached,
 * IRR undefined, an ineligible project), refusals of bad inputs, and the whole assumption catalogue, and renders
 * every text in English and Chinese. A key missing from either bundle shows as {@code !key!} and fails here; a
 * sentence still said only in English (a verbatim text) where a translation is expected fails too.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AnalysisTextsInBothLanguagesTest {

    private static final Pattern MISSING = Pattern.compile("!\\w+(\\.\\w+)+!");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final TranslationProvider provider = new TranslationProvider();

    @Autowired
    AnalysisService analysis;
    @Autowired
    RecommendationService recommendations;

    /** Renders in both languages and checks each; returns the Chinese. */
    private String check(String what, Text t, boolean sentence) {
        String en = Texts.render(Locale.ENGLISH, t);
        String zh = Texts.render(Locale.SIMPLIFIED_CHINESE, t);
        assertThat(en).as(what + " (en)").isEqualTo(t.english()).doesNotContainPattern(MISSING).isNotBlank();
        assertThat(zh).as(what + " (zh)").doesNotContainPattern(MISSING).isNotBlank();
        if (sentence) {
            assertThat(t.key()).as(what + " is a translated sentence, not English kept as is")
                    .isNotEqualTo("engine.verbatim");
            assertThat(zh).as(what + " (zh)").containsPattern(HAN);
        }
        return zh;
    }

    private void checkRanking(String what, RankingOutcome r) {
        var rec = r.recommendation();
        assertThat(rec.explanations().sentences()).as(what).isNotEmpty();
        rec.explanations().sentences().forEach(s -> check(what + " summary", r.labelled(s), true));
        if (rec.paperReplication() != null) {
            check(what + " replication", r.labelled(rec.paperReplication().explanation()), true);
        }
        r.notes().forEach(n -> check(what + " note", r.labelled(n), true));
        rec.notes().forEach(n -> check(what + " engine note", n, true));
        r.alternativeLabels().forEach(l -> check(what + " alternative", l, false));
        for (Criterion c : rec.indicators().criteria()) {
            check(what + " criterion", c.label(), true);
            check(what + " unit", c.unitText(), false);
        }
    }

    @Test
    void base_case_explanations_notes_and_labels_render_in_both_languages() {
        FinanceOutcome f = analysis.finance(AnalysisInput.paperBaseCase());
        RankingOutcome r = analysis.rank(f, RecommendationOptions.defaults());
        checkRanking("base case", r);
        var rec = r.recommendation();
        // every part of the summary is there: first, ahead, better, what would change, Monte Carlo
        List<String> keys = rec.explanations().sentences().stream().map(Text::key).toList();
        assertThat(keys).contains("engine.summary.first", "engine.summary.ahead", "engine.summary.monteCarlo");
        assertThat(keys).containsAnyOf("engine.summary.anyOf", "engine.summary.noSingleChange");
        assertThat(rec.paperReplication()).isNotNull();

        String first = check("first", rec.explanations().sentences().get(0), true);
        assertThat(rec.explanations().sentences().get(0).english()).startsWith(rec.top() + " ranks first (closeness ");
        assertThat(first).startsWith(rec.top() + " 排名第一（贴近度 ");
    }

    @Test
    void combinations_say_the_mechanism_in_the_readers_language() {
        RankingOutcome r = analysis.rankCombinations(AnalysisInput.paperBaseCase(), RecommendationOptions.defaults());
        checkRanking("combinations", r);
        String name = "TISES / TWO_PART_TARIFF";
        assertThat(r.label(name).english()).isEqualTo(name.replace("TWO_PART_TARIFF", "Two-part tariff"));
        assertThat(Texts.render(Locale.SIMPLIFIED_CHINESE, r.label(name))).isEqualTo("TISES / 两部制电价");
        String top = r.recommendation().top();
        String zh = Texts.render(Locale.SIMPLIFIED_CHINESE,
                r.labelled(r.recommendation().explanations().sentences().get(0)));
        assertThat(zh).startsWith(Texts.render(Locale.SIMPLIFIED_CHINESE, r.label(top)) + " 排名第一");
        // the rules give row names as typed arguments of their findings; the screens and the workbook show the labels
        assertThat(r.findings()).isNotEmpty();
        for (var f : r.findings()) {
            String shown = Texts.render(Locale.SIMPLIFIED_CHINESE, r.labelled(f.message()));
            for (ProfitMechanism m : ProfitMechanism.values()) {
                assertThat(shown).as(f.ruleId()).doesNotContain(" / " + m.name());
            }
            assertThat(shown).as(f.ruleId()).doesNotContain("EQUITY").doesNotContain("PROJECT_");
        }
    }

    @Test
    void penalised_cells_and_an_ineligible_project_are_explained_in_both_languages() {
        // spread 0.52: paybacks never reached; spot market at a negative spread: no IRR at all (no flow positive)
        RankingOutcome never = analysis.rank(analysis.finance(AnalysisInput.paperBaseCase().withAssumptions(
                Assumptions.paperDefaults().with(AssumptionField.SPREAD, 0.52))), RecommendationOptions.defaults());
        assertThat(never.notes()).extracting(Text::key).contains("engine.recommendation.paybackNotReached");
        checkRanking("spread 0.52", never);
        RankingOutcome noIrr = analysis.rank(analysis.finance(AnalysisInput.paperBaseCase()
                .withMechanism(ProfitMechanism.SPOT_MARKET)
                .withAssumptions(Assumptions.paperDefaults().with(AssumptionField.SPREAD, -0.2))),
                RecommendationOptions.defaults());
        assertThat(noIrr.notes()).extracting(Text::key).contains("engine.recommendation.irrUndefined");
        checkRanking("no IRR", noIrr);

        AnalysisInput ineligible = new AnalysisInput(Assumptions.paperDefaults(), ProfitMechanism.COMPREHENSIVE,
                AnalysisInput.paperBaseCase().view(), AnalysisInput.paperBaseCase().subjectiveWeights(), false,
                "CN-HEBEI-2024");
        RankingOutcome r = analysis.rank(analysis.finance(analysis.effective(ineligible)),
                RecommendationOptions.defaults());
        checkRanking("ineligible", r);
    }

    @Test
    void engine_notes_without_a_real_case_here_still_have_both_languages() {
        // an IRR with several roots, and the weighting/TOPSIS edge cases, with representative arguments
        check("irr ambiguous", Text.of("engine.recommendation.irrAmbiguous", "CSSES",
                TextLists.commas(List.of(Text.of("engine.format.percent", 3.2), Text.of("engine.format.percent",
                        41.5))), 3.2), true);
        for (String k : List.of("engine.entropy.minMax", "engine.entropy.constant", "engine.topsis.zeroColumns",
                "engine.topsis.constantColumns")) {
            check(k, Text.of(k, "[0, 3]"), true);
        }
        for (String k : List.of("engine.recommend.minMax", "engine.recommend.constant",
                "engine.recommend.zeroColumns", "engine.recommend.constantColumns")) {
            check(k, Text.of(k, TextLists.commas(List.of(CriteriaCatalogue.NPV.label(),
                    CriteriaCatalogue.IRR.label()))), true);
        }
        for (String k : List.of("engine.entropy.degenerate", "engine.topsis.identical",
                "engine.recommend.twoAlternatives", "engine.summary.identical", "engine.recommendation.equalWeights",
                "engine.finance.irr.sameSign", "engine.finance.irr.noRoot")) {
            check(k, Text.of(k), true);
        }
        check("unused leaves", Text.of("engine.recommendation.unusedLeaves", TextLists.commas(List.of("a", "b"))),
                true);
        check("published note", PublishedFigures.NOTE_TEXT, true);
        assertThat(PublishedFigures.NOTE).startsWith("The paper's figures cannot be reproduced");
    }

    @Test
    void refusals_of_bad_inputs_are_translated_and_keep_their_english() {
        List<Violation> all = new ArrayList<>();
        Assumptions bad = Assumptions.paperDefaults().with(AssumptionField.DEPTH_OF_DISCHARGE, 1.5)
                .with(AssumptionField.CYCLES_PER_YEAR, 400.5).with(AssumptionField.RATED_POWER_MW, 0)
                .with(AssumptionField.DISCOUNT_RATE, -2).with(AssumptionField.INCLUDE_CARBON, 0.5)
                .with(AssumptionField.DEPRECIATION_MODE, 7).with(AssumptionField.SPREAD, Double.NaN);
        all.addAll(AssumptionValidator.violations(bad));
        all.addAll(AssumptionValidator.violations(Assumptions.paperDefaults()
                .with(AssumptionField.BATTERY_COST_PER_WH, 2.0)));
        all.addAll(AssumptionValidator.violations(Assumptions.paperDefaults()
                .with(AssumptionField.CHARGING_COST_IN_OPEX, 1)
                .with(AssumptionField.ARBITRAGE_ON_UNLEASED_ONLY, 0), InvestmentModel.TISES,
                ProfitMechanism.COMPREHENSIVE));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("noSuchKey", 1);
        map.put("spread", null);
        map.put("includeCarbon", 3);
        map.put("ratedPowerMw", true);
        map.put("depreciationMode", "SIDEWAYS");
        all.addAll(catchThrowableOfType(InvalidFinanceInputException.class, () -> Assumptions.fromMap(map))
                .violations());
        // the rules' refusal (leased capacity also doing arbitrage) and a confirmed key that is no assumption
        all.addAll(catchThrowableOfType(InvalidFinanceInputException.class, () -> recommendations.recommend(
                RecommendationRequest.of(Assumptions.paperDefaults().with(AssumptionField.ARBITRAGE_ON_UNLEASED_ONLY,
                        0), null, null))).violations());
        all.addAll(catchThrowableOfType(InvalidFinanceInputException.class, () -> recommendations.recommend(
                RecommendationRequest.paperBaseCase().withConfirmedAssumptions(Set.of("nope")))).violations());

        assertThat(all).extracting(v -> v.text().key()).contains("engine.finance.violation.aboveMax",
                "engine.finance.violation.notWhole", "engine.finance.violation.notPositive",
                "engine.finance.violation.belowMin", "engine.finance.violation.notBoolean",
                "engine.finance.violation.notOption", "engine.finance.violation.notFinite",
                "engine.finance.violation.batteryAboveInvestment", "engine.finance.violation.chargingTwice",
                "engine.finance.violation.leasedPlusArbitrage", "engine.finance.violation.unknownAssumption",
                "engine.finance.violation.null", "engine.finance.violation.expects",
                "engine.recommendation.violation.rule", "engine.recommendation.violation.unknownConfirmed");
        for (Violation v : all) {
            check("violation " + v.field(), v.text(), true);
            assertThat(v.message()).isEqualTo(v.text().english());
        }
        Violation dod = all.stream().filter(v -> v.field().equals("depthOfDischarge")).findFirst().orElseThrow();
        assertThat(dod.message()).isEqualTo("must be at most 1 fraction (got 1.5)");
        assertThat(Texts.render(Locale.SIMPLIFIED_CHINESE, dod.text()))
                .isEqualTo("不能大于 1（单位：比例；输入为 1.5）");
        Violation rule = all.stream().filter(v -> v.text().key().equals("engine.recommendation.violation.rule"))
                .findFirst().orElseThrow();
        assertThat(rule.message()).startsWith("ADV-TISES-001: ");
        assertThat(Texts.render(Locale.SIMPLIFIED_CHINESE, rule.text())).startsWith("ADV-TISES-001：")
                .contains("租赁比例");
    }

    @Test
    void every_assumption_has_a_meaning_unit_and_options_in_both_languages() {
        assertThat(AssumptionField.values()).hasSize(67);
        for (AssumptionField f : AssumptionField.values()) {
            check(f.key() + " description", f.descriptionText(), true);
            assertThat(f.description()).isEqualTo(f.descriptionText().english());
            check(f.key() + " unit", f.unitText(), false);
            for (String o : f.options()) {
                check(f.key() + " option " + o, f.optionText(o), false);
            }
        }
        assertThat(AssumptionField.SPREAD.description()).isEqualTo("Peak-valley (or spot) spread, net of charging cost");
        assertThat(Texts.render(Locale.SIMPLIFIED_CHINESE, AssumptionField.SPREAD.descriptionText()))
                .contains("峰谷");
    }
}
