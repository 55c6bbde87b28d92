package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.studykb.index.IndexAnalyzers;

class ClusterProblemsTest {
    static final RectifyRules RULES = Docs.rules();
    static final StableId IDS = StableId.ephemeral();
    static final IndexAnalyzers ANALYZERS = IndexAnalyzers.load(Path.of("indexer"));

    static Raised raised(String path, String text, boolean listed) {
        return new Raised(IDS.of(path, text), path, path, "意见建议汇总", Docs.C1,
                Optional.of(java.time.LocalDate.of(2008, 11, 28)), 0, "", text, "", listed);
    }

    static List<Cluster> cluster(List<Raised> raised) {
        List<String> texts = new ArrayList<>(raised.stream().map(Raised::text).toList());
        texts.addAll(List.of("干部业务培训少，专业人才缺乏", "机关节约意识不强，车辆和水电管理不严", "工程档案管理不规范"));
        TermVectors v = new TermVectors(ANALYZERS.words()).fit(texts);
        return new ClusterProblems(v, RULES.thresholds()).cluster(raised);
    }

    /** Each place a problem of its own, as lexical clustering may leave them. */
    static List<Cluster> alone(Raised... raised) {
        return java.util.Arrays.stream(raised).map(r -> new Cluster(List.of(r))).toList();
    }

    @Test
    void theSameProblemInTwoSourcesIsOneProblemWithTwoSources() {
        List<Cluster> cs = cluster(List.of(
                raised("a.docx", "评标专家名单保密不严，开标前就有人打听到是哪些专家", true),
                raised("b.docx", "评标专家抽取、管理不严，开标前专家名单外泄", true),
                raised("b.docx", "会议太多，局务会、专题会、协调会一个接一个", true)));
        assertThat(cs).hasSize(2);
        assertThat(cs.get(0).members()).extracting(Raised::path).containsExactlyInAnyOrder("a.docx", "b.docx");
    }

    @Test
    void aSentenceJoinsTheProblemItNamesAndOtherwiseIsDropped() {
        List<Cluster> cs = cluster(List.of(
                raised("a.docx", "质量安全监管存在薄弱环节，对在建工地的巡查频次偏低，隐患督促整改不到位", true),
                raised("c.doc", "质量安全巡查频次低", false),
                raised("c.doc", "食堂饭菜不好吃", false)));
        assertThat(cs).singleElement().satisfies(c -> assertThat(c.members()).extracting(Raised::text)
                .containsExactly("质量安全监管存在薄弱环节，对在建工地的巡查频次偏低，隐患督促整改不到位", "质量安全巡查频次低"));
    }

    @Test
    void problemsOfDifferentCampaignsAreNeverMerged() {
        Raised a = raised("a.docx", "会议多、文件多，会议时间长", true);
        Raised b = new Raised("x", "q.docx", "q.docx", "意见建议汇总", "党的群众路线教育实践活动", Optional.empty(), 0, "",
                "会议多、文件多，会议时间长", "", true);
        assertThat(cluster(List.of(a, b))).hasSize(2);
    }

    @Test
    void problemsAnsweredByTheSameMeasureBecomeOne() {
        List<Cluster> cs = cluster(List.of(raised("a.docx", "领导干部下基层调研少", true),
                raised("b.docx", "局领导到工地看一看、讲几句就走", true), raised("c.docx", "农民工工资监督不够", true)));
        TermVectors vectors = new TermVectors(ANALYZERS.words());
        ClusterProblems clustering = new ClusterProblems(vectors, RULES.thresholds());
        MergeByMeasure.Merged merged = new MergeByMeasure(clustering, RULES::distinctItems).merge(cs,
                List.of(Optional.of("联系点"), Optional.of("联系点"), Optional.empty()));
        assertThat(merged.clusters()).hasSize(2);
        assertThat(merged.clusters().get(0).members()).hasSize(2);
        assertThat(merged.answered()).containsExactly(true, false);
    }

    static Raised item(String path, String type, String text) {
        return new Raised(IDS.of(path, text), path, path, type, Docs.C1,
                Optional.of(java.time.LocalDate.of(2008, 11, 28)), 0, "", text, "", true);
    }

    @Test
    void twoItemsOfOneSelfExaminationStayTwoProblemsWhenOneMeasureAnswersBoth() {
        Raised meetings = item("check.docx", "对照检查材料", "会议多、文件多，以会议落实会议");
        Raised inspections = item("check.docx", "对照检查材料", "检查考核过多过滥，基层迎检负担重");
        Raised askedMeetings = item("opinions.docx", "意见建议汇总", "会议太多，一个月要到局里开五六次会");
        Raised askedInspections = item("opinions.docx", "意见建议汇总", "检查考核名目繁多，迎检材料多");
        List<Cluster> cs = alone(askedMeetings, askedInspections, meetings, inspections);
        TermVectors vectors = new TermVectors(ANALYZERS.words()).fit(cs.stream().map(c -> c.lead().text()).toList());
        ClusterProblems clustering = new ClusterProblems(vectors, RULES.thresholds());
        Optional<String> slim = Optional.of("精简会议和检查");
        MergeByMeasure.Merged merged = new MergeByMeasure(clustering, RULES::distinctItems)
                .merge(cs, List.of(slim, slim, slim, slim));
        assertThat(merged.clusters()).hasSize(2);
        assertThat(merged.answered()).containsExactly(true, true);
        assertThat(merged.clusters()).anySatisfy(c -> assertThat(c.members())
                .containsExactlyInAnyOrder(meetings, askedMeetings));
        assertThat(merged.clusters()).anySatisfy(c -> assertThat(c.members())
                .containsExactlyInAnyOrder(inspections, askedInspections));

        List<Cluster> opinionsOnly = alone(askedMeetings, askedInspections);
        assertThat(new MergeByMeasure(clustering, RULES::distinctItems).merge(opinionsOnly, List.of(slim, slim))
                .clusters()).as("opinion lists repeat a problem in other words: one measure still makes one problem")
                .hasSize(1);
    }

    @Test
    void anUnansweredRestatementJoinsTheProblemItRestatesAndADifferentProblemStaysOpen() {
        List<Cluster> cs = alone(raised("a.docx", "会议文件多，会议时间长", true),
                raised("b.docx", "会议太多，局务会、专题会、协调会一个接一个，会议时间长", true),
                raised("c.docx", "机关食堂饭菜品种单一", true));
        TermVectors vectors = new TermVectors(ANALYZERS.words()).fit(cs.stream().map(c -> c.lead().text()).toList());
        ClusterProblems clustering = new ClusterProblems(vectors, RULES.thresholds());
        MergeByMeasure.Merged merged = new MergeByMeasure(clustering, RULES::distinctItems).merge(cs,
                List.of(Optional.of("精简会议"), Optional.empty(), Optional.empty()));
        List<Map<String, Double>> profiles = List.of(Map.of("精简会议", 0.5), Map.of("精简会议", 0.12), Map.of());
        List<Cluster> joined = new JoinRestated(clustering, vectors, RULES.thresholds().joinRestated())
                .join(merged, profiles);
        assertThat(joined).hasSize(2);
        assertThat(joined.get(0).members()).extracting(Raised::path).containsExactlyInAnyOrder("a.docx", "b.docx");
        assertThat(joined.get(1).members()).extracting(Raised::path).containsExactly("c.docx");
    }

    @Test
    void twoAnsweredProblemsAreNeverJoinedAsRestatements() {
        List<Cluster> cs = alone(raised("a.docx", "会议文件多，会议时间长", true),
                raised("b.docx", "会议太多，局务会、专题会、协调会一个接一个，会议时间长", true));
        TermVectors vectors = new TermVectors(ANALYZERS.words()).fit(cs.stream().map(c -> c.lead().text()).toList());
        ClusterProblems clustering = new ClusterProblems(vectors, RULES.thresholds());
        MergeByMeasure.Merged merged = new MergeByMeasure(clustering, RULES::distinctItems).merge(cs,
                List.of(Optional.of("精简会议"), Optional.of("控制时长")));
        assertThat(new JoinRestated(clustering, vectors, RULES.thresholds().joinRestated())
                .join(merged, List.of(Map.of(), Map.of()))).hasSize(2);
    }

    @Test
    void restatementsThatFoundOnlyEachOtherJoinTheAnsweredProblemTheyRestate() {
        Raised answered = item("班子对照检查材料.docx", "对照检查材料", "深入基层调查研究不够，班子成员到乡镇卫生院调研次数偏少");
        Raised opinion = item("意见汇总.docx", "意见建议汇总", "局领导很少到乡镇卫生院来，来了也是听听汇报、走马观花");
        Raised person = item("个人对照检查材料.docx", "对照检查材料", "下基层少，很少到乡镇卫生院，听听汇报、走马观花");
        Raised other = item("意见汇总.docx", "意见建议汇总", "机关食堂饭菜品种单一，质量有待提高");
        List<Cluster> cs = alone(answered, opinion, person, other);
        TermVectors vectors = new TermVectors(ANALYZERS.words()).fit(cs.stream().map(c -> c.lead().text()).toList());
        ClusterProblems clustering = new ClusterProblems(vectors, RULES.thresholds());
        MergeByMeasure.Merged merged = new MergeByMeasure(clustering, RULES::distinctItems).merge(cs,
                List.of(Optional.of("联系点"), Optional.empty(), Optional.empty(), Optional.empty()));
        List<Map<String, Double>> profiles = List.of(Map.of("联系点", 0.5), Map.of("联系点", 0.1),
                Map.of("联系点", 0.1), Map.of());
        List<Cluster> joined = new JoinRestated(clustering, vectors, RULES.thresholds().joinRestated(),
                RULES::distinctItems).join(merged, profiles);
        assertThat(joined).as("the two restatements and the answered problem are one problem; the canteen stays apart")
                .hasSize(2);
        assertThat(joined.get(0).members()).containsExactlyInAnyOrder(answered, opinion, person);

        Raised sibling = item("个人对照检查材料.docx", "对照检查材料", "深入基层调查研究不够，到乡镇卫生院调研次数偏少");
        List<Cluster> own = alone(sibling, opinion, person, other);
        MergeByMeasure.Merged ownMerged = new MergeByMeasure(clustering, RULES::distinctItems).merge(own,
                List.of(Optional.of("联系点"), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(new JoinRestated(clustering, vectors, RULES.thresholds().joinRestated(), RULES::distinctItems)
                .join(ownMerged, profiles)).as("another item of the same 对照检查材料 is another problem").hasSize(3);
    }
}
