package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The shipped weights parse and say where they came from; a bad weights file is refused with its key. */
class RankingWeightsTest {

    @Test
    void shippedWeightsParseAndNameTheirSource() {
        RankingWeights w = RankingWeights.shipped();
        assertThat(w.source()).isNotBlank();
        assertThat(w.title()).isPositive();
        assertThat(w.k1()).isPositive();
        assertThat(w.b()).isBetween(0f, 1f);
    }

    @Test
    void propertiesRoundTrip() throws IOException {
        RankingWeights w = RankingWeights.shipped().with("near", 0.75f).with("slop", 8);
        Properties p = new Properties();
        p.load(new StringReader(w.properties()));
        RankingWeights back = RankingWeights.of(p, "test");
        assertThat(back.near()).isEqualTo(0.75f);
        assertThat(back.slop()).isEqualTo(8);
        assertThat(back.with("near", w.near())).isEqualTo(back);
        assertThat(back.title()).isEqualTo(w.title());
    }

    @Test
    void withChangesOneWeightOnly() {
        RankingWeights w = RankingWeights.shipped();
        RankingWeights changed = w.with("passage", w.passage() + 1);
        assertThat(changed.passage()).isEqualTo(w.passage() + 1);
        for (String name : RankingWeights.FITTED) {
            if (!name.equals("passage")) {
                assertThat(changed.get(name)).as(name).isEqualTo(w.get(name));
            }
        }
    }

    @Test
    void unknownMissingOrNegativeWeightsAreRefusedByName() throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(RankingWeights.shipped().properties()));
        Properties unknown = (Properties) p.clone();
        unknown.setProperty("verbatim", "1");
        assertThatThrownBy(() -> RankingWeights.of(unknown, "ranking.properties"))
                .hasMessageContaining("ranking.properties").hasMessageContaining("verbatim");
        Properties missing = (Properties) p.clone();
        missing.remove("k1");
        assertThatThrownBy(() -> RankingWeights.of(missing, "ranking.properties")).hasMessageContaining("k1");
        Properties negative = (Properties) p.clone();
        negative.setProperty("title", "-1");
        assertThatThrownBy(() -> RankingWeights.of(negative, "ranking.properties")).hasMessageContaining("title");
        assertThatThrownBy(() -> RankingWeights.shipped().with("nosuch", 1)).hasMessageContaining("nosuch");
    }
}
