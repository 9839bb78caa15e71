package com.sesadvisor.engine.finance;

import com.sesadvisor.engine.text.Text;
import java.util.List;
import java.util.OptionalDouble;

/** IRR of a cash-flow series: defined (with every root found) or explicitly not defined. Never NaN or 0. */
public sealed interface IrrResult permits IrrResult.Defined, IrrResult.NotDefined {

    /** Sign changes of the (non-negligible) flows; Descartes: an upper bound on the number of roots. */
    int signChanges();

    /** All roots in (-95 %, 1000 %), ascending; empty when not defined. */
    List<Double> roots();

    /** The headline IRR (root closest to zero), or empty. */
    OptionalDouble value();

    /** True when several roots exist: decide on NPV, not on the IRR. */
    default boolean ambiguous() {
        return roots().size() > 1;
    }

    /** The headline IRR or null (for JSON). */
    default Double valueOrNull() {
        return value().isPresent() ? value().getAsDouble() : null;
    }

    /** IRR defined; {@code irr} is the root closest to zero. */
    record Defined(double irr, List<Double> roots, int signChanges) implements IrrResult {
        public Defined {
            roots = List.copyOf(roots);
        }

        @Override
        public OptionalDouble value() {
            return OptionalDouble.of(irr);
        }
    }

    /** No root in the search range (e.g. flows of one sign, or NPV never crosses zero); {@code reason} says which. */
    record NotDefined(Text reason, int signChanges) implements IrrResult {
        @Override
        public List<Double> roots() {
            return List.of();
        }

        @Override
        public OptionalDouble value() {
            return OptionalDouble.empty();
        }
    }
}
