package com.sesadvisor.rules.facts;

/**
 * One expert's own consistency within a group, for AHP-GRP-001.
 *
 * @param subject              what the group compares (e.g. a node id)
 * @param expert               0-based expert index
 * @param consistencyRatio     the expert's CR
 * @param excludeInconsistent  the workshop setting: true = an inconsistent expert is excluded from aggregation,
 *                             false = kept with a warning
 */
public record ExpertConsistencyFact(String subject, int expert, double consistencyRatio,
                                    boolean excludeInconsistent) {
}
