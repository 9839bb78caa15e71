package com.sesadvisor.engine.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the model and of the assumption validation. */
class FinanceEnginePropertiesTest {

    static final Assumptions BASE = Assumptions.paperDefaults();

    @Test
    void npvPositiveExactlyWhenUniqueIrrExceedsDiscountRate() {
        SplittableRandom rnd = new SplittableRandom(7);
        int checked = 0;
        for (int i = 0; i < 400; i++) {
            InvestmentModel m = InvestmentModel.values()[i % 3];
            Assumptions a = BASE.toBuilder().spread(0.3 + rnd.nextDouble() * 0.9)
                    .unitInvestmentPerWh(0.7 + rnd.nextDouble() * 0.8).discountRate(0.02 + rnd.nextDouble() * 0.1)
                    .build();
            FinanceResult r = FinanceEngine.evaluate(m, ProfitMechanism.COMPREHENSIVE, a);
            for (CashFlowView v : CashFlowView.values()) {
                ViewMetrics vm = r.metrics(v);
                if (vm.irr().roots().size() == 1 && Math.abs(vm.irr().valueOrNull() - a.discountRate()) > 1e-9) {
                    assertThat(vm.npv() > 0).as(m + " " + v + " " + a)
                            .isEqualTo(vm.irr().valueOrNull() > a.discountRate());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @ParameterizedTest
    @EnumSource(InvestmentModel.class)
    void revenueIsLinearInTheSpread(InvestmentModel m) {
        double[] r1 = FinanceEngine.evaluate(m, ProfitMechanism.COMPREHENSIVE, BASE.with(AssumptionField.SPREAD, 0.5))
                .table().revenue(RevenueStream.ARBITRAGE);
        double[] r2 = FinanceEngine.evaluate(m, ProfitMechanism.COMPREHENSIVE, BASE.with(AssumptionField.SPREAD, 0.7))
                .table().revenue(RevenueStream.ARBITRAGE);
        double[] r3 = FinanceEngine.evaluate(m, ProfitMechanism.COMPREHENSIVE, BASE.with(AssumptionField.SPREAD, 0.9))
                .table().revenue(RevenueStream.ARBITRAGE);
        for (int t = 1; t < r1.length; t++) {
            assertThat(r3[t] - r2[t]).isCloseTo(r2[t] - r1[t], within(1e-6));
            assertThat(r2[t]).isGreaterThan(0);
        }
        // arbitrage on 324 MWh x 400 cycles (x 0.5 unleased for TISES)
        double share = m == InvestmentModel.TISES ? 0.5 : 1.0;
        assertThat(r2[1]).isCloseTo(324_000 * 400 * 0.7 * share, within(1e-6));
    }

    @ParameterizedTest
    @EnumSource(InvestmentModel.class)
    void irrDecreasesWithUnitInvestment(InvestmentModel m) {
        for (CashFlowView v : CashFlowView.values()) {
            double prev = Double.POSITIVE_INFINITY;
            for (double inv = 0.87; inv <= 1.3701; inv += 0.05) {
                Double irr = FinanceEngine.irr(m, ProfitMechanism.COMPREHENSIVE, v,
                        BASE.with(AssumptionField.UNIT_INVESTMENT_PER_WH, inv)).valueOrNull();
                assertThat(irr).as(m + " " + v + " at " + inv).isNotNull();
                assertThat(irr).as(m + " " + v + " at " + inv).isLessThan(prev);
                prev = irr;
            }
        }
    }

    @Test
    void everyMechanismRunsForEveryModelAndEarnsItsStreams() {
        for (ProfitMechanism p : ProfitMechanism.values()) {
            for (InvestmentModel m : InvestmentModel.values()) {
                FinanceResult r = FinanceEngine.evaluate(m, p);
                assertThat(r.streams()).isEqualTo(p.baseStreams(m));
                for (RevenueStream s : r.streams()) {
                    assertThat(r.table().revenue(s)[1]).as(m + " " + p + " " + s).isGreaterThan(0);
                }
                assertThat(r.rows(CashFlowView.EQUITY)).hasSize(21);
            }
        }
    }

    @Test
    void twoPartTariffPaysCapacityEveryYearComprehensiveOnlyInYearOne() {
        double[] tpt = FinanceEngine.evaluate(InvestmentModel.CSSES, ProfitMechanism.TWO_PART_TARIFF).table()
                .revenue(RevenueStream.CAPACITY);
        double[] comp = FinanceEngine.evaluate(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE).table()
                .revenue(RevenueStream.CAPACITY);
        assertThat(tpt[20]).isEqualTo(75.0 * 100_000);
        assertThat(comp[1]).isEqualTo(75.0 * 100_000);
        assertThat(comp[2]).isZero();
    }

    @Test
    void carbonAndGreenCertificatesAreOptionalStreamsAtThePapersPerCycleValues() {
        Assumptions a = BASE.with(AssumptionField.INCLUDE_CARBON, true)
                .with(AssumptionField.INCLUDE_GREEN_CERTIFICATES, true);
        FinanceResult r = FinanceEngine.evaluate(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE, a);
        assertThat(r.table().revenue(RevenueStream.CARBON)[1]).isCloseTo(18_516.6 * 400, within(1e-3));
        assertThat(r.table().revenue(RevenueStream.GREEN_CERTIFICATE)[1]).isCloseTo(41_666.4 * 400, within(1e-3));
        assertThat(FinanceEngine.evaluate(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE).streams())
                .doesNotContain(RevenueStream.CARBON, RevenueStream.GREEN_CERTIFICATE);
        assertThat(r.metrics(CashFlowView.PROJECT_AFTER_TAX).npv()).isGreaterThan(
                FinanceEngine.evaluate(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE)
                        .metrics(CashFlowView.PROJECT_AFTER_TAX).npv());
    }

    @Test
    void constructionYearShiftsTheInvestmentAndCapitalisesInterest() {
        FinanceResult r = FinanceEngine.evaluate(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE,
                BASE.toBuilder().constructionYears(1).build());
        assertThat(r.table().periods()).isEqualTo(22);
        assertThat(r.interestDuringConstruction()).isCloseTo(313_600_000 * 0.04 * 0.5, within(1e-6));
        assertThat(r.table().series("investment")[1]).isCloseTo(448e6, within(1.0));
        assertThat(r.table().series("cf_project_pre_tax")[0]).isZero();
    }

    @Test
    void replacementsFollowTheBatteryPriceDecline() {
        FinanceResult r = FinanceEngine.evaluate(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE);
        assertThat(r.replacements()).hasSize(1);
        assertThat(r.replacements().get(0).operatingYear()).isEqualTo(10);
        assertThat(r.replacements().get(0).cost()).isCloseTo(0.71 * 400e6 * Math.pow(0.95, 10), within(1e-3));
    }

    @Test
    void describeListsEveryAssumptionWithProvenance() {
        Assumptions a = BASE.with(AssumptionField.SPREAD, 0.8);
        List<AssumptionValue> d = a.describe();
        assertThat(d).hasSize(AssumptionField.values().length);
        assertThat(d).filteredOn(x -> x.key().equals("spread")).first()
                .satisfies(x -> assertThat(x.provenance()).isEqualTo(Provenance.USER));
        assertThat(d).filteredOn(x -> x.key().equals("leasedShare")).first()
                .satisfies(x -> assertThat(x.provenance()).isEqualTo(Provenance.ASSUMPTION));
        assertThat(d).filteredOn(x -> x.key().equals("cyclesPerYear")).first()
                .satisfies(x -> assertThat(x.provenance()).isEqualTo(Provenance.PAPER));
        assertThat(d).extracting(AssumptionValue::key).contains("spread", "unitInvestmentPerWh", "cyclesPerYear",
                "constructionYears", "ratedPowerMw", "ratedEnergyMwh", "leasedShare", "demandChargeBasisShare");
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("ratedPowerMw", BASE.with(AssumptionField.RATED_POWER_MW, -100)),
                Arguments.of("ratedEnergyMwh", BASE.with(AssumptionField.RATED_ENERGY_MWH, 0)),
                Arguments.of("depthOfDischarge", BASE.with(AssumptionField.DEPTH_OF_DISCHARGE, 1.1)),
                Arguments.of("roundTripEfficiency", BASE.with(AssumptionField.ROUND_TRIP_EFFICIENCY, 1.2)),
                Arguments.of("cyclesPerYear", BASE.with(AssumptionField.CYCLES_PER_YEAR, 400.5)),
                Arguments.of("unitInvestmentPerWh", BASE.with(AssumptionField.UNIT_INVESTMENT_PER_WH, -1)),
                Arguments.of("leasedShare", BASE.with(AssumptionField.LEASED_SHARE, 1.2)),
                Arguments.of("leasedShare", BASE.with(AssumptionField.ARBITRAGE_ON_UNLEASED_ONLY, false)),
                Arguments.of("chargingCostInOpex", BASE.with(AssumptionField.CHARGING_COST_IN_OPEX, true)),
                Arguments.of("equityRatio", BASE.with(AssumptionField.EQUITY_RATIO, 1.5)),
                Arguments.of("constructionYears", BASE.with(AssumptionField.CONSTRUCTION_YEARS, 2)),
                Arguments.of("batteryCostPerWh", BASE.with(AssumptionField.BATTERY_COST_PER_WH, 2.0)),
                Arguments.of("spread", BASE.with(AssumptionField.SPREAD, Double.NaN)),
                Arguments.of("depreciationMode", BASE.with(AssumptionField.DEPRECIATION_MODE, 5)),
                Arguments.of("pricesIncludeVat", BASE.with(AssumptionField.PRICES_INCLUDE_VAT, 0.5)));
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("invalid")
    void validationNamesTheField(String field, Assumptions a) {
        assertThatThrownBy(() -> FinanceEngine.evaluate(InvestmentModel.TISES, ProfitMechanism.COMPREHENSIVE, a))
                .isInstanceOfSatisfying(InvalidFinanceInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.violations()).extracting(Violation::field).contains(field);
                });
    }

    @Test
    void chargingCostInOpexIsAllowedWithoutArbitrage() {
        Assumptions a = BASE.with(AssumptionField.CHARGING_COST_IN_OPEX, true);
        FinanceResult r = FinanceEngine.evaluate(InvestmentModel.CSSES, ProfitMechanism.ANCILLARY_SERVICES, a);
        assertThat(r.table().series("charging_cost")[1]).isCloseTo(324_000 * 400 / 0.9 * 0.30, within(1e-6));
    }

    @Test
    void validationReportsAllViolations() {
        Assumptions a = BASE.with(AssumptionField.RATED_POWER_MW, -1).with(AssumptionField.DEPTH_OF_DISCHARGE, 2);
        assertThatThrownBy(() -> AssumptionValidator.validate(a))
                .isInstanceOfSatisfying(InvalidFinanceInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("ratedPowerMw", "depthOfDischarge"));
    }

    @Test
    void allModelsAreValidatedOnceAndInModelOrder() {
        assertThat(FinanceEngine.evaluateAll(ProfitMechanism.COMPREHENSIVE, BASE)).extracting(FinanceResult::model)
                .containsExactly(InvestmentModel.values());
        assertThat(FinanceEngine.evaluateAll(ProfitMechanism.COMPREHENSIVE, BASE).get(1).views())
                .isEqualTo(FinanceEngine.evaluate(InvestmentModel.values()[1], ProfitMechanism.COMPREHENSIVE, BASE)
                        .views());
        Assumptions a = BASE.with(AssumptionField.RATED_POWER_MW, -1).with(AssumptionField.DEPTH_OF_DISCHARGE, 2);
        assertThatThrownBy(() -> FinanceEngine.evaluateAll(ProfitMechanism.COMPREHENSIVE, a))
                .isInstanceOfSatisfying(InvalidFinanceInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("ratedPowerMw", "depthOfDischarge"));
    }

    @Test
    void fromMapTakesApiNamesAndRefusesUnknownOnes() {
        Assumptions a = Assumptions.fromMap(Map.of("spread", 0.8, "cyclesPerYear", 330, "capacityAllYears", true,
                "depreciationMode", "WHOLE"));
        assertThat(a.spread()).isEqualTo(0.8);
        assertThat(a.cyclesPerYear()).isEqualTo(330);
        assertThat(a.flag(AssumptionField.CAPACITY_ALL_YEARS)).isTrue();
        assertThat(a.getInt(AssumptionField.DEPRECIATION_MODE)).isEqualTo(1);
        assertThatThrownBy(() -> Assumptions.fromMap(Map.of("sprad", 0.8)))
                .isInstanceOfSatisfying(InvalidFinanceInputException.class,
                        e -> assertThat(e.field()).isEqualTo("sprad"));
    }

    static Stream<Arguments> pythonRuns() {
        return Stream.of(
                Arguments.of("run(model='CSSES', capacity_all_years=True, construction_years=1, "
                        + "depreciation_mode='whole', cycles_per_year=330)", InvestmentModel.CSSES,
                        ProfitMechanism.COMPREHENSIVE, BASE.toBuilder().set(AssumptionField.CAPACITY_ALL_YEARS, true)
                                .constructionYears(1).set(AssumptionField.DEPRECIATION_MODE, 1).cyclesPerYear(330)
                                .build(), 0.1040657888457645, 0.23529399038719329),
                Arguments.of("run(model='TISES', mechanism='two_part_tariff', prices_include_vat=False, "
                        + "degradation_per_year=0.02, lease_fraction=0.3)", InvestmentModel.TISES,
                        ProfitMechanism.TWO_PART_TARIFF, BASE.toBuilder().set(AssumptionField.PRICES_INCLUDE_VAT, false)
                                .set(AssumptionField.CAPACITY_FADE_PER_YEAR, 0.02).leasedShare(0.3).build(),
                        0.01822663939739059, -0.00656932187892696),
                Arguments.of("run(model='DSSES', include_env_revenue=True, insurance_rate=0.0035, "
                        + "repair_rate=0.0035, loss_carryforward_years=2)", InvestmentModel.DSSES,
                        ProfitMechanism.COMPREHENSIVE, BASE.toBuilder().set(AssumptionField.INCLUDE_CARBON, true)
                                .set(AssumptionField.INCLUDE_GREEN_CERTIFICATES, true)
                                .set(AssumptionField.INSURANCE_RATE, 0.0035).set(AssumptionField.REPAIR_RATE, 0.0035)
                                .set(AssumptionField.LOSS_CARRY_FORWARD_YEARS, 2).build(), 0.25070368366820434, 0.7476266143588065));
    }

    /** Values printed by python3 finance_model.py's run(...) with the switches named in the test name. */
    @ParameterizedTest(name = "finance_model.py {0}")
    @MethodSource("pythonRuns")
    void reproducesTheReferenceWithOtherSwitches(String call, InvestmentModel m, ProfitMechanism p, Assumptions a,
                                                 double firrPost, double firrEquity) {
        FinanceResult r = FinanceEngine.evaluate(m, p, a);
        assertThat(r.metrics(CashFlowView.PROJECT_AFTER_TAX).irr().valueOrNull()).isCloseTo(firrPost,
                within(1e-6 * Math.abs(firrPost)));
        assertThat(r.metrics(CashFlowView.EQUITY).irr().valueOrNull()).isCloseTo(firrEquity,
                within(1e-6 * Math.abs(firrEquity)));
    }
}
