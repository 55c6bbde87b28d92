package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecideStatusTest {
    static final DecideStatus DECIDE = new DecideStatus(0.12);
    static final LocalDate END = LocalDate.of(2009, 2, 28);

    private final Map<String, Target> targets = new HashMap<>();
    private final List<Link> links = new ArrayList<>();

    private void measure(String key, Deadline.Kind kind, String deadline, double score, String state) {
        Measure m = new Measure(key, "整改落实/方案.docx", "方案", Docs.C1, Optional.of(LocalDate.of(2009, 1, 5)),
                Optional.of(LocalDate.of(2009, 1, 5)), 1, "问题", "措施" + key, "陈立明", "办公室",
                new Deadline(kind, Optional.ofNullable(deadline).map(LocalDate::parse), ""), "", false);
        Target t = Target.of(m);
        targets.put(key, t);
        links.add(link(t, score, state));
    }

    private void outcome(String key, Result result, String date, double score, String state) {
        outcome(key, result, date, score, state, false);
    }

    /** A 回头看's finding that the item was not really done (未完成, undone). */
    private void finding(String key, String date, double score, String state) {
        outcome(key, Result.未完成, date, score, state, true);
    }

    private void outcome(String key, Result result, String date, double score, String state, boolean undone) {
        Outcome o = new Outcome(key, "整改落实/报告.pdf", "报告", Docs.C1, Optional.of(LocalDate.parse(date)), 1, "成效" + key,
                false, result, "", undone);
        Target t = Target.of(o);
        targets.put(key, t);
        links.add(link(t, score, state));
    }

    private static Link link(Target t, double score, String state) {
        return new Link(t.path(), t.text(), t.kind().word(), score, state, t.passage(), t.key(), t.title(), "", false,
                "", "", "", "", "", "", "");
    }

    private DecideStatus.Decided decide() {
        return DECIDE.decide(links, targets, END);
    }

    @Test
    void noMeasureIsUnansweredAndOpen() {
        DecideStatus.Decided d = decide();
        assertThat(d.status()).isEqualTo(Status.未整改);
        assertThat(d.status().open()).isTrue();
    }

    @Test
    void aSuggestionBelowTheThresholdDoesNotAnswer() {
        measure("m", Deadline.Kind.DATE, "2009-01-31", 0.05, Link.SUGGESTED);
        assertThat(decide().status()).isEqualTo(Status.未整改);
    }

    @Test
    void aRejectedMeasureDoesNotAnswer() {
        measure("m", Deadline.Kind.DATE, "2009-01-31", 0.9, Link.REJECTED);
        assertThat(decide().status()).isEqualTo(Status.未整改);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DATE      | 2009-03-31 | 整改中
            DATE      | 2009-02-28 | 整改中
            DATE      | 2009-01-31 | 超期
            IMMEDIATE | 2009-02-04 | 超期
            LONG_TERM |            | 整改中
            """)
    void aMeasureWithoutOutcomeIsInProgressOrOverdue(Deadline.Kind kind, String deadline, Status status) {
        measure("m", kind, deadline, 0.5, Link.SUGGESTED);
        DecideStatus.Decided d = decide();
        assertThat(d.status()).isEqualTo(status);
        assertThat(d.status().overdue()).isEqualTo(status == Status.超期);
        assertThat(d.status().open()).as("整改中 and 超期 are 未闭环 too").isTrue();
    }

    @ParameterizedTest(name = "{0} 未闭环: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            未整改 | true
            整改中 | true
            超期   | true
            已整改 | false
            已销号 | false
            """)
    void everyProblemNotRectifiedNorClosedIsOpen(Status status, boolean open) {
        assertThat(status.open()).isEqualTo(open);
    }

    @Test
    void theLatestOutcomeDecides() {
        measure("m", Deadline.Kind.DATE, "2009-01-31", 1.0, Link.SUGGESTED);
        outcome("a", Result.已完成, "2009-02-20", 0.5, Link.SUGGESTED);
        assertThat(decide().status()).isEqualTo(Status.已整改);
        outcome("b", Result.持续推进, "2009-02-26", 0.5, Link.SUGGESTED);
        assertThat(decide().status()).isEqualTo(Status.超期);
    }

    @Test
    void aLaterSummarySayingDoneKeepsAnEarlierClosing() {
        measure("m", Deadline.Kind.DATE, "2009-02-28", 1.0, Link.SUGGESTED);
        outcome("check", Result.已销号, "2009-02-26", 0.5, Link.SUGGESTED);
        outcome("summary", Result.已完成, "2009-02-28", 0.5, Link.SUGGESTED);
        assertThat(decide().status()).isEqualTo(Status.已销号);
    }

    @Test
    void confirmedLinksOutweighSuggestions() {
        measure("m", Deadline.Kind.LONG_TERM, null, 1.0, Link.SUGGESTED);
        outcome("suggested", Result.已完成, "2009-02-26", 0.9, Link.SUGGESTED);
        outcome("confirmed", Result.持续推进, "2009-02-20", 0.2, Link.CONFIRMED);
        assertThat(decide().status()).isEqualTo(Status.整改中);
    }

    @Test
    void aConfirmedOutcomeAnswersEvenWithoutAMeasure() {
        outcome("o", Result.已完成, "2009-02-20", 0.05, Link.CONFIRMED);
        assertThat(decide().status()).isEqualTo(Status.已整改);
    }

    @ParameterizedTest(name = "closed {0}, 回头看 {1}, deadline {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            已销号 | 2009-02-26 | 2009-01-31 | 超期
            已完成 | 2009-02-26 | 2009-03-31 | 整改中
            已销号 | 2009-02-20 | 2009-03-31 | 整改中
            """)
    void aReviewFindingReopensAClosedProblem(Result closed, String review, String deadline, Status status) {
        measure("m", Deadline.Kind.DATE, deadline, 1.0, Link.SUGGESTED);
        outcome("closed", closed, "2009-02-20", 0.8, Link.SUGGESTED);
        finding("review", review, 0.4, Link.SUGGESTED);
        DecideStatus.Decided d = decide();
        assertThat(d.status()).isEqualTo(status);
        assertThat(d.status().open()).isTrue();
        assertThat(d.reopenedBy()).extracting(Target::key).containsExactly("review");
        assertThat(d.result()).contains(Result.未完成);
    }

    @Test
    void aClosingAfterTheReviewClosesAgainWithoutTheFlag() {
        measure("m", Deadline.Kind.DATE, "2009-01-31", 1.0, Link.SUGGESTED);
        outcome("closed", Result.已销号, "2009-01-20", 0.8, Link.SUGGESTED);
        finding("review", "2009-02-10", 0.4, Link.SUGGESTED);
        outcome("again", Result.已销号, "2009-02-26", 0.5, Link.SUGGESTED);
        DecideStatus.Decided d = decide();
        assertThat(d.status()).isEqualTo(Status.已销号);
        assertThat(d.reopenedBy()).isEmpty();
    }

    @Test
    void aFindingWithoutAnEarlierClosingIsNotAReopening() {
        measure("m", Deadline.Kind.DATE, "2009-03-31", 1.0, Link.SUGGESTED);
        outcome("ongoing", Result.持续推进, "2009-02-20", 0.8, Link.SUGGESTED);
        finding("review", "2009-02-26", 0.4, Link.SUGGESTED);
        DecideStatus.Decided d = decide();
        assertThat(d.status()).isEqualTo(Status.整改中);
        assertThat(d.reopenedBy()).isEmpty();
    }

    @Test
    void aRejectedFindingDoesNotReopen() {
        measure("m", Deadline.Kind.DATE, "2009-01-31", 1.0, Link.SUGGESTED);
        outcome("closed", Result.已销号, "2009-02-20", 0.8, Link.SUGGESTED);
        finding("review", "2009-02-26", 0.4, Link.REJECTED);
        assertThat(decide().status()).isEqualTo(Status.已销号);
        assertThat(decide().reopenedBy()).isEmpty();
    }

    @Test
    void theEarliestDeadlineCounts() {
        measure("plan", Deadline.Kind.IMMEDIATE, "2009-02-04", 1.0, Link.SUGGESTED);
        measure("ledger", Deadline.Kind.IMMEDIATE, "2009-03-03", 1.0, Link.SUGGESTED);
        DecideStatus.Decided d = decide();
        assertThat(d.status()).isEqualTo(Status.超期);
        assertThat(d.deadline()).map(Deadline::date).contains(Optional.of(LocalDate.of(2009, 2, 4)));
    }
}
