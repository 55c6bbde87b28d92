package org.studykb.index;

import java.util.Map;
import java.util.Set;

/**
 * Where an index run finds the values people set by hand: the store, as {@code serve} and the {@code index}
 * command reach it through the same data-source settings.
 */
public interface Overrides {

    /** The manual values of one document; {@link ManualValues#NONE} when a person set nothing. */
    ManualValues of(String id);

    /** Every document with manual values. */
    Set<String> ids();

    Overrides NONE = of(Map.of());

    static Overrides of(Map<String, ManualValues> byId) {
        Map<String, ManualValues> copy = Map.copyOf(byId);
        return new Overrides() {
            @Override
            public ManualValues of(String id) {
                return copy.getOrDefault(id, ManualValues.NONE);
            }

            @Override
            public Set<String> ids() {
                return copy.keySet();
            }
        };
    }
}
