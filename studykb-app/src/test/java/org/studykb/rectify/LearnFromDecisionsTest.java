package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Decisions teach: what was decided for one problem moves the same target for problems alike, and only those. */
class LearnFromDecisionsTest {
    static final Cluster MEETINGS = cluster("分析检查/汇总.docx", "会议太多，局务会一开就是一上午，文件也多");
    static final Cluster MEETINGS_AGAIN = cluster("分析检查/报告.docx", "会议多、局务会时间长，文件也多");
    static final Cluster CANTEEN = cluster("分析检查/汇总.docx", "机关食堂饭菜品种单一，价格偏高");
    static final List<Cluster> CLUSTERS = List.of(MEETINGS, MEETINGS_AGAIN, CANTEEN);
    static final TermVectors VECTORS = new TermVectors(FixtureCorpus.ANALYZERS.words())
            .fit(CLUSTERS.stream().map(c -> c.lead().text()).toList());
    static final Target PLAN = target("m1", "局务会原则上每周召开一次，一般不超过两小时");
    static final Target OTHER = target("m2", "监理签认后10个工作日内完成拨付");
    static final Map<String, Target> TARGETS = Map.of(PLAN.key(), PLAN, OTHER.key(), OTHER);

    static Cluster cluster(String path, String text) {
        return new Cluster(List.of(new Raised(ClusterProblemsTest.IDS.of(path, text), path, path, "意见建议汇总", Docs.C1,
                Optional.of(LocalDate.of(2008, 11, 30)), 1, "1.", text, "一、意见", true)));
    }

    static Target target(String key, String text) {
        return Target.of(new Measure(key, "整改落实/方案.docx", "方案", Docs.C1, Optional.of(LocalDate.of(2009, 1, 5)),
                Optional.of(LocalDate.of(2009, 1, 5)), 1, "", text, "陈立明", "办公室",
                new Deadline(Deadline.Kind.NONE, Optional.empty(), ""), "", false));
    }

    static Decisions.LinkDecision decision(Cluster c, Target t, String state) {
        return new Decisions.LinkDecision(c.lead().id(), t.key(), state, "李静", Instant.EPOCH, "理由");
    }

    static LearnFromDecisions learn(Decisions.LinkDecision... ds) {
        return new LearnFromDecisions(new Decisions(List.of(ds), List.of()), CLUSTERS, VECTORS, 0.5, 0.40, TARGETS);
    }

    static double scoreOf(List<SuggestLinks.Scored> list, Target t) {
        return list.stream().filter(s -> s.target() == t).mapToDouble(SuggestLinks.Scored::score).findFirst()
                .orElse(-1);
    }

    static final List<SuggestLinks.Scored> SUGGESTED = List.of(new SuggestLinks.Scored(PLAN, 0.30, false),
            new SuggestLinks.Scored(OTHER, 0.25, false));

    @Test
    void theProblemsAreAsAlikeAsTheTestNeeds() {
        assertThat(VECTORS.similarity(MEETINGS.lead().text(), MEETINGS_AGAIN.lead().text())).isGreaterThan(0.40);
        assertThat(VECTORS.similarity(MEETINGS.lead().text(), CANTEEN.lead().text())).isLessThan(0.10);
    }

    @Test
    void aRejectionForAnAlikeProblemLowersTheSameTargetAndReordersTheList() {
        List<SuggestLinks.Scored> taught = learn(decision(MEETINGS, PLAN, Link.REJECTED)).adjust(MEETINGS_AGAIN,
                SUGGESTED);
        assertThat(scoreOf(taught, PLAN)).isLessThan(0.25);
        assertThat(taught.get(0).target()).isSameAs(OTHER);
        assertThat(scoreOf(taught, OTHER)).isEqualTo(0.25);
    }

    @Test
    void aConfirmationForAnAlikeProblemRaisesItAndAddsItWhenSearchMissedIt() {
        LearnFromDecisions l = learn(decision(MEETINGS, PLAN, Link.CONFIRMED));
        assertThat(scoreOf(l.adjust(MEETINGS_AGAIN, SUGGESTED), PLAN)).isGreaterThan(0.30);
        List<SuggestLinks.Scored> missed = l.adjust(MEETINGS_AGAIN, List.of(new SuggestLinks.Scored(OTHER, 0.25, false)));
        assertThat(scoreOf(missed, PLAN)).isPositive();
    }

    @Test
    void anUnlikeProblemIsNotTaught() {
        assertThat(learn(decision(MEETINGS, PLAN, Link.REJECTED), decision(MEETINGS, OTHER, Link.CONFIRMED))
                .adjust(CANTEEN, SUGGESTED)).isEqualTo(SUGGESTED);
    }

    @Test
    void aProblemsOwnDecisionsAndDirectLinksAreLeftAlone() {
        List<SuggestLinks.Scored> direct = List.of(new SuggestLinks.Scored(PLAN, 1.0, true));
        assertThat(learn(decision(MEETINGS, PLAN, Link.REJECTED)).adjust(MEETINGS_AGAIN, direct)).isEqualTo(direct);
        assertThat(learn(decision(MEETINGS, PLAN, Link.REJECTED)).adjust(MEETINGS, SUGGESTED)).isEqualTo(SUGGESTED);
    }
}
