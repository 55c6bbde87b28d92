package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RectifyExpectedTest {
    @TempDir
    Path dir;

    @Test
    void aFallingFigureOrARisingFragmentationFailsAndTheRestPass() {
        Map<String, Double> expected = Map.of("link_recall@3", 0.95, "problems_per_gold", 1.30, "false_open", 3.0);
        assertThat(RectifyExpected.check(expected, Map.of("link_recall@3", 0.9505, "problems_per_gold", 1.20,
                "false_open", 2.0))).isEmpty();
        assertThat(RectifyExpected.check(expected, Map.of("link_recall@3", 0.90, "problems_per_gold", 1.40,
                "false_open", 4.0))).containsExactlyInAnyOrder(
                "link_recall@3: expected at least 0.9500, got 0.9000",
                "problems_per_gold: expected at most 1.3000, got 1.4000",
                "false_open: expected at most 3.0000, got 4.0000");
    }

    @Test
    void aFigureNoLongerMeasuredFails() {
        assertThat(RectifyExpected.check(Map.of("open_recall", 1.0), Map.of())).singleElement().asString()
                .contains("not measured");
    }

    @Test
    void whatIsWrittenReadsBackAndTheCheckedInFileParses() throws IOException {
        Map<String, Double> figures = new java.util.LinkedHashMap<>(Map.of("open_recall", 1.0, "false_open", 3.0));
        Path file = Files.writeString(dir.resolve("e.yaml"), RectifyExpected.render(figures, "abc1234"),
                StandardCharsets.UTF_8);
        assertThat(RectifyExpected.read(file)).isEqualTo(figures);
        assertThat(RectifyExpected.read(Path.of("scripts/eval/rectify-expected.yaml")))
                .containsKeys("extraction_recall", "link_recall@3", "problems_per_gold", "false_open");
    }
}
