package org.studykb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each metric against a value computed by hand. */
class MetricsTest {
    /** a partly relevant, c highly relevant, d partly relevant (never retrieved), z judged not relevant. */
    static final Map<String, Integer> JUDGED = Map.of("a", 1, "c", 2, "d", 1, "z", 0);
    static final double LOG2_3 = Math.log(3) / Math.log(2);

    @Test
    void ndcgUsesExponentialGainsAndLogDiscount() {
        // DCG = (2^1-1)/log2(2) + 0 + (2^2-1)/log2(4) = 1 + 1.5
        // IDCG over grades 2,1,1 = 3/1 + 1/log2(3) + 1/2
        double expected = 2.5 / (3 + 1 / LOG2_3 + 0.5);
        assertThat(Metrics.ndcg(List.of("a", "b", "c"), JUDGED, 10)).isCloseTo(expected, within(1e-9));
        assertThat(expected).isCloseTo(0.60519, within(1e-5));
    }

    @Test
    void ndcgCountsOnlyTheFirstKOnBothSides() {
        // DCG@2 = 1; IDCG@2 = 3 + 1/log2(3)
        assertThat(Metrics.ndcg(List.of("a", "b", "c"), JUDGED, 2)).isCloseTo(1 / (3 + 1 / LOG2_3), within(1e-9));
    }

    @Test
    void idealRankingScoresOneAndNothingRelevantScoresZero() {
        assertThat(Metrics.ndcg(List.of("c", "a", "d"), JUDGED, 10)).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.ndcg(List.of("c", "d", "a", "x"), JUDGED, 10)).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.ndcg(List.of("x", "z"), JUDGED, 10)).isZero();
        assertThat(Metrics.ndcg(List.of(), JUDGED, 10)).isZero();
        assertThat(Metrics.ndcg(List.of("a"), Map.of(), 10)).isZero();
    }

    @Test
    void reciprocalRankIsOneOverTheFirstRelevantRank() {
        assertThat(Metrics.reciprocalRank(List.of("x", "z", "a", "c"), JUDGED)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Metrics.reciprocalRank(List.of("c"), JUDGED)).isEqualTo(1.0);
        assertThat(Metrics.reciprocalRank(List.of("x", "z"), JUDGED)).isZero();
    }

    @Test
    void recallIsRelevantFoundInTheFirstKOverAllRelevant() {
        assertThat(Metrics.recall(List.of("a", "x", "c"), JUDGED, 2)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Metrics.recall(List.of("a", "x", "c"), JUDGED, 10)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Metrics.recall(List.of("z"), JUDGED, 10)).isZero();
    }

    @Test
    void averagePrecisionCountsUnretrievedRelevantAsZero() {
        // relevant at ranks 1 and 3: (1/1 + 2/3) / 3 relevant
        assertThat(Metrics.averagePrecision(List.of("a", "x", "c"), JUDGED)).isCloseTo((1 + 2.0 / 3) / 3,
                within(1e-12));
        assertThat(Metrics.averagePrecision(List.of("c", "a", "d"), JUDGED)).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.averagePrecision(List.of("x"), JUDGED)).isZero();
    }

    @Test
    void aDocumentListedTwiceCountsOnceAtItsFirstRank() {
        assertThat(Metrics.averagePrecision(List.of("a", "a", "c"), JUDGED)).isCloseTo((1 + 1) / 3.0, within(1e-12));
        assertThat(Metrics.recall(List.of("a", "a"), JUDGED, 10)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Metrics.ndcg(List.of("c", "c", "a", "d"), JUDGED, 10)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void judgedIsTheShareOfTheTopKThatHasAJudgmentWhateverItsGrade() {
        assertThat(Metrics.judged(List.of("a", "x", "z", "y"), JUDGED, 4)).isEqualTo(0.5);
        assertThat(Metrics.judged(List.of("a", "x", "z", "y"), JUDGED, 1)).isEqualTo(1.0);
        assertThat(Metrics.judged(List.of("x", "x", "a"), JUDGED, 10)).isEqualTo(0.5);
        assertThat(Metrics.judged(List.of(), JUDGED, 10)).isEqualTo(1.0);
    }
}
