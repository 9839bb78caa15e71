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
        }
        return all;
    }
}
