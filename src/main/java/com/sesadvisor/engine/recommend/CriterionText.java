package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.text.TextKey;
import java.util.List;

/** Compiler-checked key family of catalogued criteria's names (decision 0006). */
public final class CriterionText {

    private CriterionText() {
    }

    /** The name of a catalogued criterion (one of {@link CriteriaCatalogue#ALL}) by its id. */
    public static TextKey name(String catalogueId) {
        return () -> "engine.criterion." + catalogueId;
    }

    /** Every member of the family, for the key test. */
    public static List<TextKey> families() {
        return CriteriaCatalogue.ALL.stream().map(c -> name(c.id())).toList();
    }
}
