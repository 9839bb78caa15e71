package com.sesadvisor.assessment;

import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;

/**
 * One row of a recommendation: an investment model under a profit mechanism, named as the indicator matrix and
 * the API name it ({@code CSSES}, or {@code CSSES / TWO_PART_TARIFF} when combinations are ranked).
 */
record Alternative(String name, InvestmentModel model, ProfitMechanism mechanism) {
}
