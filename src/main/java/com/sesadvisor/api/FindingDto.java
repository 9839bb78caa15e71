package com.sesadvisor.api;

import com.sesadvisor.rules.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A rule finding as the API shows it, in the caller's language (Accept-Language). */
record FindingDto(String ruleId, String severity, String message, Map<String, Object> evidence) {

    static FindingDto of(Finding f, Locale locale) {
        return new FindingDto(f.ruleId(), f.severity().name(), f.message().in(locale), f.evidence());
    }

    static List<FindingDto> all(List<Finding> findings, Locale locale) {
        return findings.stream().map(f -> of(f, locale)).toList();
    }
}
