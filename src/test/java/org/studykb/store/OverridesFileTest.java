package org.studykb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.index.ManualValues;
import org.studykb.index.Overrides;
import org.studykb.index.OverridesFile;

/** The snapshot of manual values that the index command reads: every character survives, bad lines are named. */
class OverridesFileTest {
    @TempDir
    Path data;

    @Test
    void valuesWithTabsNewlinesAndBackslashesRoundTrip() throws IOException {
        Instant when = Instant.parse("2009-01-15T08:30:00Z");
        var values = new ManualValues(List.of(
                new ManualValues.Manual("type", "整改\t方案\\二", "张\n三", when),
                new ManualValues.Manual("tag", "台账", "李四", when)));
        OverridesFile.write(data, Overrides.of(Map.of("a b/c\\d.txt", values)));
        Overrides read = OverridesFile.read(data);
        assertThat(read.ids()).containsExactly("a b/c\\d.txt");
        assertThat(read.of("a b/c\\d.txt")).isEqualTo(values);
        assertThat(read.of("other")).isEqualTo(ManualValues.NONE);
    }

    @Test
    void noFileMeansNoOverridesAndABadLineIsNamed() throws IOException {
        assertThat(OverridesFile.read(data).ids()).isEmpty();
        Files.writeString(OverridesFile.path(data), "# comment\na.txt\ttype\t甲\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OverridesFile.read(data)).hasMessageContaining("第 2 行");
        Files.writeString(OverridesFile.path(data), "a.txt\tcolour\t红\t张三\t2009-01-15T08:30:00Z\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OverridesFile.read(data)).hasMessageContaining("第 1 行").hasMessageContaining("colour");
    }
}
