package com.sesadvisor.analysis;

import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.Finding;
import java.util.List;
import java.util.Objects;

/**
 * A rule finding as the PDF and Excel reports print it: the rule's ID, its severity and its message as typed text. Built here, in the application layer, so that the report writers never see the rule engine's types.
 *
 * @param ruleId   e.g. {@code ADV-CR-001}
 * @param severity {@code INFO}, {@code WARNING} or {@code ERROR}
 * @param message  the rule's message as a key and typed arguments (alternatives by their row name, labelled at
 *                 the edge by {@link RankingOutcome#labelled(Text)})
 */
public record ReportFinding(String ruleId, String severity, Text message) {

    public ReportFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    static List<ReportFinding> of(List<Finding> findings) {
        return findings.stream().map(f -> new ReportFinding(f.ruleId(), f.severity().name(),
                f.message())).toList();
    }
}
