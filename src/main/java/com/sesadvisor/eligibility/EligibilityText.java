package com.sesadvisor.eligibility;

import com.sesadvisor.engine.text.TextKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiler-checked key families of the {@code eligibility} bundle (decision 0006): a project fact's label and a
 * batch row's status, chosen by a typed method instead of {@code "eligibility." + field} at a call site.
 */
public final class EligibilityText {

    private EligibilityText() {
    }

    /** The label of a project fact (one of {@link ProjectInput#FIELDS}), e.g. "Rated power (MW)". */
    public static TextKey fact(String field) {
        return () -> "eligibility." + field;
    }

    /** A batch row's status ("Eligible"). */
    public static TextKey status(BatchRow.Status s) {
        return () -> "eligibility.status." + s.name();
    }

    /** Every member of every family, for the key test. */
    public static List<TextKey> families() {
        List<TextKey> all = new ArrayList<>();
        ProjectInput.FIELDS.forEach(f -> all.add(fact(f)));
        for (BatchRow.Status s : BatchRow.Status.values()) {
            all.add(status(s));
        }
        return all;
    }
}
