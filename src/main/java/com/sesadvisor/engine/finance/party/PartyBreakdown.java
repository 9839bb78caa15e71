package com.sesadvisor.engine.finance.party;

import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * The parties of one model run.
 *
 * @param owner           who holds the equity in this model
 * @param project         the project's pre-tax net cash flows the parts split (CashFlowView.PROJECT_PRE_TAX)
 * @param parts           owners, lender, tax authority: their flows sum to {@code project} in every year
 * @param lessees         TISES users' lease payments when the mechanism earns a lease (outside the project: they
 *                        are part of its revenue, so not one of the parts)
 * @param savers          under contract energy management, the users' share of the savings, 1 - savingsShare
 *                        (outside the project, like the lessees)
 * @param notDefined      splits a committee may expect that the model's inputs do not define (never estimated)
 */
public record PartyBreakdown(InvestmentModel model, ProfitMechanism mechanism, Owner owner, double[] project,
                             List<PartyFlows> parts, Optional<PartyFlows> lessees, Optional<PartyFlows> savers,
                             List<Text> notDefined) {

    public PartyBreakdown {
        project = project.clone();
        parts = List.copyOf(parts);
        notDefined = List.copyOf(notDefined);
    }

    @Override
    public double[] project() {
        return project.clone();
    }

    /** The counterparties outside the project whose flows are defined (lessees, savers), in that order. */
    public List<PartyFlows> counterparties() {
        List<PartyFlows> out = new java.util.ArrayList<>();
        lessees.ifPresent(out::add);
        savers.ifPresent(out::add);
        return out;
    }

    public PartyFlows part(Party p) {
        return parts.stream().filter(f -> f.party() == p).findFirst().orElseThrow();
    }

    /** The largest absolute difference, over the years, between the sum of the parts and the project's flows. */
    public double largestGap() {
        double worst = 0;
        List<double[]> flows = parts.stream().map(PartyFlows::flows).toList();
        for (int t = 0; t < project.length; t++) {
            double sum = 0;
            for (double[] f : flows) {
                sum += f[t];
            }
            worst = Math.max(worst, Math.abs(sum - project[t]));
        }
        return worst;
    }
}
