package org.studykb.rectify;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status of a problem from its links: the confirmed ones, or else the suggestions that score at
 * least {@code suggest} (the best few of each kind). No measure (nor rule, nor confirmed outcome):
 * 未整改. A 回头看 finding that what an earlier outcome declared done was not re-opens the problem (整改中,
 * or 超期). Else the latest outcome decides 已销号 / 已整改; otherwise 整改中, or 超期 when the earliest
 * deadline has passed by {@code today}.
 */
final class DecideStatus {
    static final int EVIDENCE_PER_KIND = 6;

    private final double threshold;

    DecideStatus(double threshold) {
        this.threshold = threshold;
    }

    /**
     * The status the rules give, with what it rests on.
     *
     * @param reopenedBy 回头看未通过: the findings of a 回头看 that what an earlier outcome declared done was not, latest
     *                   first; they re-open the problem. Empty when none
     */
    record Decided(Status status, Optional<Measure> measure, Optional<Deadline> deadline, Optional<Result> result,
                   List<Target> reopenedBy) {
        Decided(Status status, Optional<Measure> measure, Optional<Deadline> deadline, Optional<Result> result) {
            this(status, measure, deadline, result, List.of());
        }
    }

    Decided decide(List<Link> links, Map<String, Target> targets, LocalDate today) {
        List<Target> measures = evidence(links, targets, LinkKind.MEASURE);
        List<Target> rules = evidence(links, targets, LinkKind.RULE);
        List<Target> outcomes = evidence(links, targets, LinkKind.OUTCOME);
        boolean confirmedOutcome = links.stream().anyMatch(l -> l.confirmed() && !l.is(LinkKind.MEASURE));
        Optional<Measure> measure = measures.stream().flatMap(t -> t.measure().stream())
                .max(Comparator.comparingInt(DecideStatus::completeness));
        Optional<Deadline> deadline = measures.stream().flatMap(t -> t.measure().stream()).map(Measure::deadline)
                .filter(d -> d.date().isPresent()).min(Comparator.comparing(d -> d.date().get()));
        if (deadline.isEmpty()) {
            deadline = measures.stream().flatMap(t -> t.measure().stream()).map(Measure::deadline)
                    .filter(d -> d.kind() != Deadline.Kind.NONE).findFirst();
        }
        if (measures.isEmpty() && rules.isEmpty() && !confirmedOutcome) {
            return new Decided(Status.未整改, measure, deadline, Optional.empty());
        }
        List<Target> reopenedBy = reopening(outcomes);
        boolean overdue = deadline.isPresent() && deadline.get().passed(today);
        if (!reopenedBy.isEmpty()) {
            return new Decided(overdue ? Status.超期 : Status.整改中, measure, deadline, Optional.of(Result.未完成),
                    reopenedBy);
        }
        Optional<Result> result = latest(outcomes.stream().flatMap(t -> t.outcome().stream()).toList());
        if (result.isPresent() && result.get() == Result.已销号) {
            return new Decided(Status.已销号, measure, deadline, result);
        }
        if (result.isPresent() && result.get() == Result.已完成) {
            return new Decided(Status.已整改, measure, deadline, result);
        }
        return new Decided(overdue ? Status.超期 : Status.整改中, measure, deadline, result);
    }

    /**
     * 回头看未通过: the findings of a 回头看 (undone outcomes) dated no earlier than the latest outcome that declared
     * the problem done (已完成 or 已销号), latest first; none when nothing declared it done before them.
     */
    static List<Target> reopening(List<Target> outcomes) {
        Optional<LocalDate> done = outcomes.stream().flatMap(t -> t.outcome().stream())
                .filter(o -> !o.undone() && o.result().completes() && o.date().isPresent())
                .map(o -> o.date().get()).max(Comparator.naturalOrder());
        if (done.isEmpty()) {
            return List.of();
        }
        return outcomes.stream()
                .filter(t -> t.outcome().filter(o -> o.undone() && o.date().isPresent()
                        && !o.date().get().isBefore(done.get())).isPresent())
                .sorted(Comparator.comparing((Target t) -> t.date().orElse(LocalDate.MIN)).reversed())
                .toList();
    }

    /**
     * What the latest outcome says; a later 已完成 (a summary) keeps an earlier 已销号 (a check that closed
     * the item), a later 持续推进 or 未完成 does not.
     */
    static Optional<Result> latest(List<Outcome> outcomes) {
        Optional<Result> last = outcomes.stream()
                .max(Comparator.comparing((Outcome o) -> o.date().orElse(LocalDate.MIN))
                        .thenComparing(o -> -o.result().ordinal()))
                .map(Outcome::result);
        if (last.isPresent() && last.get() == Result.已完成
                && outcomes.stream().anyMatch(o -> o.result() == Result.已销号)) {
            return Optional.of(Result.已销号);
        }
        return last;
    }

    /** How much a measure says about who and by when: the one shown in the ledger says most (first wins a tie). */
    private static int completeness(Measure m) {
        return (m.leader().isEmpty() ? 0 : 1) + (m.unit().isEmpty() ? 0 : 1) + (m.deadline().kind() == Deadline.Kind.NONE ? 0 : 1);
    }

    /**
     * Confirmed targets of a kind if there are any; else the best suggestions above the threshold, but for a
     * commitment of a 对照检查材料 (what a person promises is not yet a measure of the plan).
     */
    private List<Target> evidence(List<Link> links, Map<String, Target> targets, LinkKind kind) {
        List<Link> ofKind = links.stream().filter(l -> l.is(kind) && !l.rejected()).toList();
        List<Link> chosen = ofKind.stream().filter(Link::confirmed).toList();
        if (chosen.isEmpty()) {
            chosen = ofKind.stream().filter(l -> l.score() >= threshold).limit(EVIDENCE_PER_KIND).toList();
        }
        boolean confirmed = !chosen.isEmpty() && chosen.get(0).confirmed();
        return chosen.stream().map(l -> targets.get(l.key())).filter(t -> t != null)
                .filter(t -> !t.commitment() || confirmed).toList();
    }
}
