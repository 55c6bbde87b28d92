package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void aRuleMatchSaysWhichRuleMatchedWhatWhere() {
        Provenance p = Provenance.ruleMatch("对照检查材料", "对照检查", "title");
        assertThat(p.describe()).isEqualTo("rule 对照检查材料 matched 「对照检查」 in title");
        assertThat(p.matchedText()).isEqualTo("对照检查");
        assertThat(p.place()).isEqualTo("title");
        assertThat(p.source()).isEqualTo("rule");
    }

    @Test
    void otherSourcesShowTheirEvidence() {
        assertThat(new Provenance("signature", "", "二〇〇八年十一月十七日").describe())
                .isEqualTo("signature 「二〇〇八年十一月十七日」");
        assertThat(new Provenance("date-range", "深入学习实践科学发展观活动", "2008-11-20 in 2008-09-01..2010-02-28")
                .describe()).isEqualTo("date-range 深入学习实践科学发展观活动 「2008-11-20 in 2008-09-01..2010-02-28」");
        assertThat(Provenance.none().describe()).isEqualTo("none");
        assertThat(new Provenance("metadata", "", "a @title").place()).isEmpty();
    }

    @Test
    void longEvidenceIsShortened() {
        Provenance p = Provenance.ruleMatch("r", "很长".repeat(50), "body");
        assertThat(p.matchedText()).hasSizeLessThanOrEqualTo(60).endsWith("…");
    }
}
