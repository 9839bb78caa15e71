package com.sesadvisor.engine.finance.party;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.FinanceEngine;
import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.IrrResult;
import com.sesadvisor.engine.finance.IrrSolver;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.RevenueStream;
import com.sesadvisor.engine.finance.YearlyTable;
import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a model run's project pre-tax cash flows into the parties its inputs define. With the yearly table's
 * lines (finance_model.py {@code run()}, section "cash flows"):
 * <pre>
 *   project pre-tax  CF_pre(t) = CI(t) - [I(t) + R(t) + C_O(t) + VAT(t) + S(t)]
 *   owners (equity)  CF_eq(t)  = CI(t) - [E(t) + R(t) + C_O(t) + VAT(t) + S(t) + Tax(t) + DS(t)]
 *   lender           CF_L(t)   = -(I(t) - E(t)) + DS(t)       (loan drawn at t = c, annuity DS for the loan term)
 *   tax authority    CF_T(t)   = Tax(t)                         (actual income tax, interest deducted)
 * </pre>
 * so {@code CF_eq + CF_L + CF_T = CF_pre} in every year by construction (I = investment, E = equity injection,
 * R = replacement, C_O = opex, VAT payable, S = surcharges, DS = debt service). Under TISES the users who lease
 * capacity pay {@code lease price x rated kWh x leased share} a year (the LEASE stream, VAT-inclusive, paper eq.
 * 2-14); their gain from the leased kWh has no input, so they get no IRR. Under contract energy management the
 * station earns {@code savingsShare} of the arbitrage and demand-charge savings (spec: "x investor's share of
 * savings"); the users keep the rest, {@code (1 - savingsShare) x} the savings before the share, which is the
 * same run's streams with {@code savingsShare = 1}. Nothing else is split: see
 * {@link PartyBreakdown#notDefined()}.
 */
public final class PartyCashFlows {

    private PartyCashFlows() {
    }

    public static PartyBreakdown of(FinanceResult r) {
        YearlyTable t = r.table();
        double rate = r.assumptions().get(AssumptionField.DISCOUNT_RATE);
        double[] project = t.cashFlows(CashFlowView.PROJECT_PRE_TAX);
        double[] investment = t.series("investment");
        double[] equityIn = t.series("equity_injection");
        double[] debtService = t.series("debt_service");
        double[] lender = new double[project.length];
        for (int y = 0; y < project.length; y++) {
            lender[y] = -(investment[y] - equityIn[y]) + debtService[y];
        }
        List<PartyFlows> parts = List.of(
                flows(Party.OWNERS, t.cashFlows(CashFlowView.EQUITY), rate),
                flows(Party.LENDER, lender, rate),
                flows(Party.TAX_AUTHORITY, t.series("income_tax"), rate));

        Optional<PartyFlows> lessees = Optional.empty();
        if (r.streams().contains(RevenueStream.LEASE)) {
            double[] lease = t.revenue(RevenueStream.LEASE);
            for (int y = 0; y < lease.length; y++) {
                lease[y] = -lease[y];
            }
            lessees = Optional.of(new PartyFlows(Party.LESSEES, lease,
                    new IrrResult.NotDefined(PartyText.IRR_ONLY_PAYMENTS.with(), IrrSolver.signChanges(lease)),
                    IrrSolver.npv(lease, rate), Party.LESSEES.basis().with()));
        }

        Optional<PartyFlows> savers = Optional.empty();
        if (r.mechanism() == ProfitMechanism.CONTRACT_ENERGY_MANAGEMENT) {
            double share = r.assumptions().get(AssumptionField.SAVINGS_SHARE);
            YearlyTable whole = FinanceEngine.evaluate(r.model(), r.mechanism(),
                    r.assumptions().with(AssumptionField.SAVINGS_SHARE, 1.0)).table();
            double[] arbitrage = whole.revenue(RevenueStream.ARBITRAGE);
            double[] demand = whole.revenue(RevenueStream.DEMAND_CHARGE);
            double[] kept = new double[arbitrage.length];
            for (int y = 0; y < kept.length; y++) {
                kept[y] = (1 - share) * (arbitrage[y] + demand[y]);
            }
            savers = Optional.of(new PartyFlows(Party.SAVERS, kept,
                    new IrrResult.NotDefined(PartyText.IRR_ONLY_RECEIPTS.with(), IrrSolver.signChanges(kept)),
                    IrrSolver.npv(kept, rate), Party.SAVERS.basis().with(share)));
        }

        List<Text> notDefined = new ArrayList<>();
        if (r.model() != InvestmentModel.TISES) {
            notDefined.add(PartyText.NOT_DEFINED_USER_SPLIT.with());
        }
        if (lessees.isPresent()) {
            notDefined.add(PartyText.NOT_DEFINED_LESSEE_GAIN.with());
        }
        if (r.model() == InvestmentModel.TISES && r.streams().contains(RevenueStream.DEMAND_CHARGE)
                && savers.isEmpty()) {
            notDefined.add(PartyText.NOT_DEFINED_SAVINGS_SHARE.with());
        }
        notDefined.add(PartyText.NOT_DEFINED_GRID.with());
        return new PartyBreakdown(r.model(), r.mechanism(), Owner.of(r.model()), project, parts, lessees, savers,
                notDefined);
    }

    private static PartyFlows flows(Party p, double[] flows, double rate) {
        return new PartyFlows(p, flows, IrrSolver.irr(flows), IrrSolver.npv(flows, rate), p.basis().with());
    }
}
