package com.sesadvisor.engine.finance.party;

import com.sesadvisor.engine.finance.IrrResult;
import com.sesadvisor.engine.text.Text;

/**
 * One party's yearly net cash flows (CNY, t = 0 first, signed from the party's side: + received, - paid) with their
 * IRR and NPV at the scenario's discount rate.
 *
 * @param basis the formula the flows come from, for the explanation on screen
 */
public record PartyFlows(Party party, double[] flows, IrrResult irr, double npv, Text basis) {

    public PartyFlows {
        flows = flows.clone();
    }

    @Override
    public double[] flows() {
        return flows.clone();
    }

    /** Sum of the flows without discounting. */
    public double total() {
        double s = 0;
        for (double f : flows) {
            s += f;
        }
        return s;
    }
}
