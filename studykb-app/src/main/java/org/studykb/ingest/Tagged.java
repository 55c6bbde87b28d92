package org.studykb.ingest;

import java.util.Optional;

/** An inferred value together with its provenance; an absent value has provenance {@code none}. */
public record Tagged<T>(Optional<T> value, Provenance provenance) {

    public static <T> Tagged<T> of(T value, Provenance provenance) {
        return new Tagged<>(Optional.of(value), provenance);
    }

    public static <T> Tagged<T> absent() {
        return new Tagged<>(Optional.empty(), Provenance.none());
    }

    public boolean isPresent() {
        return value.isPresent();
    }
}
