package com.sesadvisor.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming CSV reader batch jobs use: records, start lines, quotes, CRLF across its 64k buffer, BOM. */
class CsvStreamTest {

    private static List<Csv.Record> read(String text) throws IOException {
        List<Csv.Record> out = new ArrayList<>();
        Csv.read(new StringReader(text), out::add);
        return out;
    }

    @Test
    void records_keep_their_start_line_across_quoted_line_breaks_and_crlf_at_a_buffer_edge() throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFFname,note\r\n");
        sb.append("a,\"two\nlines \"\"quoted\"\"\"\r\n");
        // pad so that a CR falls on the last char of the 65,536-char buffer and its LF on the first of the next
        String pad = "x".repeat(65_536 - sb.length() - 3);
        sb.append(pad).append(",y\r\n");
        sb.append("\r\n"); // blank line: skipped
        sb.append("last,1");
        List<Csv.Record> records = read(sb.toString());
        assertThat(records).hasSize(4);
        assertThat(records.get(0).fields()).containsExactly("name", "note");
        assertThat(records.get(1).fields()).containsExactly("a", "two\nlines \"quoted\"");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).fields()).containsExactly(pad, "y");
        assertThat(records.get(2).line()).isEqualTo(4);
        assertThat(records.get(3).fields()).containsExactly("last", "1");
        assertThat(records.get(3).line()).isEqualTo(6);
        assertThat(read(sb.toString())).isEqualTo(Csv.parse(sb.toString()));
    }

    @Test
    void an_unclosed_quote_ends_the_read_naming_its_line_instead_of_swallowing_the_file() {
        String text = "name\nok\n\"never closed\n" + "y".repeat(Csv.MAX_FIELD_CHARS + 10);
        assertThatThrownBy(() -> read(text)).isInstanceOf(InvalidCsvException.class)
                .satisfies(e -> assertThat(((InvalidCsvException) e).problems().get(0).field()).isEqualTo("line 3"));
    }
}
