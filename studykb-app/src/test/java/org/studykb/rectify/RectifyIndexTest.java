package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.ingest.Passage;

/** The ledger of a real index built from six fixture documents, among them an .xlsx ledger with shuffled columns. */
class RectifyIndexTest {
    @TempDir
    static Path corpus;
    @TempDir
    static Path data;
    static Ledger ledger;
    static List<SourceDoc> docs;

    @BeforeAll
    static void indexFixtures() throws IOException {
        FixtureCorpus.copyTo(corpus);
        assertThat(FixtureCorpus.index(corpus, data).documents()).isEqualTo(6);
        RectifyService service = RectifyService.open(data, FixtureCorpus.CONFIG, FixtureCorpus.ANALYZERS,
                Optional.empty(), Optional.of(LocalDate.of(2009, 2, 28)));
        ledger = service.ledger();
        docs = ReadIndexedDocs.read(data).docs();
    }

    static Problem about(String words) {
        return ledger.problems().stream().filter(p -> p.sources().stream().anyMatch(s -> s.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no problem raised as 「" + words + "」: "
                        + ledger.problems().stream().map(Problem::text).toList()));
    }

    @Test
    void problemsComeFromOpinionListsAndReportsOnly() {
        assertThat(ledger.problems()).flatExtracting(Problem::sources).extracting(Raising::path)
                .allMatch(p -> p.startsWith("分析检查/"));
        assertThat(ledger.problems()).flatExtracting(Problem::sources).extracting(Raising::text)
                .noneMatch(t -> t.contains("理论学习不够深入"))
                .noneMatch(t -> t.contains("建立班子成员联系基层的长效机制"))
                .noneMatch(t -> t.contains("存在的突出问题"));
    }

    @Test
    void theSameProblemInTheOpinionsAndTheReportIsOneProblem() {
        Problem p = about("局领导下基层调研少");
        assertThat(p.sources()).extracting(Raising::path)
                .contains("分析检查/机关干部意见建议汇总.txt", "分析检查/领导班子分析检查报告.txt");
    }

    @Test
    void searchFindsThePlanMeasureThoughTheWordsDiffer() {
        Problem p = about("局领导下基层调研少");
        List<Link> measures = p.linksOf("measure");
        assertThat(measures).extracting(Link::path).contains("整改落实/领导班子整改方案.txt", FixtureCorpus.LEDGER);
        Link plan = measures.stream().filter(l -> l.path().equals("整改落实/领导班子整改方案.txt")).findFirst().orElseThrow();
        assertThat(plan.text()).contains("基层联系点制度");
        assertThat(plan.leader()).isEqualTo("陈立明");
        assertThat(plan.deadline()).isEqualTo("2009-01-31");
        assertThat(plan.state()).isEqualTo(Link.SUGGESTED);
    }

    @Test
    void aLedgerRowThatStatesTheProblemLinksDirectlyWithItsProgress() {
        Problem p = about("局领导下基层调研少");
        Link row = p.linksOf("measure").stream().filter(l -> l.path().equals(FixtureCorpus.LEDGER)).findFirst()
                .orElseThrow();
        assertThat(row.direct()).isTrue();
        assertThat(row.score()).as("the row restates the plan's item: ranked under it").isLessThan(1.0);
        assertThat(row.text()).isEqualTo("每位党组成员挂钩两到三个联系点，按季度驻点调研");
        assertThat(row.unit()).isEqualTo("办公室");
        assertThat(p.linksOf("outcome")).anySatisfy(o -> {
            assertThat(o.path()).isEqualTo(FixtureCorpus.LEDGER);
            assertThat(o.result()).isEqualTo("已完成");
        });
    }

    @Test
    void anOutcomeThatSaysDoneRectifiesAndOneThatGoesOnDoesNot() {
        assertThat(about("局领导下基层调研少").status()).isEqualTo("已整改");
        Problem meetings = about("会议太多");
        assertThat(meetings.status()).isEqualTo("整改中");
        assertThat(meetings.deadline()).isEqualTo("长期坚持");
        assertThat(meetings.overdue()).isFalse();
        assertThat(meetings.open()).as("整改中 is 未闭环").isTrue();
    }

    @Test
    void aProblemNothingAnswersIsOpen() {
        Problem p = about("干部交流轮岗很少");
        assertThat(p.status()).isEqualTo("未整改");
        assertThat(p.open()).isTrue();
        assertThat(p.linksOf("measure")).isEmpty();
        assertThat(p.category()).isEqualTo("制度建设");
    }

    @Test
    void theSourceAnchorPointsAtThePassageThatRaisesIt() {
        for (Problem p : ledger.problems()) {
            SourceDoc doc = docs.stream().filter(d -> d.id().equals(p.source().path())).findFirst().orElseThrow();
            Passage passage = doc.passages().stream().filter(x -> x.ordinal() == p.source().passage()).findFirst()
                    .orElseThrow();
            assertThat(passage.text()).contains(p.text().substring(0, Math.min(6, p.text().length())));
        }
    }

    @Test
    void problemIdsAreStableAcrossBuilds() throws IOException {
        RectifyService again = RectifyService.open(data, FixtureCorpus.CONFIG, FixtureCorpus.ANALYZERS,
                Optional.empty(), Optional.of(LocalDate.of(2009, 2, 28)));
        assertThat(again.ledger().problems()).extracting(Problem::id)
                .containsExactlyElementsOf(ledger.problems().stream().map(Problem::id).toList());
    }
}
