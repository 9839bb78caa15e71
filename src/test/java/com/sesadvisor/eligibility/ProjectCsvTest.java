package com.sesadvisor.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectCsvTest {

    private static final List<String> HEBEI = List.of("ratedPowerMw", "ratedEnergyMwh", "annualCycles");

    @Test
    void quoted_fields_bom_crlf_blank_lines_and_column_order_are_handled() {
        String csv = "\uFEFFannualCycles,Name,ratedEnergyMwh,ratedPowerMw\r\n330,\"Hebei \"\"A\"\", phase 1\",400,100\r\n\r\n329,B,400,100\r\n";
        List<ProjectCsv.ParsedRow> rows = ProjectCsv.parse(csv, HEBEI);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).input()).isEqualTo(new ProjectInput("Hebei \"A\", phase 1", 100.0, 400.0, 330.0,
                null, null, null));
        assertThat(rows.get(0).problems()).isEmpty();
        assertThat(rows.get(1).row()).isEqualTo(2);
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void bad_cells_are_named_by_row_and_column_and_do_not_stop_other_rows() {
        String csv = "name,ratedPowerMw,ratedEnergyMwh,annualCycles,legalEntity\nA,NaN,x,330,maybe\nB,1,2,3,yes\n";
        List<ProjectCsv.ParsedRow> rows = ProjectCsv.parse(csv, HEBEI);
        assertThat(rows.get(0).problems()).extracting(FieldProblem::field)
                .containsExactly("ratedPowerMw", "ratedEnergyMwh", "legalEntity");
        assertThat(rows.get(0).problems().get(0).message().english()).isEqualTo("Row 1, column ratedPowerMw: 'NaN' is not a number.");
        assertThat(rows.get(1).problems()).isEmpty();
        assertThat(rows.get(1).input().legalEntity()).isTrue();
    }

    @Test
    void an_empty_file_or_a_missing_column_fails_the_whole_upload() {
        assertThatThrownBy(() -> ProjectCsv.parse("", HEBEI)).isInstanceOf(InvalidCsvException.class);
        assertThatThrownBy(() -> ProjectCsv.parse("name,ratedPowerMw\nA,1\n", HEBEI))
                .isInstanceOf(InvalidCsvException.class)
                .hasMessageContaining("ratedEnergyMwh").hasMessageContaining("annualCycles");
    }

    @Test
    void output_quotes_commas_and_defuses_formulas() {
        assertThat(Csv.line(List.of("a,b", "=SUM(A1)", 3))).isEqualTo("\"a,b\",'=SUM(A1),3\r\n");
    }

    /** Issue 14: a name that a spreadsheet would run as a formula is written as text; numbers stay numbers. */
    @Test
    void csvOutputDefusesFormulasInNames() {
        String line = Csv.line(List.of("=cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "<script>x</script>", -12.5, 400));
        assertThat(line).startsWith("'=cmd|' /C calc'!A0,'-2+3,'@SUM(A1),<script>x</script>,-12.5,400");
    }
}
