package com.sesadvisor.engine.topsis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sesadvisor.engine.recommend.PaperData;
import com.sesadvisor.benchmark.PlainTopsis;
import org.junit.jupiter.api.Test;

/** The benchmark's plain TOPSIS baseline must compute what the engine computes, or the comparison means nothing. */
class PlainTopsisBaselineTest {

    @Test
    void plainBaselineAgreesWithTheEngineOnThePaperMatrix() {
        var directions = PaperData.baseNine().directions();
        double[] w = PaperData.BASE_NINE_SUBJECTIVE;
        double[] engine = Topsis.evaluate(PaperData.BASE_NINE, w, directions).closeness();
        double[] plain = PlainTopsis.closeness(PaperData.BASE_NINE, w, directions);
        for (int i = 0; i < engine.length; i++) {
            assertThat(plain[i]).isCloseTo(engine[i], within(1e-12));
        }
    }
}
