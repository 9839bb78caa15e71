package com.sesadvisor.engine.finance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.sesadvisor.engine.finance.AssumptionField.*;

/**
 * The yearly cash-flow model of the paper's eqs. (2-1)..(2-23), ported from {@code finance_model.py} and
 * following the spec's "Yearly algorithm". Stateless and thread-safe.
 */
public final class FinanceEngine {

    /** The paper's unit investment; the battery cost scales relative to it. */
    static final double REFERENCE_UNIT_INVESTMENT = 1.12;

    private FinanceEngine() {
    }

    /** Validates, runs the model and computes the metrics of all three views. */
    public static FinanceResult evaluate(InvestmentModel model, ProfitMechanism mechanism, Assumptions a) {
        AssumptionValidator.validate(a, model, mechanism);
        return evaluateValid(model, mechanism, a);
    }

    /**
     * Every investment model under one mechanism, in {@link InvestmentModel} order. Validated once for all of them,
     * so a bad input is refused with every violation of every model (not only the first model's).
     *
     * @throws InvalidFinanceInputException naming every bad field
     */
    public static List<FinanceResult> evaluateAll(ProfitMechanism mechanism, Assumptions a) {
        List<Violation> bad = AssumptionValidator.violations(a, mechanism);
        if (!bad.isEmpty()) {
            throw new InvalidFinanceInputException(bad);
        }
        List<FinanceResult> out = new ArrayList<>();
        for (InvestmentModel m : InvestmentModel.values()) {
            out.add(evaluateValid(m, mechanism, a));
        }
        return List.copyOf(out);
    }

    private static FinanceResult evaluateValid(InvestmentModel model, ProfitMechanism mechanism, Assumptions a) {
        Run run = compute(model, mechanism, a);
        YearlyTable tb = run.table;
        int n = tb.periods;
        int c = a.constructionYears();
        double r = a.discountRate();
        double[] df = discountFactors(n, r);
        double pvIn = 0;
        double pvEnergy = 0;
        double pvLcosCost = 0;
        double pvRated = 0;
        double pvEqOps = 0;
        double ratedPerYear = a.get(RATED_ENERGY_MWH) * 1000.0 * a.cyclesPerYear();
        for (int t = 0; t < n; t++) {
            pvIn += tb.cashInflow[t] * df[t];
            pvEnergy += tb.energy[t] * df[t];
            pvLcosCost += (tb.investment[t] + tb.replacement[t] + tb.opex[t] - tb.recovery[t]) * df[t];
            if (t > c) {
                pvRated += ratedPerYear * df[t];
                pvEqOps += tb.cfEquity[t] * df[t];
            }
        }
        double lcos = pvEnergy > 0 ? pvLcosCost / pvEnergy : Double.NaN;
        double pb = run.equity > 0 ? pvEqOps / run.equity : Double.NaN;
        Map<CashFlowView, ViewMetrics> views = new EnumMap<>(CashFlowView.class);
        for (CashFlowView v : CashFlowView.values()) {
            double tc = 0;
            for (int t = 0; t < n; t++) {
                tc += tb.outflow(v, t) * df[t];
            }
            CashFlowMetrics m = CashFlowMetrics.compute(tb.flowsNoCopy(v), r);
            views.put(v, new ViewMetrics(v, m, pvIn, tc, pvRated > 0 ? tc / pvRated : Double.NaN, lcos, pvEqOps, pb));
        }
        return new FinanceResult(model, mechanism, a, run.streams, run.ic, run.cid, run.cw, run.ic + run.cid + run.cw,
                run.loan, run.equity, run.annuity, run.cBat, run.replacements, tb, views);
    }

    /** Evaluate with the paper's defaults. */
    public static FinanceResult evaluate(InvestmentModel model, ProfitMechanism mechanism) {
        return evaluate(model, mechanism, Assumptions.paperDefaults());
    }

    /** Only the IRR of one view (validated; faster than {@link #evaluate} for grids and Monte Carlo). */
    public static IrrResult irr(InvestmentModel model, ProfitMechanism mechanism, CashFlowView view, Assumptions a) {
        AssumptionValidator.validate(a, model, mechanism);
        return IrrSolver.irr(compute(model, mechanism, a).table.flowsNoCopy(view));
    }

    /** Only the NPV of one view at the discount rate (validated). */
    public static double npv(InvestmentModel model, ProfitMechanism mechanism, CashFlowView view, Assumptions a) {
        AssumptionValidator.validate(a, model, mechanism);
        return IrrSolver.npv(compute(model, mechanism, a).table.flowsNoCopy(view), a.discountRate());
    }

    /** Construction investment I_C = unit investment x rated Wh (2-2), CNY. */
    public static double constructionInvestment(Assumptions a) {
        return a.get(UNIT_INVESTMENT_PER_WH) * (a.get(RATED_ENERGY_MWH) * 1000.0) * 1000.0;
    }

    /** Initial battery cost C_bat, scaled with the unit investment when so switched, CNY. */
    public static double batteryCost(Assumptions a) {
        double perWh = a.get(BATTERY_COST_PER_WH);
        if (a.flag(BATTERY_SCALES_WITH_INVESTMENT)) {
            perWh = a.get(BATTERY_COST_PER_WH) * a.get(UNIT_INVESTMENT_PER_WH) / REFERENCE_UNIT_INVESTMENT;
        }
        return perWh * (a.get(RATED_ENERGY_MWH) * 1000.0) * 1000.0;
    }

    /** Delivered energy per cycle in operating year k (kWh), with capacity fade reset at each replacement. */
    static double energyPerCycle(Assumptions a, int opYear) {
        double e = a.get(RATED_ENERGY_MWH) * 1000.0;
        double dod = a.get(DEPTH_OF_DISCHARGE);
        double eff = a.get(ROUND_TRIP_EFFICIENCY);
        double base = switch (a.getInt(ENERGY_PER_CYCLE_RULE)) {
            case 0 -> e * dod * eff;
            case 1 -> e * dod;
            case 2 -> e * dod * eff * eff;
            default -> e;
        };
        double fade = a.get(CAPACITY_FADE_PER_YEAR);
        if (fade == 0) {
            return base;
        }
        return base * Math.pow(1 - fade, (opYear - 1) % a.getInt(BATTERY_LIFE_YEARS));
    }

    /** Annuity A = L i (1+i)^n / ((1+i)^n - 1) (2-16); L / n when i = 0. */
    public static double annuity(double principal, double rate, int years) {
        if (rate == 0) {
            return principal / years;
        }
        double q = Math.pow(1 + rate, years);
        return principal * rate * q / (q - 1);
    }

    static double[] discountFactors(int n, double r) {
        double[] df = new double[n];
        for (int t = 0; t < n; t++) {
            df[t] = 1.0 / Math.pow(1.0 + r, t);
        }
        return df;
    }

    /** Intermediate results of one run. */
    static final class Run {
        YearlyTable table;
        List<RevenueStream> streams;
        double ic;
        double cid;
        double cw;
        double loan;
        double equity;
        double annuity;
        double cBat;
        List<FinanceResult.Replacement> replacements;
    }

    /** The yearly algorithm (spec steps 1-7), without metrics and without validation. */
    static Run compute(InvestmentModel model, ProfitMechanism mechanism, Assumptions a) {
        final int bigN = a.projectLifeYears();
        final int c = a.constructionYears();
        final int last = c + bigN;
        final int periods = last + 1;
        YearlyTable tb = new YearlyTable(periods, a.discountRate());
        Run run = new Run();
        run.table = tb;

        // ---- 1. investment (2-2, 2-10): I_TP = I_C + C_ID + C_W ----
        double ic = constructionInvestment(a);
        double equityRatio = a.get(EQUITY_RATIO);
        double loanRate = a.get(LOAN_RATE);
        double loan0 = (1 - equityRatio) * ic;
        double cid = c > 0 ? loan0 * loanRate * 0.5 * c : 0.0; // loan drawn evenly: half-year interest
        double cw = a.get(WORKING_CAPITAL);
        double equity0 = equityRatio * ic + cw;
        double loan = loan0 + cid; // IDC capitalised into the loan
        double vat = a.get(VAT_RATE);
        boolean capexVat = a.flag(CAPEX_INPUT_VAT_DEDUCTIBLE);
        double inputVatCapex = capexVat ? ic * vat / (1 + vat) : 0.0;
        double fixedAssets = ic - inputVatCapex + cid;
        double cBat0 = batteryCost(a);
        double faBat = fixedAssets * (cBat0 / ic);
        double faRest = fixedAssets - faBat;
        run.ic = ic;
        run.cid = cid;
        run.cw = cw;
        run.loan = loan;
        run.equity = equity0;
        run.cBat = cBat0;

        // ---- 2. loan schedule (2-16), equal payments ----
        int term = a.getInt(LOAN_TERM_YEARS);
        double ann = annuity(loan, loanRate, term);
        run.annuity = ann;
        double bal = loan;
        for (int k = 1; k <= term; k++) {
            int t = c + k;
            if (t > last) {
                break;
            }
            double it = bal * loanRate;
            double pr = ann - it;
            tb.interest[t] = it;
            tb.principal[t] = pr;
            tb.debtService[t] = ann;
            bal -= pr;
        }

        // ---- 3. replacements (2-3), depreciation, recoveries (2-9, 2-17) ----
        int nb = a.getInt(BATTERY_LIFE_YEARS);
        double rr = a.get(RESIDUAL_RATE);
        double alpha = a.get(BATTERY_PRICE_DECLINE);
        int kRepl = Math.max(0, (int) Math.ceil((double) bigN / nb) - 1);
        List<FinanceResult.Replacement> reps = new ArrayList<>(kRepl);
        for (int j = 1; j <= kRepl; j++) {
            reps.add(new FinanceResult.Replacement(j * nb, cBat0 * Math.pow(1 - alpha, j * nb)));
        }
        run.replacements = reps;
        double[] dep = tb.depreciation;
        // vintages: (start period, battery cost)
        List<double[]> vintages = new ArrayList<>(kRepl + 1);
        if (a.getInt(DEPRECIATION_MODE) == 0) {
            addDepreciation(dep, faRest, c, bigN, rr, last);
            addDepreciation(dep, faBat, c, Math.min(nb, bigN), rr, last);
        } else {
            addDepreciation(dep, fixedAssets, c, bigN, rr, last);
        }
        vintages.add(new double[] {c, cBat0});
        for (FinanceResult.Replacement rep : reps) {
            int t = c + rep.operatingYear();
            if (t > last) {
                continue;
            }
            double cost = rep.cost();
            tb.replacement[t] = cost;
            double iv = capexVat ? cost * vat / (1 + vat) : 0.0;
            tb.replacementInputVat[t] = iv;
            int life = Math.min(nb, last - t);
            if (life > 0) {
                addDepreciation(dep, cost - iv, t, life, rr, last);
            }
            vintages.add(new double[] {t, cost});
        }
        if (a.flag(RECOVER_BATTERY_EACH_REPLACEMENT)) {
            for (double[] v : vintages) {
                int tRet = Math.min((int) v[0] + nb, last);
                tb.recovery[tRet] += rr * v[1];
            }
            tb.recovery[last] += rr * (ic - cBat0);
        } else {
            tb.recovery[last] += rr * ic;
        }
        tb.recovery[last] += cw;

        // ---- 4. revenue streams, operating cost (2-4, 2-5, 2-11, 2-12, 2-13, 2-14), energy ----
        double pKw = a.get(RATED_POWER_MW) * 1000.0;
        double eKwh = a.get(RATED_ENERGY_MWH) * 1000.0;
        int staff = a.getInt(model.staffField());
        double staffCost = staff * a.get(SALARY_PER_PERSON) * (1 + a.get(SOCIAL_SECURITY_RATE));
        double material = a.get(MATERIAL_COST_PER_KW) * pKw;
        double other = a.get(OTHER_COST_PER_KW) * pKw;
        double insurance = a.get(INSURANCE_RATE) * ic;
        double repair = a.get(REPAIR_RATE) * ic;
        double fixedOpex = staffCost + material + other + insurance + repair;
        boolean chargingInOpex = a.flag(CHARGING_COST_IN_OPEX);
        int cycles = a.cyclesPerYear();
        List<RevenueStream> streams = mechanism.streams(model, a);
        run.streams = streams;
        boolean hasLease = streams.contains(RevenueStream.LEASE);
        double leased = hasLease ? a.get(LEASED_SHARE) : 0.0;
        double arbShare = a.flag(ARBITRAGE_ON_UNLEASED_ONLY) ? 1 - leased : 1.0;
        double savings = mechanism == ProfitMechanism.CONTRACT_ENERGY_MANAGEMENT ? a.get(SAVINGS_SHARE) : 1.0;
        boolean capacityEveryYear = mechanism.capacityEveryYear(a);
        int ns = streams.size();
        double[][] rev = new double[ns][];
        for (int s = 0; s < ns; s++) {
            rev[s] = new double[periods];
            tb.revenueByStream.put(streams.get(s), rev[s]);
        }
        for (int k = 1; k <= bigN; k++) {
            int t = c + k;
            double eCyc = energyPerCycle(a, k);
            double total = 0;
            for (int s = 0; s < ns; s++) {
                double v = switch (streams.get(s)) {
                    case ARBITRAGE -> eCyc * cycles * a.spread() * arbShare * savings;
                    case DEMAND_CHARGE -> a.get(DEMAND_CHARGE_PER_KW_MONTH) * pKw * a.get(DEMAND_CHARGE_BASIS_SHARE)
                            * a.getInt(DEMAND_MONTHS) * savings;
                    case CAPACITY -> capacityEveryYear || k == 1
                            ? a.get(CAPACITY_PRICE_PER_KW_YEAR) * pKw * a.getInt(CAPACITY_MONTHS) / 12.0 : 0.0;
                    case FREQUENCY_REGULATION -> a.get(FR_PRICE_PER_MW)
                            * (a.get(FR_MILEAGE_MW_PER_MW_DAY) * (pKw / 1000.0) * a.getInt(FR_DAYS_PER_YEAR));
                    case LEASE -> a.get(LEASE_PRICE_PER_KWH_YEAR) * eKwh * a.get(LEASED_SHARE);
                    case PEAK_SHAVING -> a.get(PEAK_SHAVING_PRICE_PER_KWH) * eCyc * cycles;
                    case CARBON -> eCyc * cycles / 1000.0 * arbShare * a.get(CARBON_TONNES_PER_MWH)
                            * a.get(CARBON_PRICE_PER_TONNE);
                    case GREEN_CERTIFICATE -> eCyc * cycles / 1000.0 * arbShare * a.get(GREEN_CERTIFICATES_PER_MWH)
                            * a.get(GREEN_CERTIFICATE_PRICE);
                };
                rev[s][t] = v;
                total += v;
            }
            tb.revenueTotal[t] = total;
            double e = eCyc * cycles;
            tb.energy[t] = e;
            tb.opex[t] = fixedOpex;
            if (chargingInOpex) { // (2-6, 2-7): charging energy / efficiency x valley price
                tb.charging[t] = e / a.get(ROUND_TRIP_EFFICIENCY) * a.get(VALLEY_PRICE_PER_KWH);
                tb.opex[t] += tb.charging[t];
            }
        }

        // ---- 5. VAT ledger and surcharges ----
        boolean inclVat = a.flag(PRICES_INCLUDE_VAT);
        double refundShare = a.get(VAT_REFUND_SHARE);
        double surchargeRate = a.get(CITY_TAX_RATE) + a.get(EDUCATION_SURCHARGE_RATE)
                + a.get(LOCAL_EDUCATION_SURCHARGE_RATE);
        double credit = inputVatCapex;
        for (int t = 0; t < periods; t++) {
            double excl = inclVat ? tb.revenueTotal[t] / (1 + vat) : tb.revenueTotal[t];
            tb.revenueExclVat[t] = excl;
            tb.outputVat[t] = excl * vat;
            credit += tb.replacementInputVat[t];
            double due = tb.outputVat[t];
            double use = Math.min(credit, due);
            credit -= use;
            tb.vatCredit[t] = credit;
            tb.vatPayable[t] = due - use;
            tb.vatRefund[t] = tb.vatPayable[t] * refundShare;
            tb.surcharges[t] = tb.vatPayable[t] * surchargeRate;
        }

        // ---- 6. income tax (2-15) twice, tax holiday and loss carry-forward ----
        incomeTax(a, tb, c, bigN, true, tb.incomeTax);
        incomeTax(a, tb, c, bigN, false, tb.incomeTaxProject);

        // ---- 7. cash flows of the three views ----
        tb.investment[c] += ic + cw;
        tb.equityInjection[c] = equity0;
        for (int t = 0; t < periods; t++) {
            tb.profitTotal[t] = tb.revenueExclVat[t] + tb.vatRefund[t] - tb.opex[t] - tb.surcharges[t]
                    - tb.depreciation[t] - tb.interest[t];
            tb.netProfit[t] = tb.profitTotal[t] - tb.incomeTax[t];
            double grossIn = tb.revenueExclVat[t] + tb.outputVat[t];
            tb.cashInflow[t] = grossIn + tb.vatRefund[t] + tb.recovery[t];
            tb.outflowPreTax[t] = tb.investment[t] + tb.replacement[t] + tb.opex[t] + tb.vatPayable[t]
                    + tb.surcharges[t];
            tb.cfPreTax[t] = tb.cashInflow[t] - tb.outflowPreTax[t];
            tb.cfAfterTax[t] = tb.cfPreTax[t] - tb.incomeTaxProject[t];
            tb.cfEquity[t] = tb.cashInflow[t] - (tb.equityInjection[t] + tb.replacement[t] + tb.opex[t]
                    + tb.vatPayable[t] + tb.surcharges[t] + tb.incomeTax[t] + tb.debtService[t]);
        }
        return run;
    }

    /** Straight line to the residual rate over {@code life} years from {@code start + 1}. */
    private static void addDepreciation(double[] dep, double base, int start, int life, double rr, int last) {
        double per = base * (1 - rr) / life;
        for (int k = 1; k <= life; k++) {
            int t = start + k;
            if (t <= last) {
                dep[t] += per;
            }
        }
    }

    /**
     * Income tax with "3 exempt + 3 half" from operating year 1 and a loss carry-forward (oldest loss first,
     * expiring after the carry-forward period). {@code withInterest}: actual tax (equity view); without:
     * the "adjusted" EBIT-based tax of the project view.
     */
    private static void incomeTax(Assumptions a, YearlyTable tb, int c, int bigN, boolean withInterest,
                                  double[] out) {
        int exempt = a.getInt(TAX_EXEMPT_YEARS);
        int half = a.getInt(TAX_HALF_YEARS);
        double rate = a.get(INCOME_TAX_RATE);
        int carry = a.getInt(LOSS_CARRY_FORWARD_YEARS);
        boolean refundTaxable = a.flag(VAT_REFUND_TAXABLE);
        int[] lossYear = new int[bigN];
        double[] lossAmt = new double[bigN];
        int nLoss = 0;
        for (int k = 1; k <= bigN; k++) {
            int t = c + k;
            double ebt = tb.revenueExclVat[t] + (refundTaxable ? tb.vatRefund[t] : 0.0) - tb.opex[t]
                    - tb.surcharges[t] - tb.depreciation[t] - (withInterest ? tb.interest[t] : 0.0);
            if (ebt < 0) {
                lossYear[nLoss] = k;
                lossAmt[nLoss] = -ebt;
                nLoss++;
                continue;
            }
            double taxable = ebt;
            int m = 0;
            for (int i = 0; i < nLoss; i++) {
                if (k - lossYear[i] > carry) {
                    continue; // expired
                }
                double use = Math.min(lossAmt[i], taxable);
                double left = lossAmt[i] - use;
                taxable -= use;
                if (left > 1e-9) {
                    lossYear[m] = lossYear[i];
                    lossAmt[m] = left;
                    m++;
                }
            }
            nLoss = m;
            double r = k <= exempt ? 0.0 : k <= exempt + half ? rate / 2 : rate;
            out[t] = taxable * r;
        }
    }
}
