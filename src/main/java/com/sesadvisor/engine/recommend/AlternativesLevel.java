package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.ahp.AhpCalculator;
import com.sesadvisor.engine.ahp.AhpResult;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.mcda.InvalidWeightsException;
import com.sesadvisor.engine.mcda.NonFiniteValueException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * AHP's alternatives level for an indicator the finance model cannot measure: the committee compares CSSES, TISES
 * and DSSES under the indicator (a 3 x 3 pairwise matrix with its own CR), and the priority vector becomes the
 * indicator's column of the decision matrix, as a benefit (the more the committee prefers a model under the
 * indicator, the better). Or the committee rates each model on {@value #RATING_MIN}..{@value #RATING_MAX} with a
 * stated reason, and the ratings are the column.
 */
public final class AlternativesLevel {

    /** The compared alternatives, in matrix order. */
    public static final List<InvestmentModel> MODELS = List.of(InvestmentModel.values());

    /** The rating scale: 1 = very poor ... 9 = excellent (a stated, bounded scale, like Saaty's). */
    public static final double RATING_MIN = 1;
    public static final double RATING_MAX = 9;

    private AlternativesLevel() {
    }

    /** The indicator as a benefit column named after the hierarchy's leaf. */
    public static Criterion criterion(String id, String name, String unit, String source) {
        return new Criterion(id, name, Direction.BENEFIT, unit, source);
    }

    /** Priorities and CR of one 3 x 3 comparison of the models (eigenvector, Saaty's random index). */
    public static AhpResult priorities(PairwiseMatrix comparison) {
        if (comparison.size() != MODELS.size()) {
            throw new InvalidWeightsException("alternatives", "the alternatives level compares exactly "
                    + MODELS.size() + " models (" + MODELS + "), got a " + comparison.size() + " x "
                    + comparison.size() + " matrix");
        }
        return new AhpCalculator().priorities(comparison, PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980);
    }

    /** The column from a priority vector in {@link #MODELS} order (e.g. a group's aggregated priorities). */
    public static SuppliedIndicator fromPriorities(Criterion c, double[] priorities) {
        if (priorities == null || priorities.length != MODELS.size()) {
            throw new InvalidWeightsException("alternatives." + c.id(), "one priority per model is required");
        }
        Map<InvestmentModel, Double> v = new EnumMap<>(InvestmentModel.class);
        for (int i = 0; i < MODELS.size(); i++) {
            v.put(MODELS.get(i), priorities[i]);
        }
        return new SuppliedIndicator(c, IndicatorSource.COMMITTEE_PAIRWISE, v);
    }

    /** The column from ratings on {@value #RATING_MIN}..{@value #RATING_MAX}, one per model. */
    public static SuppliedIndicator fromRatings(Criterion c, Map<InvestmentModel, Double> ratings) {
        for (InvestmentModel m : MODELS) {
            Double r = ratings == null ? null : ratings.get(m);
            if (r == null || !Double.isFinite(r) || r < RATING_MIN || r > RATING_MAX) {
                throw new NonFiniteValueException("ratings." + m.name(), "a rating from " + (int) RATING_MIN
                        + " to " + (int) RATING_MAX + " is required for " + m.name());
            }
        }
        return new SuppliedIndicator(c, IndicatorSource.COMMITTEE_RATING, ratings);
    }
}
