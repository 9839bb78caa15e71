package com.sesadvisor.engine.finance;

import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses assumptions the model cannot use, naming the field. Range checks come from the catalogue
 * ({@link AssumptionField#min()}, {@link AssumptionField#max()}); cross-field checks are below.
 */
public final class AssumptionValidator {

    private AssumptionValidator() {
    }

    /** All violations that do not depend on the model or mechanism (empty when valid). */
    public static List<Violation> violations(Assumptions a) {
        List<Violation> out = new ArrayList<>();
        for (AssumptionField f : AssumptionField.values()) {
            double v = a.get(f);
            String k = f.key();
            if (!Double.isFinite(v)) {
                out.add(new Violation(k, Text.of("engine.finance.violation.notFinite")));
                continue;
            }
            switch (f.kind()) {
                case BOOLEAN -> {
                    if (v != 0.0 && v != 1.0) {
                        out.add(new Violation(k, Text.of("engine.finance.violation.notBoolean")));
                    }
                    continue;
                }
                case CHOICE -> {
                    if (v != Math.rint(v) || v < 0 || v >= f.options().size()) {
                        out.add(new Violation(k, Text.of("engine.finance.violation.notOption", f.options().toString())));
                    }
                    continue;
                }
                case INTEGER -> {
                    if (v != Math.rint(v)) {
                        out.add(new Violation(k, Text.of("engine.finance.violation.notWhole")));
                        continue;
                    }
                }
                default -> { }
            }
            if (f.strictlyPositive() && v <= 0) {
                out.add(new Violation(k, Text.of("engine.finance.violation.notPositive", f.unitText(), v)));
            } else if (v < f.min()) {
                out.add(new Violation(k, Text.of("engine.finance.violation.belowMin", f.min(), f.unitText(), v)));
            } else if (v > f.max()) {
                out.add(new Violation(k, Text.of("engine.finance.violation.aboveMax", f.max(), f.unitText(), v)));
            }
        }
        if (out.isEmpty()) {
            double battery = FinanceEngine.batteryCost(a);
            double ic = FinanceEngine.constructionInvestment(a);
            if (battery > ic) {
                out.add(new Violation(AssumptionField.BATTERY_COST_PER_WH.key(),
                        Text.of("engine.finance.violation.batteryAboveInvestment")));
            }
        }
        return out;
    }

    /** All violations for running {@code model} under {@code mechanism}. */
    public static List<Violation> violations(Assumptions a, InvestmentModel model, ProfitMechanism mechanism) {
        List<Violation> out = violations(a);
        List<RevenueStream> streams = mechanism.streams(model, a);
        boolean arbitrage = streams.contains(RevenueStream.ARBITRAGE);
        if (arbitrage && a.flag(AssumptionField.CHARGING_COST_IN_OPEX)) {
            out.add(new Violation(AssumptionField.CHARGING_COST_IN_OPEX.key(),
                    Text.of("engine.finance.violation.chargingTwice")));
        }
        if (arbitrage && streams.contains(RevenueStream.LEASE) && !a.flag(AssumptionField.ARBITRAGE_ON_UNLEASED_ONLY)
                && a.get(AssumptionField.LEASED_SHARE) > 0) {
            out.add(new Violation(AssumptionField.LEASED_SHARE.key(),
                    Text.of("engine.finance.violation.leasedPlusArbitrage")));
        }
        return out;
    }

    /**
     * All violations for running every investment model under {@code mechanism} (empty when valid), in model
     * order, a field's same complaint listed once: the check behind a three-model analysis.
     */
    public static List<Violation> violations(Assumptions a, ProfitMechanism mechanism) {
        java.util.LinkedHashMap<String, Violation> out = new java.util.LinkedHashMap<>();
        for (InvestmentModel m : InvestmentModel.values()) {
            for (Violation v : violations(a, m, mechanism)) {
                out.putIfAbsent(v.field() + "|" + v.message(), v);
            }
        }
        return List.copyOf(out.values());
    }

    /** Throws {@link InvalidFinanceInputException} with all violations, if any. */
    public static void validate(Assumptions a) {
        List<Violation> v = violations(a);
        if (!v.isEmpty()) {
            throw new InvalidFinanceInputException(v);
        }
    }

    /** Throws {@link InvalidFinanceInputException} with all violations, if any. */
    public static void validate(Assumptions a, InvestmentModel model, ProfitMechanism mechanism) {
        List<Violation> v = violations(a, model, mechanism);
        if (!v.isEmpty()) {
            throw new InvalidFinanceInputException(v);
        }
    }
}
