package com.sesadvisor.engine.finance.published;

import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * The seed paper's published figures (Chi et al. 2025), carried as data and shown beside our numbers,
 * labelled "published". They are never used to tune the model. Money in 10^8 CNY, IRR as a fraction.
 */
public final class PublishedFigures {

    /** Label for the UI. */
    public static final String LABEL = "published";

    /** Why our numbers differ (spec "The paper's published figures"), in the reader's language. */
    public static final Text NOTE_TEXT = Text.of("engine.published.note");

    /** {@link #NOTE_TEXT} in English (REST API). */
    public static final String NOTE = NOTE_TEXT.english();

    /**
     * One published row. Paybacks are null when the paper prints 0 for "never reached".
     *
     * @param source table in the paper
     */
    public record Row(String source, InvestmentModel model, double spread, double totalCost, double totalRevenue,
                      double irr, double costPerKwh, double npv, Double staticPayback, Double dynamicPayback) {
    }

    /** TOPSIS closeness and rank as published. */
    public record Closeness(String source, InvestmentModel model, double closeness, int rank) {
    }

    /** Published minimum spread (CNY/kWh) for IRR > 6 % at one unit investment (CNY/Wh). */
    public record Threshold(String source, InvestmentModel model, double unitInvestmentPerWh, double minSpread) {
    }

    private static final double BASE_SPREAD = 0.7234;

    private static final List<Row> ROWS = List.of(
            new Row("Table 2-1", InvestmentModel.CSSES, BASE_SPREAD, 14.15, 15.10, 0.115, 0.77, 0.95, 5.76, 7.43),
            new Row("Table 2-1", InvestmentModel.TISES, BASE_SPREAD, 14.145, 14.325, 0.067, 0.77, 0.18, 11.23, 13.43),
            new Row("Table 2-1 (row recovered via Table 3-4)", InvestmentModel.DSSES, BASE_SPREAD, 14.97, 15.68,
                    0.094, 0.81, 0.71, 9.08, 10.55),
            new Row("Table 3-9", InvestmentModel.CSSES, 0.52, 14.15, 10.92, -0.111, 0.77, -3.23, null, null),
            new Row("Table 3-9", InvestmentModel.TISES, 0.52, 14.08, 12.56, -0.032, 0.76, -1.52, null, null),
            new Row("Table 3-9", InvestmentModel.DSSES, 0.52, 14.97, 11.87, -0.087, 0.81, -3.10, null, null),
            new Row("Table 3-10", InvestmentModel.CSSES, 0.92, 14.15, 16.19, 0.184, 0.77, 1.98, 3.12, 4.96),
            new Row("Table 3-10", InvestmentModel.TISES, 0.92, 14.08, 15.77, 0.278, 0.76, 1.69, 2.17, 3.74),
            new Row("Table 3-10", InvestmentModel.DSSES, 0.92, 14.97, 17.08, 0.174, 0.81, 2.11, 4.45, 5.43));

    /** Unit investments of the thresholds in Figs 2-4..2-6 (CNY/Wh). */
    public static final List<Double> THRESHOLD_INVESTMENTS =
            List.of(0.87, 0.92, 0.97, 1.02, 1.07, 1.12, 1.17, 1.22, 1.27, 1.32, 1.37);
    private static final double[] T_CSSES = {0.57, 0.57, 0.62, 0.62, 0.67, 0.67, 0.72, 0.72, 0.77, 0.77, 0.82};
    private static final double[] T_TISES = {0.52, 0.57, 0.62, 0.67, 0.67, 0.72, 0.77, 0.82, 0.82, 0.87, 0.92};
    private static final double[] T_DSSES = {0.57, 0.57, 0.62, 0.62, 0.67, 0.72, 0.72, 0.77, 0.77, 0.82, 0.82};

    private static final List<Closeness> CLOSENESS = List.of(
            new Closeness("Table 3-8 (spread 0.7234)", InvestmentModel.CSSES, 0.86483596, 1),
            new Closeness("Table 3-8 (spread 0.7234)", InvestmentModel.TISES, 0.12909531, 3),
            new Closeness("Table 3-8 (spread 0.7234)", InvestmentModel.DSSES, 0.68588615, 2),
            new Closeness("Table 3-11 (spread 0.52)", InvestmentModel.CSSES, 0.83628425, 2),
            new Closeness("Table 3-11 (spread 0.52)", InvestmentModel.TISES, 0.85795642, 1),
            new Closeness("Table 3-11 (spread 0.52)", InvestmentModel.DSSES, 0.80355953, 3),
            // as printed: DSSES ranked 2 with a lower closeness than CSSES (ranked 3); the text agrees with the ranks
            new Closeness("Table 3-12 (spread 0.92)", InvestmentModel.CSSES, 0.72954325, 3),
            new Closeness("Table 3-12 (spread 0.92)", InvestmentModel.TISES, 0.76569566, 1),
            new Closeness("Table 3-12 (spread 0.92)", InvestmentModel.DSSES, 0.69875662, 2));

    private PublishedFigures() {
    }

    /** Every published cost-benefit row (Tables 2-1, 3-9, 3-10). */
    public static List<Row> rows() {
        return ROWS;
    }

    /** The base-case row of Table 2-1 for a model. */
    public static Row baseCase(InvestmentModel model) {
        return forScenario(model, BASE_SPREAD).orElseThrow();
    }

    /** The published row for a model at a spread (0.7234, 0.52 or 0.92), if any. */
    public static Optional<Row> forScenario(InvestmentModel model, double spread) {
        return ROWS.stream().filter(r -> r.model() == model && Math.abs(r.spread() - spread) < 1e-9).findFirst();
    }

    /** Published TOPSIS closeness (Tables 3-8, 3-11, 3-12). */
    public static List<Closeness> closeness() {
        return CLOSENESS;
    }

    /** Published minimum spreads for IRR > 6 % (Fig. 2-4 CSSES, 2-5 TISES, 2-6 DSSES, text below each). */
    public static List<Threshold> thresholds(InvestmentModel model) {
        double[] t = switch (model) {
            case CSSES -> T_CSSES;
            case TISES -> T_TISES;
            case DSSES -> T_DSSES;
        };
        String src = switch (model) {
            case CSSES -> "Fig. 2-4";
            case TISES -> "Fig. 2-5";
            case DSSES -> "Fig. 2-6";
        };
        java.util.ArrayList<Threshold> out = new java.util.ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            out.add(new Threshold(src, model, THRESHOLD_INVESTMENTS.get(i), t[i]));
        }
        return List.copyOf(out);
    }

    /** Published threshold at one unit investment, if it is one of the eleven levels. */
    public static Optional<Double> threshold(InvestmentModel model, double unitInvestmentPerWh) {
        return thresholds(model).stream().filter(x -> Math.abs(x.unitInvestmentPerWh() - unitInvestmentPerWh) < 1e-9)
                .map(Threshold::minSpread).findFirst();
    }
}
