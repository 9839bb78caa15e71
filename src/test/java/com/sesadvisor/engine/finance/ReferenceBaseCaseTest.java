package com.sesadvisor.engine.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reproduces {@code src/test/resources/reference/finance_base_case.json} (output of
 * {@code shared/reference/finance_model.py --json}, an executable reading of Chi et al. 2025 eqs. 2-1..2-23)
 * at 1e-6 relative for every yearly series and metric it contains, for each model. Yearly values in the file
 * are rounded to 0.01 CNY, hence an absolute floor of 0.01 CNY.
 */
class ReferenceBaseCaseTest {

    static final String SOURCE = "finance_base_case.json (finance_model.py --json, Chi et al. 2025)";
    static final double REL = 1e-6;
    static final double E8 = 1e8;

    static JsonNode json() throws Exception {
        try (InputStream in = ReferenceBaseCaseTest.class.getResourceAsStream("/reference/finance_base_case.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static Stream<Arguments> cases() throws Exception {
        JsonNode root = json();
        List<Arguments> out = new ArrayList<>();
        for (InvestmentModel m : InvestmentModel.values()) {
            JsonNode node = root.get(m.name());
            node.fieldNames().forEachRemaining(f -> {
                if (!f.equals("metrics")) {
                    out.add(Arguments.of(SOURCE, m, "yearly " + f, node.get(f)));
                }
            });
            node.get("metrics").fieldNames().forEachRemaining(f ->
                    out.add(Arguments.of(SOURCE, m, f, node.get("metrics").get(f))));
        }
        return out.stream();
    }

    static void close(String what, double expected, double actual, double absFloor) {
        double tol = Math.max(REL * Math.abs(expected), absFloor);
        assertTrue(Math.abs(expected - actual) <= tol,
                () -> what + ": expected " + expected + " got " + actual + " (tol " + tol + ")");
    }

    @ParameterizedTest(name = "[{0}] {1} {2}")
    @MethodSource("cases")
    void reproduces(String source, InvestmentModel model, String key, JsonNode expected) {
        FinanceResult r = FinanceEngine.evaluate(model, ProfitMechanism.COMPREHENSIVE);
        if (key.startsWith("yearly ")) {
            double[] got = r.table().series(key.substring(7));
            assertThat(got).hasSize(expected.size());
            for (int t = 0; t < got.length; t++) {
                close(model + " " + key + "[" + t + "]", expected.get(t).asDouble(), got[t], 0.01);
            }
            return;
        }
        ViewMetrics pre = r.metrics(CashFlowView.PROJECT_PRE_TAX);
        ViewMetrics post = r.metrics(CashFlowView.PROJECT_AFTER_TAX);
        ViewMetrics eq = r.metrics(CashFlowView.EQUITY);
        Function<Payback, Double> yrs = Payback::yearsOrNull;
        Double got = switch (key) {
            case "I_C" -> r.constructionInvestment();
            case "loan" -> r.loan();
            case "equity" -> r.equity();
            case "annuity" -> r.annuity();
            case "FIRR_post" -> post.irr().valueOrNull();
            case "FIRR_pre" -> pre.irr().valueOrNull();
            case "FIRR_equity" -> eq.irr().valueOrNull();
            case "FNPV_post" -> post.npv() / E8;
            case "FNPV_pre" -> pre.npv() / E8;
            case "NPV_equity" -> eq.npv() / E8;
            case "PV_equity_ops" -> eq.pvEquity() / E8;
            case "PB" -> eq.priceToBook();
            case "SPP_post" -> yrs.apply(post.cashFlow().staticPayback());
            case "DPP_post" -> yrs.apply(post.cashFlow().dynamicPayback());
            case "SPP_pre" -> yrs.apply(pre.cashFlow().staticPayback());
            case "DPP_pre" -> yrs.apply(pre.cashFlow().dynamicPayback());
            case "SPP_equity" -> yrs.apply(eq.cashFlow().staticPayback());
            case "DPP_equity" -> yrs.apply(eq.cashFlow().dynamicPayback());
            case "TR_pv" -> post.totalRevenue() / E8;
            case "TC_pv" -> post.totalCost() / E8;
            case "TC_pv_equity" -> eq.totalCost() / E8;
            case "LCOS" -> post.lcos();
            case "LCOS_TCpv_over_PVrated" -> post.costPerKwh();
            default -> throw new AssertionError("metric not mapped: " + key);
        };
        if (expected.isNull()) {
            assertThat(got).as(model + " " + key + " (None in the reference = not reached/defined)").isNull();
        } else {
            assertThat(got).as(model + " " + key).isNotNull();
            close(model + " " + key, expected.asDouble(), got, 0.0);
        }
    }
}
