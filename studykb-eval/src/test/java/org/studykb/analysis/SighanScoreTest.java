package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.studykb.eval.SighanMetrics;
import org.studykb.eval.SighanScore;

/** The SIGHAN scorer (org.studykb.eval) that reports our segmentation figures. */
class SighanScoreTest {
    @Test
    void wordBoundaryScoresCountExactSpans() {
        SighanMetrics m = new SighanMetrics();
        // gold: 共同 创造 美好 的 新 世纪 ; ours: 共同 创造 美好 的 新世纪
        m.add(List.of("共同", "创造", "美好", "的", "新", "世纪"), List.of("共同", "创造", "美好", "的", "新世纪"),
                Set.of("共同", "创造", "美好", "的", "新"));
        assertThat(m.correctWords()).isEqualTo(4);
        assertThat(m.precision()).isCloseTo(4.0 / 5, within(1e-9));
        assertThat(m.recall()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(m.f1()).isCloseTo(2 * 0.8 * (4.0 / 6) / (0.8 + 4.0 / 6), within(1e-9));
        assertThat(m.oovRate()).isCloseTo(1.0 / 6, within(1e-9)); // 世纪 is not in training
        assertThat(m.oovRecall()).isZero();
        assertThat(m.ivRecall()).isCloseTo(4.0 / 5, within(1e-9));
    }

    @Test
    void differentTextIsRejected() {
        assertThatThrownBy(() -> new SighanMetrics().add(List.of("共同"), List.of("共"), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void skippedPunctuationIsScoredAsRunsOfOneCharacter() {
        try (Analyzer a = new StudyAnalyzer(Dictionaries.builtIn(), StudyAnalyzer.Mode.QUERY)) {
            assertThat(SighanScore.segment(a, "共同创造美好的新世纪——二○○一年新年贺词。”"))
                    .containsExactly("共同", "创造", "美好", "的", "新世纪", "——", "二○○一", "年", "新年", "贺词", "。", "”");
            assertThat(SighanScore.segment(a, " 女士们，先生们：")).containsExactly("女士们", "，", "先生", "们", "：");
        }
    }
}
