package org.studykb.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A study campaign (学习教育活动) as configured in {@code indexer/campaigns.yml}: its names, the words that
 * point to it, when it ran, and its phases.
 */
record Campaign(String name, List<String> aliases, List<String> keywords, LocalDate from, LocalDate to,
                List<Phase> phases) {

    /**
     * A phase (阶段, 环节) of a campaign: its names, when it ran (optional: some campaigns run their parts at
     * once) and which document types belong to it.
     */
    record Phase(String name, List<String> aliases, Optional<LocalDate> from, Optional<LocalDate> to,
                 Set<String> types) {

        boolean contains(LocalDate date) {
            return from.isPresent() && to.isPresent() && !date.isBefore(from.get()) && !date.isAfter(to.get());
        }

        String range() {
            return from.map(LocalDate::toString).orElse("?") + ".." + to.map(LocalDate::toString).orElse("?");
        }
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    String range() {
        return from + ".." + to;
    }

    List<Phase> phasesOf(String type) {
        return phases.stream().filter(p -> p.types().contains(type)).toList();
    }

    Optional<Phase> phase(String name) {
        return phases.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
