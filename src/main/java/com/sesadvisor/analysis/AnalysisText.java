package com.sesadvisor.analysis;

import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.Provenance;
import com.sesadvisor.engine.text.TextKey;

/**
 * Compiler-checked keys of the {@code analysis} bundle (first converted families; the rest of the bundle is still
 * addressed by string keys, see decision 0006). A value's name is chosen by a typed method, never by
 * {@code AnalysisText.view(v).key()} at the call site; {@code TextKeysTest} checks every constant and every
 * family member in English and Chinese.
 */
public enum AnalysisText implements TextKey {
    /** "Profit mechanism" (form label). */
    FORM_MECHANISM("analysis.form.mechanism");

    private final String key;

    AnalysisText(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** The name of a cash-flow view, e.g. "Project, after tax". */
    public static TextKey view(CashFlowView v) {
        return () -> "analysis.view." + v.name();
    }

    /** The name of a profit mechanism, e.g. "Two-part tariff". */
    public static TextKey mechanism(ProfitMechanism m) {
        return () -> "analysis.mechanism." + m.name();
    }

    /** Where an assumption's value comes from, e.g. "Paper". */
    public static TextKey provenance(Provenance p) {
        return () -> "analysis.provenance." + p.name();
    }

    /** The short label of a finance assumption, e.g. "Spread". */
    public static TextKey field(com.sesadvisor.engine.finance.AssumptionField f) {
        return () -> "analysis.field." + f.key();
    }

    /** Column keys of the yearly cash-flow table after the revenue streams (screen and workbook, same order). */
    public static final java.util.List<String> YEARLY_COLUMNS = java.util.List.of("revenueTotal", "opex",
            "investment", "equityInjection", "replacement", "recovery", "depreciation", "interest", "principal",
            "vatPayable", "vatRefund", "surcharges", "incomeTax", "netProfit", "inflow", "outflow", "net",
            "cumulative", "discounted", "cumulativeDiscounted");
    /** The three cells of a Monte Carlo range. */
    public static final java.util.List<String> RANGE_PARTS = java.util.List.of("min", "mode", "max");
    /** The heat map's grid resolutions. */
    public static final java.util.List<String> HEAT_RESOLUTIONS = java.util.List.of("paper", "fine");
    /** Finding severities as the reports print them (the names of the rule engine's severities). */
    public static final java.util.List<String> SEVERITIES = java.util.List.of("INFO", "WARNING", "ERROR");

    /**
     * Where an assumption's value comes from as {@link AnalysisInput#sourceOf} gives it: a {@link Provenance} name or
     * {@code RULE_SET} (the eligibility rule set set it).
     */
    public static TextKey source(String source) {
        return () -> "analysis.provenance." + source;
    }

    /** A group of assumptions on the scenario form ("Costs"). */
    public static TextKey group(com.sesadvisor.analysis.AssumptionGroup g) {
        return () -> "analysis.group." + g.name();
    }

    /** A revenue stream's name. */
    public static TextKey stream(com.sesadvisor.engine.finance.RevenueStream s) {
        return () -> "analysis.stream." + s.name();
    }

    /** A weight combination method. */
    public static TextKey rankMethod(com.sesadvisor.engine.weighting.CombinationMethod m) {
        return () -> "analysis.rank.method." + m.name();
    }

    /** The tooltip that explains a provenance badge. */
    public static TextKey provenanceTip(Provenance p) {
        return () -> "analysis.provenance.tip." + p.name();
    }

    /** A column of the yearly table (one of {@link #YEARLY_COLUMNS}, or {@code year}). */
    public static TextKey yearly(String column) {
        return () -> "analysis.yearly." + column;
    }

    /** A Monte Carlo distribution's name. */
    public static TextKey distribution(com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec.Distribution d) {
        return () -> "analysis.mc.dist." + d.name();
    }

    /** A cell of a Monte Carlo range (one of {@link #RANGE_PARTS}). */
    public static TextKey rangePart(String part) {
        return () -> "analysis.mc." + part;
    }

    /** A heat-map resolution (one of {@link #HEAT_RESOLUTIONS}). */
    public static TextKey heatResolution(String resolution) {
        return () -> "analysis.heat.resolution." + resolution;
    }

    /** A finding's severity in the PDF (one of {@link #SEVERITIES}). */
    public static TextKey severity(String severity) {
        return () -> "analysis.pdf.severity." + severity;
    }

    /** A unit in the PDF's assumption table, by the unit string. */
    public static TextKey pdfUnit(String unit) {
        return () -> "analysis.pdf.unit." + unit.replaceAll("[^A-Za-z0-9]+", "_");
    }

    /** Every member of every family, for the key test. */
    public static java.util.List<TextKey> families() {
        java.util.List<TextKey> all = new java.util.ArrayList<>();
        for (CashFlowView v : CashFlowView.values()) {
            all.add(view(v));
        }
        for (ProfitMechanism m : ProfitMechanism.values()) {
            all.add(mechanism(m));
        }
        for (Provenance p : Provenance.values()) {
            all.add(provenance(p));
        }
        for (com.sesadvisor.engine.finance.AssumptionField f : com.sesadvisor.engine.finance.AssumptionField.values()) {
            all.add(field(f));
            if (f.unit() != null && !f.unit().isBlank()
                    && f.kind() != com.sesadvisor.engine.finance.AssumptionField.Kind.BOOLEAN) { // no unit shown
                all.add(pdfUnit(f.unit()));
            }
        }
        for (com.sesadvisor.analysis.AssumptionGroup g : com.sesadvisor.analysis.AssumptionGroup.values()) {
            all.add(group(g));
        }
        for (com.sesadvisor.engine.finance.RevenueStream s : com.sesadvisor.engine.finance.RevenueStream.values()) {
            all.add(stream(s));
        }
        for (var m : com.sesadvisor.engine.weighting.CombinationMethod.values()) {
            all.add(rankMethod(m));
        }
        for (Provenance p : Provenance.values()) {
            all.add(provenanceTip(p));
        }
        for (var d : com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec.Distribution.values()) {
            all.add(distribution(d));
        }
        YEARLY_COLUMNS.forEach(c -> all.add(yearly(c)));
        all.add(yearly("year"));
        RANGE_PARTS.forEach(p -> all.add(rangePart(p)));
        HEAT_RESOLUTIONS.forEach(r -> all.add(heatResolution(r)));
        SEVERITIES.forEach(s -> all.add(severity(s)));
        all.add(source("RULE_SET"));
        return all;
    }
}
