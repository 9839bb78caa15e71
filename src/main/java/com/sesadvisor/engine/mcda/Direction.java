package com.sesadvisor.engine.mcda;

import java.util.Locale;

/** Whether more of a criterion is better ({@link #BENEFIT}) or worse ({@link #COST}). */
public enum Direction {
    BENEFIT,
    COST;

    /**
     * Parses {@code BENEFIT} or {@code COST} (case-insensitive, surrounding blanks ignored).
     *
     * @param value the text, e.g. from a JSON request
     * @param field the request field to name in the error, e.g. {@code directions[2]}
     * @throws UnknownDirectionException when the text is null or anything else
     */
    public static Direction parse(String value, String field) {
        if (value == null) {
            throw new UnknownDirectionException(field, "direction is missing; expected BENEFIT or COST");
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "BENEFIT" -> BENEFIT;
            case "COST" -> COST;
            default -> throw new UnknownDirectionException(field,
                    "unknown direction '" + value + "'; expected BENEFIT or COST");
        };
    }
}
