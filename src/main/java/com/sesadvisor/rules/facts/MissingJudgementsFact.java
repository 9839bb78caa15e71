package com.sesadvisor.rules.facts;

import java.util.List;

/**
 * Judgements that were missing and completed by Harker's method, for AHP-MISS-001.
 *
 * @param subject      what the matrix compares
 * @param missingCount number of missing pairs
 * @param cells        the missing pairs as {@code (row,col)}, 0-based, row < col
 */
public record MissingJudgementsFact(String subject, int missingCount, List<String> cells) {

    public MissingJudgementsFact {
        cells = List.copyOf(cells);
    }
}
