package com.sesadvisor.engine.recommend;

/**
 * Where the three investment models' values of one weighted indicator come from. Every leaf of a committee's
 * hierarchy has exactly one source; only {@link #EXCLUDED} keeps an indicator out of the ranking, and only by an
 * explicit, recorded choice (docs/method/ranking.md, "Every weighted indicator counts").
 */
public enum IndicatorSource {
    /** Computed by the finance model for each model (the catalogued indicators, {@link CriteriaCatalogue}). */
    FINANCE,
    /** Read per model from the scenario's assumptions (round-trip efficiency, annual full cycles). */
    SCENARIO,
    /** The priority vector of the committee's pairwise comparison of CSSES, TISES and DSSES under the indicator
     * (AHP's alternatives level, with its own CR). */
    COMMITTEE_PAIRWISE,
    /** A rating per model on a stated scale, with a mandatory reason. */
    COMMITTEE_RATING,
    /** Left out of the ranking by the facilitator, with a reason; the other weights are renormalised and the
     * results say so. */
    EXCLUDED
}
