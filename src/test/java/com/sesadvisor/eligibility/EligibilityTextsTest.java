package com.sesadvisor.eligibility;

import static com.sesadvisor.base.i18n.TextRendering.assertBothLanguages;
import static com.sesadvisor.base.i18n.TextRendering.chinese;
import static com.sesadvisor.base.i18n.TextRendering.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.RuleSetInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every field problem a regulator can meet (the project form, a CSV upload, the audit filters, an unknown rule set)
 * is triggered here and rendered in English (what the REST API returns, unchanged) and in Chinese (no missing key).
 */
class EligibilityTextsTest {

    private static final List<String> HEBEI = List.of("ratedPowerMw", "ratedEnergyMwh", "annualCycles");
    private static final RuleSetInfo EVERYTHING = new RuleSetInfo("CN-TEST", "Test", "Test source",
            LocalDate.of(2024, 1, 1), ProjectInput.FIELDS, "eligibility/CN-TEST.drl", "v1", List.of(), "");

    private final EligibilityEvaluator evaluator = new EligibilityEvaluator(null);

    @Test
    void project_problems_keep_the_api_english_and_name_the_form_label_in_chinese() {
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(evaluator.validate(EVERYTHING, new ProjectInput(null, null, null, null, null, null, null)));
        problems.addAll(evaluator.validate(EVERYTHING, new ProjectInput("n".repeat(201), -5.0, -1.0,
                Double.POSITIVE_INFINITY, true, true, true)));
        problems.addAll(evaluator.validate(new RuleSetInfo("CN-POWER", "T", "S", LocalDate.of(2024, 1, 1),
                List.of(), "eligibility/CN-POWER.drl", "v1", List.of(), ""), new ProjectInput("A", null, null, null,
                null, null, null)));
        problems.forEach(p -> assertBothLanguages(p.message()));
        assertThat(problems).extracting(p -> p.message().key()).contains("eligibility.name.required",
                "eligibility.name.length", "eligibility.problem.needs", "eligibility.problem.needsYesNo",
                "eligibility.problem.powerNeeded", "eligibility.problem.notFinite", "eligibility.problem.notPositive",
                "eligibility.problem.negative");

        FieldProblem energy = problems.stream().filter(p -> p.field().equals("ratedEnergyMwh")).findFirst().get();
        assertThat(english(energy.message())).isEqualTo("Rule set CN-TEST needs ratedEnergyMwh.");
        assertThat(chinese(energy.message())).isEqualTo("规则集 CN-TEST 需要“额定容量（MWh）”。");
        FieldProblem power = problems.stream().filter(p -> p.message().key().equals("eligibility.problem.notPositive"))
                .findFirst().get();
        assertThat(power.message().english()).isEqualTo("ratedPowerMw must be greater than 0, was -5.");
        assertThat(chinese(power.message())).isEqualTo("“额定功率（MW）”必须大于 0，当前为 -5。");
        assertThat(english(problems.get(0).message())).isEqualTo("Give the project a name.");
        assertThat(chinese(problems.get(0).message())).isEqualTo("请填写项目名称。");
    }

    @Test
    void csv_problems_name_row_and_column_in_both_languages() {
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(catchThrowableOfType(() -> ProjectCsv.parse("", HEBEI), InvalidCsvException.class).problems());
        problems.addAll(catchThrowableOfType(() -> ProjectCsv.parse("name,ratedPowerMw\nA,1\n", HEBEI),
                InvalidCsvException.class).problems());
        StringBuilder big = new StringBuilder("name,ratedPowerMw,ratedEnergyMwh,annualCycles\n");
        big.append("A,1,1,1\n".repeat(ProjectCsv.MAX_ROWS + 1));
        problems.addAll(catchThrowableOfType(() -> ProjectCsv.parse(big.toString(), HEBEI), InvalidCsvException.class)
                .problems());
        List<ProjectCsv.ParsedRow> rows = ProjectCsv.parse(
                "name,ratedPowerMw,ratedEnergyMwh,annualCycles,legalEntity\nA,1OO,1,1,maybe\n", HEBEI);
        problems.addAll(rows.get(0).problems());
        problems.forEach(p -> assertBothLanguages(p.message()));
        assertThat(problems).extracting(p -> p.message().key()).contains("eligibility.problem.csvEmpty",
                "eligibility.problem.csvColumn", "eligibility.problem.csvRows", "eligibility.problem.csvNumber",
                "eligibility.problem.csvYesNo");

        Text number = rows.get(0).problems().get(0).message();
        assertThat(number.english()).isEqualTo("Row 1, column ratedPowerMw: '1OO' is not a number.");
        assertThat(chinese(number)).isEqualTo("第 1 行，ratedPowerMw 列：“1OO”不是数字。");
        assertThat(english(problems.get(3).message())).isEqualTo("At most 200,000 rows per upload; this file has 200,001.");

        // a row the rule set refuses: the batch names row and column around the evaluator's reason
        Text row = Text.of("eligibility.problem.row", 1234, "ratedPowerMw",
                Text.of("eligibility.problem.notPositive", "ratedPowerMw", Text.of("eligibility.ratedPowerMw"), 0.0));
        assertBothLanguages(row);
        assertThat(row.english()).isEqualTo("Row 1234, column ratedPowerMw: ratedPowerMw must be greater than 0, was 0.");
        assertThat(chinese(row)).isEqualTo("第 1234 行，ratedPowerMw 列：“额定功率（MW）”必须大于 0，当前为 0。");
    }

    @Test
    void unknown_rule_sets_audit_filters_and_api_refusals_render_in_both_languages() {
        UnknownRuleSetException unknown = new UnknownRuleSetException("CN-XX", List.of("CN-HEBEI-2024", "CN-SD-2024"));
        assertThat(unknown.getMessage())
                .isEqualTo("Unknown rule set 'CN-XX'; loaded rule sets: CN-HEBEI-2024, CN-SD-2024.");
        assertThat(chinese(unknown.text())).isEqualTo("未知的规则集“CN-XX”；已加载的规则集：CN-HEBEI-2024, CN-SD-2024。");
        assertBothLanguages(unknown.text());

        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(catchThrowableOfType(() -> new AuditQuery(null, null, null, null, null, 0),
                InvalidProjectException.class).problems());
        problems.addAll(catchThrowableOfType(() -> new AuditQuery(null, null, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 1, 1), null, 10), InvalidProjectException.class).problems());
        problems.add(new FieldProblem("ruleSet", Text.of("eligibility.problem.ruleSetMissing", "CN-HEBEI-2024")));
        problems.add(new FieldProblem("project", Text.of("eligibility.problem.projectMissing")));
        problems.forEach(p -> assertBothLanguages(p.message()));
        assertThat(problems.get(0).message().english()).isEqualTo("limit must be between 1 and 10000, was 0.");
        assertThat(problems.get(1).message().english()).isEqualTo("to (2025-01-01) is before from (2025-02-01).");

        InvalidProjectException e = new InvalidProjectException(problems.subList(2, 4));
        assertThat(e.getMessage()).isEqualTo("ruleSet: ruleSet is missing; loaded rule sets: CN-HEBEI-2024.; "
                + "project: project is missing.");
    }
}
