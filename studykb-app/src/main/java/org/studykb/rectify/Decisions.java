package org.studykb.rectify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What people decided, as read from the store: confirmed and rejected links, status overrides.
 * Keyed by stable ids, so they apply to the ledger rebuilt from a new index.
 */
record Decisions(List<LinkDecision> links, List<StatusOverride> statuses) {

    static final Decisions NONE = new Decisions(List.of(), List.of());

    /** A person confirmed or rejected that a measure or outcome answers a problem. */
    record LinkDecision(String problemId, String targetKey, String state, String who, Instant at, String reason) {
    }

    /** A leader set the status of a problem, with the reason. */
    record StatusOverride(String problemId, Status status, String who, Instant at, String reason) {
    }

    /** The latest decisions made about any of the cluster's wordings (a problem keeps its decisions if its lead changes). */
    List<LinkDecision> linksOf(Cluster c) {
        return links.stream().filter(d -> c.contains(d.problemId())).toList();
    }

    Optional<StatusOverride> statusOf(Cluster c) {
        return statuses.stream().filter(s -> c.contains(s.problemId())).reduce((a, b) -> b.at().isAfter(a.at()) ? b : a);
    }
}
