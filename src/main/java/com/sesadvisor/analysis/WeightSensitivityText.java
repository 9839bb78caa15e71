package com.sesadvisor.analysis;

import com.sesadvisor.engine.text.TextKey;

/**
 * Compiler-checked keys of the touchable weight sensitivity (rank-reversal thresholds) on the analysis screen, in
 * the {@code analysis} bundle; {@code TextKeysTest} checks each in English and Chinese.
 */
public enum WeightSensitivityText implements TextKey {
    /** Section heading. */
    TITLE("analysis.weightSens.title"),
    /** Label of the criterion selector. */
    CRITERION("analysis.weightSens.criterion"),
    /** Slider label: criterion, share. */
    SLIDER("analysis.weightSens.slider"),
    /** Button that puts the slider back on the current weight. */
    RESET("analysis.weightSens.reset"),
    /** Caption of the live ranking: criterion, share. */
    LIVE_CAPTION("analysis.weightSens.liveCaption"),
    /** Column: rank at the current weights. */
    RANK_NOW("analysis.weightSens.rankNow"),
    /** Caption of the thresholds table. */
    TABLE_CAPTION("analysis.weightSens.tableCaption"),
    /** Column: current combined-weight share. */
    CURRENT("analysis.weightSens.current"),
    /** Column: thresholds below / above. */
    REVERSES_AT("analysis.weightSens.reversesAt"),
    /** Column: the pair that swaps at each. */
    PAIR("analysis.weightSens.pair"),
    /** Column: smallest change that swaps a pair. */
    MARGIN("analysis.weightSens.margin"),
    /** "{0} overtakes {1}". */
    OVERTAKES("analysis.weightSens.overtakes"),
    /** Suffix when the swap changes the alternative ranked first. */
    NEW_LEADER("analysis.weightSens.newLeader"),
    /** No swap on that side of the current weight. */
    NONE("analysis.weightSens.none"),
    /** No share in [0, 1] changes the ranking. */
    NO_REVERSAL("analysis.weightSens.noReversal"),
    /** Two alternatives are tied at the current weight. */
    TIED("analysis.weightSens.tied"),
    /** How the thresholds were computed: alpha, combination method, normalisation. */
    METHOD("analysis.weightSens.method"),
    /** Legend of the marks under the slider. */
    MARKS("analysis.weightSens.marks"),
    /** Tooltip of one mark: share, pair text. */
    MARK("analysis.weightSens.mark"),
    /** "vector" (normalisation). */
    NORM_VECTOR("analysis.weightSens.norm.vector"),
    /** "min-max" (normalisation). */
    NORM_MIN_MAX("analysis.weightSens.norm.minMax");

    private final String key;

    WeightSensitivityText(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** The name of a TOPSIS normalisation. */
    public static WeightSensitivityText normalization(com.sesadvisor.engine.topsis.Normalization n) {
        return n == com.sesadvisor.engine.topsis.Normalization.MIN_MAX ? NORM_MIN_MAX : NORM_VECTOR;
    }
}
