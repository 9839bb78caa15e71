package com.sesadvisor.engine.recommend;

import java.util.List;

/**
 * Data of Chi et al. (2025), "Shared energy storage investment models", Global Energy Interconnection 8(4):700-718
 * (seed paper), carried as data so that our rankings can be shown beside the published ones.
 *
 * <p>Notes on the source: Table 2-1's DSSES row is shifted by one cell in the published layout; the values
 * below are recovered from the Table 3-4 shares and agree with the text of section 2.3.3 (total cost ¥1.497 bn,
 * revenue ¥1.568 bn, IRR 9.4 %, NPV ¥71 m). Table 3-4's columns are labelled "operating profit" and "P/B" but hold
 * total revenue and NPV, and its "NPV" column holds cost per kWh. In Tables 3-9 (spread 0.52) the payback
 * periods are printed as 0 where the investment is never recovered.
 */
public final class PaperData {

    public static final String SOURCE = "Chi et al. (2025) Global Energy Interconnection 8(4):700-718";
    public static final List<String> MODELS = List.of("CSSES", "TISES", "DSSES");

    /**
     * Base scenario (Table 2-1, DSSES recovered as noted), columns as {@link CriteriaCatalogue#PAPER_TABLE_3_4}:
     * total cost, total revenue (100 million ¥), IRR (%), cost per kWh (¥/kWh), NPV (100 million ¥), static and
     * dynamic payback (years).
     */
    public static final double[][] BASE = {
        {14.15, 15.10, 11.5, 0.77, 0.95, 5.76, 7.43},
        {14.145, 14.325, 6.7, 0.77, 0.18, 11.23, 13.43},
        {14.97, 15.68, 9.4, 0.81, 0.71, 9.08, 10.55},
    };

    /** Table 3-4 (the base scenario divided by column sums), as printed. */
    public static final double[][] TABLE_3_4 = {
        {0.327054, 0.334774, 0.416667, 0.32766, 0.516304, 0.220944, 0.236549},
        {0.326939, 0.317592, 0.242754, 0.32766, 0.097826, 0.430763, 0.427571},
        {0.346007, 0.347633, 0.34058, 0.344681, 0.38587, 0.348293, 0.33588},
    };

    /** Table 3-5 subjective weights (printed equal to the objective column; they sum to 0.461). */
    public static final double[] TABLE_3_5_SUBJECTIVE = {0.000663, 0.001261, 0.043046, 0.000532, 0.29981, 0.06438,
        0.05145};
    /** Table 3-5 comprehensive weights (= subjective + objective as printed; they sum to 0.922). */
    public static final double[] TABLE_3_5_COMPREHENSIVE = {0.001326, 0.002522, 0.086092, 0.001063, 0.59962,
        0.128761, 0.102899};

    /** Table 3-9, spread 0.52 ¥/kWh; "LCOE" taken as cost per kWh; paybacks printed 0 = never recovered. */
    public static final double[][] SCENARIO_SPREAD_052 = {
        {14.15, 10.92, -11.1, 0.77, -3.23, 0, 0},
        {14.08, 12.56, -3.2, 0.76, -1.52, 0, 0},
        {14.97, 11.87, -8.7, 0.81, -3.10, 0, 0},
    };

    /** Table 3-10, spread 0.92 ¥/kWh. */
    public static final double[][] SCENARIO_SPREAD_092 = {
        {14.15, 16.19, 18.4, 0.77, 1.98, 3.12, 4.96},
        {14.08, 15.77, 27.8, 0.76, 1.69, 2.17, 3.74},
        {14.97, 17.08, 17.4, 0.81, 2.11, 4.45, 5.43},
    };

    public static final PublishedRanking TABLE_3_8 = new PublishedRanking(SOURCE + ", Table 3-8 (base)", MODELS,
            new double[] {0.86483596, 0.12909531, 0.68588615}, new int[] {1, 3, 2});
    public static final PublishedRanking TABLE_3_11 = new PublishedRanking(SOURCE + ", Table 3-11 (spread 0.52)",
            MODELS, new double[] {0.83628425, 0.85795642, 0.80355953}, new int[] {2, 1, 3});
    public static final PublishedRanking TABLE_3_12 = new PublishedRanking(SOURCE + ", Table 3-12 (spread 0.92)",
            MODELS, new double[] {0.72954325, 0.76569566, 0.69875662}, new int[] {3, 1, 2});

    /**
     * Base scenario with nine criteria ({@link CriteriaCatalogue#BASE_NINE}): {@link #BASE} plus carbon and
     * green-certificate revenue over the life (100 million ¥). The last two columns are ILLUSTRATIVE, not
     * published: finance-model.md's 291.6 t CO2 × 63.5 ¥/t and 324 certificates × 128.6 ¥ per cycle, 330 cycles a
     * year, 20 years, with DSSES at 95 % (smaller units cycle less); used by tests and the benchmark.
     */
    public static final double[][] BASE_NINE = {
        {14.15, 15.10, 11.5, 0.77, 0.95, 5.76, 7.43, 1.222, 2.750},
        {14.145, 14.325, 6.7, 0.77, 0.18, 11.23, 13.43, 1.222, 2.750},
        {14.97, 15.68, 9.4, 0.81, 0.71, 9.08, 10.55, 1.161, 2.613},
    };

    /** Subjective weights for {@link #BASE_NINE}: Table 3-5's seven renormalised to 0.9, plus 0.05 and 0.05. */
    public static final double[] BASE_NINE_SUBJECTIVE;

    static {
        double sum = 0;
        for (double w : TABLE_3_5_SUBJECTIVE) {
            sum += w;
        }
        BASE_NINE_SUBJECTIVE = new double[9];
        for (int j = 0; j < 7; j++) {
            BASE_NINE_SUBJECTIVE[j] = 0.9 * TABLE_3_5_SUBJECTIVE[j] / sum;
        }
        BASE_NINE_SUBJECTIVE[7] = 0.05;
        BASE_NINE_SUBJECTIVE[8] = 0.05;
    }

    private PaperData() {
    }

    public static IndicatorMatrix base() {
        return new IndicatorMatrix(MODELS, CriteriaCatalogue.PAPER_TABLE_3_4, BASE);
    }

    public static IndicatorMatrix baseNine() {
        return new IndicatorMatrix(MODELS, CriteriaCatalogue.BASE_NINE, BASE_NINE);
    }

    /** The base (Table 3-8), 0.52 (Table 3-11) and 0.92 (Table 3-12) scenarios with their published rankings. */
    public static List<Scenario> publishedScenarios() {
        return List.of(
                new Scenario("base (spread 0.7234)", base(), TABLE_3_8),
                new Scenario("spread 0.52", new IndicatorMatrix(MODELS, CriteriaCatalogue.PAPER_TABLE_3_4,
                        SCENARIO_SPREAD_052), TABLE_3_11),
                new Scenario("spread 0.92", new IndicatorMatrix(MODELS, CriteriaCatalogue.PAPER_TABLE_3_4,
                        SCENARIO_SPREAD_092), TABLE_3_12));
    }
}
