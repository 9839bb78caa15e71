package com.sesadvisor.engine.finance;

import com.sesadvisor.engine.text.TextKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiler-checked key families of the finance engine's texts (decision 0006): an assumption's description, one
 * of its options and the kind of value it expects, chosen by typed methods instead of concatenation at call sites.
 */
public final class FinanceText {

    private FinanceText() {
    }

    /** What the assumption means. */
    public static TextKey description(AssumptionField f) {
        return () -> "engine.field." + f.key() + ".description";
    }

    /** One option of a {@link AssumptionField.Kind#CHOICE} field. */
    public static TextKey option(AssumptionField f, String option) {
        return () -> "engine.field." + f.key() + ".option." + option;
    }

    /** The kind of value a field expects ("a whole number"). */
    public static TextKey kind(AssumptionField.Kind k) {
        return () -> "engine.finance.kind." + k.name();
    }

    /** Every member of every family, for the key test. */
    public static List<TextKey> families() {
        List<TextKey> all = new ArrayList<>();
        for (AssumptionField f : AssumptionField.values()) {
            all.add(description(f));
            f.options().forEach(o -> all.add(option(f, o)));
        }
        for (AssumptionField.Kind k : AssumptionField.Kind.values()) {
            all.add(kind(k));
        }
        return all;
    }
}
