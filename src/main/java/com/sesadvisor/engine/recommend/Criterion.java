package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.mcda.InvalidNameException;
import com.sesadvisor.engine.mcda.UnknownDirectionException;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextLists;
import com.sesadvisor.engine.text.Units;

/**
 * One indicator of the decision matrix.
 *
 * @param id        stable identifier, e.g. {@code NPV}
 * @param name      display name, e.g. "Net present value"
 * @param direction BENEFIT (more is better) or COST
 * @param unit      e.g. "100 million ¥", "%", "years"
 * @param source    where the indicator and its direction come from
 */
public record Criterion(String id, String name, Direction direction, String unit, String source) {

    public Criterion {
        if (id == null || id.isBlank()) {
            throw new InvalidNameException("criteria.id", "criterion id must not be blank");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidNameException("criteria.name", "criterion name must not be blank (id " + id + ")");
        }
        if (direction == null) {
            throw new UnknownDirectionException("criteria.direction",
                    "direction of criterion " + id + " is missing; expected BENEFIT or COST");
        }
        unit = unit == null ? "" : unit;
        source = source == null ? "" : source;
    }

    /**
     * The name in the reader's language: a catalogued criterion ({@link CriteriaCatalogue}) reads its name from
     * {@code engine.criterion.<id>}; any other criterion keeps the name it was given.
     */
    public Text label() {
        boolean catalogued = CriteriaCatalogue.ALL.stream().anyMatch(c -> c.id().equals(id) && c.name().equals(name));
        return catalogued ? Text.of(CriterionText.name(id)) : TextLists.verbatim(name);
    }

    /** The unit in the reader's language, or null when the criterion has none. */
    public Text unitText() {
        return Units.of(unit);
    }

    /** The same criterion with another direction (used by the paper-replication view). */
    public Criterion withDirection(Direction d) {
        return new Criterion(id, name, d, unit, source);
    }
}
