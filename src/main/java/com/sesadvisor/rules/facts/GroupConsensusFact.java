package com.sesadvisor.rules.facts;

/**
 * Goepel's consensus S* of a group, for AHP-GRP-002.
 *
 * @param subject   what the group compares
 * @param consensus S* in [0, 1]
 * @param label     the word for S* on the consensus scale
 * @param threshold the workshop's threshold (default 0.75, "moderate")
 */
public record GroupConsensusFact(String subject, double consensus, String label, double threshold) {
}
