package com.sesadvisor.analysis;

import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.sensitivity.TornadoRow;
import java.util.List;

/**
 * One model's IRR tornado: every numeric input moved by {@code swing} (0.1 = ±10 %) one at a time, rows sorted by
 * the IRR swing (largest first, then the undefined, then the invalid ones), with the base IRR the bars start from.
 *
 * @param baseIrr the model's IRR at the scenario itself; null when not defined (then there is no chart)
 */
public record ModelTornado(InvestmentModel model, CashFlowView view, double swing, Double baseIrr,
                           List<TornadoRow> rows) {

    public ModelTornado {
        rows = List.copyOf(rows);
    }
}
