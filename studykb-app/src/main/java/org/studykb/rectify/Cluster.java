package org.studykb.rectify;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One problem and every place it was raised, the representative wording first.
 *
 * @param members the places, the representative first, then by date and path
 */
record Cluster(List<Raised> members) {

    Raised lead() {
        return members.get(0);
    }

    String campaign() {
        return lead().campaign();
    }

    /** When the problem was first raised. */
    Optional<LocalDate> firstRaised() {
        return members.stream().map(Raised::date).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    /** The wordings used as search queries: listed items first, then sentences, each once. */
    List<String> wordings(int max) {
        return members.stream().sorted(Comparator.comparing(r -> !r.listed())).map(Raised::text).distinct()
                .limit(max).toList();
    }

    /** The wordings of listed items only, each once: what the problem is, without the sentences that joined it. */
    List<String> listedWordings(int max) {
        return members.stream().filter(Raised::listed).map(Raised::text).distinct().limit(max).toList();
    }

    /** True when the wording is a sentence that joined the problem (not a listed item). */
    boolean isSentence(String wording) {
        return members.stream().noneMatch(r -> r.listed() && r.text().equals(wording));
    }

    boolean contains(String raisedId) {
        return members.stream().anyMatch(r -> r.id().equals(raisedId));
    }
}
