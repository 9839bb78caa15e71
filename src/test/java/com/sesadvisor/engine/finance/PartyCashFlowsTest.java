package com.sesadvisor.engine.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.finance.party.Owner;
import com.sesadvisor.engine.finance.party.Party;
import com.sesadvisor.engine.finance.party.PartyBreakdown;
import com.sesadvisor.engine.finance.party.PartyCashFlows;
import com.sesadvisor.engine.finance.party.PartyText;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Per-party cash flows: the parts (owners, lender, income-tax authority) sum to the project's pre-tax flows, and
 * each part matches the flows finance_model.py prints for the base case ({@code cf_equity}; {@code interest +
 * principal} less the loan; {@code income_tax}).
 */
class PartyCashFlowsTest {

    /** Relative to the largest project flow of the run (~4.5e8 CNY): the parts are an identity, not an estimate. */
    static final double SUM_TOLERANCE = 1e-9;

    static double scale(double[] flows) {
        return Arrays.stream(flows).map(Math::abs).max().orElse(1);
    }

    @ParameterizedTest
    @EnumSource(InvestmentModel.class)
    void parts_sum_to_the_project_flows_under_every_mechanism_and_construction_period(InvestmentModel model) {
        for (ProfitMechanism m : ProfitMechanism.values()) {
            for (int c = 0; c <= 1; c++) {
                FinanceResult r = FinanceEngine.evaluate(model, m,
                        Assumptions.paperDefaults().with(AssumptionField.CONSTRUCTION_YEARS, c));
                PartyBreakdown b = PartyCashFlows.of(r);
                assertThat(b.largestGap()).as(model + " " + m + " c=" + c)
                        .isLessThanOrEqualTo(SUM_TOLERANCE * scale(b.project()));
                assertThat(b.project()).containsExactly(r.table().cashFlows(CashFlowView.PROJECT_PRE_TAX));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(InvestmentModel.class)
    void each_part_matches_the_reference_base_case(InvestmentModel model) throws Exception {
        JsonNode ref = ReferenceBaseCaseTest.json().get(model.name());
        PartyBreakdown b = PartyCashFlows.of(FinanceEngine.evaluate(model, ProfitMechanism.COMPREHENSIVE));
        double loan = ref.get("metrics").get("loan").asDouble();
        double[] owners = b.part(Party.OWNERS).flows();
        double[] lender = b.part(Party.LENDER).flows();
        double[] tax = b.part(Party.TAX_AUTHORITY).flows();
        for (int t = 0; t < owners.length; t++) {
            double refLender = (t == 0 ? -loan : 0) + ref.get("interest").get(t).asDouble()
                    + ref.get("principal").get(t).asDouble();
            ReferenceBaseCaseTest.close(model + " owners[" + t + "]", ref.get("cf_equity").get(t).asDouble(),
                    owners[t], 0.01);
            ReferenceBaseCaseTest.close(model + " lender[" + t + "]", refLender, lender[t], 0.01);
            ReferenceBaseCaseTest.close(model + " tax[" + t + "]", ref.get("income_tax").get(t).asDouble(), tax[t],
                    0.01);
            // the reference's own flows add up the same way (its yearly values are rounded to 0.01 CNY)
            ReferenceBaseCaseTest.close(model + " reference sum[" + t + "]",
                    ref.get("cf_project_pre_tax").get(t).asDouble(),
                    ref.get("cf_equity").get(t).asDouble() + refLender + ref.get("income_tax").get(t).asDouble(), 0.03);
        }
        assertThat(b.owner()).isEqualTo(Owner.of(model));
        // the owners' IRR is the equity view's (reference FIRR_equity)
        assertThat(b.part(Party.OWNERS).irr().value().getAsDouble())
                .isCloseTo(ref.get("metrics").get("FIRR_equity").asDouble(), within(1e-8));
    }

    @Test
    void the_lender_earns_the_loan_rate_and_the_tax_authority_has_no_irr() {
        PartyBreakdown b = PartyCashFlows.of(FinanceEngine.evaluate(InvestmentModel.CSSES,
                ProfitMechanism.COMPREHENSIVE));
        assertThat(b.part(Party.LENDER).irr().value().getAsDouble()).isCloseTo(0.04, within(1e-9));
        assertThat(b.part(Party.TAX_AUTHORITY).irr().value()).isEmpty();
        assertThat(b.lessees()).isEmpty();
        assertThat(b.notDefined()).extracting(t -> t.key())
                .containsExactly(PartyText.NOT_DEFINED_USER_SPLIT.key(), PartyText.NOT_DEFINED_GRID.key());
    }

    @Test
    void tises_users_pay_the_lease_of_eq_2_14_and_their_gain_is_not_defined() {
        PartyBreakdown b = PartyCashFlows.of(FinanceEngine.evaluate(InvestmentModel.TISES,
                ProfitMechanism.COMPREHENSIVE));
        double[] paid = b.lessees().orElseThrow().flows();
        assertThat(paid[0]).isZero();
        // finance_model.py revenue_streams: lease_price x E_kWh x lease_fraction = 109 x 400,000 x 0.5
        for (int t = 1; t <= 20; t++) {
            assertThat(paid[t]).isCloseTo(-109.0 * 400_000 * 0.5, within(1e-6));
        }
        assertThat(b.lessees().get().irr().value()).isEmpty();
        assertThat(b.notDefined()).extracting(t -> t.key()).containsExactly(
                PartyText.NOT_DEFINED_LESSEE_GAIN.key(), PartyText.NOT_DEFINED_SAVINGS_SHARE.key(),
                PartyText.NOT_DEFINED_GRID.key());
        // without a lease stream (spot market) there are no lessees
        assertThat(PartyCashFlows.of(FinanceEngine.evaluate(InvestmentModel.TISES, ProfitMechanism.SPOT_MARKET))
                .lessees()).isEmpty();
    }

    @Test
    void under_contract_energy_management_the_users_keep_the_rest_of_the_savings() {
        FinanceResult r = FinanceEngine.evaluate(InvestmentModel.CSSES, ProfitMechanism.CONTRACT_ENERGY_MANAGEMENT,
                Assumptions.paperDefaults().with(AssumptionField.SAVINGS_SHARE, 0.7));
        PartyBreakdown b = PartyCashFlows.of(r);
        double[] kept = b.savers().orElseThrow().flows();
        // (1 - 0.7) x (324 MWh x 400 cycles x 0.7234 CNY/kWh + 35 CNY/kW-month x 100,000 kW x 12)
        double gross = 324_000.0 * 400 * 0.7234 + 35.0 * 100_000 * 12;
        double[] station = r.table().revenue(RevenueStream.ARBITRAGE);
        double[] demand = r.table().revenue(RevenueStream.DEMAND_CHARGE);
        assertThat(kept[0]).isZero();
        for (int t = 1; t <= 20; t++) {
            assertThat(kept[t]).isCloseTo(0.3 * gross, within(1e-6));
            // the station's part is the other 0.7 of the same savings
            assertThat(station[t] + demand[t]).isCloseTo(0.7 * gross, within(1e-6));
        }
        assertThat(b.savers().get().irr().value()).isEmpty();
        assertThat(b.largestGap()).isLessThanOrEqualTo(SUM_TOLERANCE * scale(b.project()));
        assertThat(b.notDefined()).extracting(t -> t.key())
                .doesNotContain(PartyText.NOT_DEFINED_SAVINGS_SHARE.key());
        assertThat(PartyCashFlows.of(FinanceEngine.evaluate(InvestmentModel.CSSES, ProfitMechanism.SPOT_MARKET))
                .savers()).isEmpty();
    }
}
