package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.index.CorpusIndex;
import org.studykb.store.AuditLog;
import org.studykb.store.StoreDatabase;

/** Confirmations, rejections and status overrides are kept in the store and apply to a rebuilt index. */
class DecisionPersistenceTest {
    static final Optional<LocalDate> END = Optional.of(LocalDate.of(2009, 2, 28));

    @TempDir
    Path corpus;
    @TempDir
    Path data;

    private DecisionStore store() {
        return new DecisionStore(dataSource());
    }

    private DataSource dataSource() {
        return StoreDatabase.openH2(data);
    }

    private RectifyService service() {
        return RectifyService.open(data, FixtureCorpus.CONFIG, FixtureCorpus.ANALYZERS, Optional.of(store()), END);
    }

    private static Problem about(RectifyService s, String words) throws IOException {
        return s.ledger().problems().stream().filter(p -> p.sources().stream().anyMatch(x -> x.text().contains(words)))
                .findFirst().orElseThrow();
    }

    @Test
    void decisionsSurviveDeletingAndRebuildingTheIndex() throws IOException {
        FixtureCorpus.copyTo(corpus);
        FixtureCorpus.index(corpus, data);
        RectifyService before = service();
        Problem meetings = about(before, "会议太多");
        Link report = meetings.linksOf("outcome").stream().filter(l -> l.path().contains("整改落实情况报告"))
                .findFirst().orElseThrow();
        Link plan = meetings.linksOf("measure").stream().filter(l -> l.path().contains("整改方案")).findFirst()
                .orElseThrow();
        before.confirm(meetings.id(), report.key(), "李静", "报告第二部分写的就是精简会议");
        Problem money = about(before, "工程款拨付慢");
        Link moneyPlan = money.linksOf("measure").get(0);
        before.reject(money.id(), moneyPlan.key(), "赵红梅", "不是这一条");
        Problem rotation = about(before, "干部交流轮岗很少");
        assertThat(rotation.status()).isEqualTo("未整改");
        before.setStatus(rotation.id(), "整改中", "陈立明", "已列入2009年干部工作计划");
        assertThat(about(before, "会议太多").links()).anySatisfy(l -> {
            assertThat(l.key()).isEqualTo(report.key());
            assertThat(l.state()).isEqualTo("confirmed");
            assertThat(l.decidedBy()).isEqualTo("李静");
        });

        deleteIndex();
        FixtureCorpus.index(corpus, data);
        RectifyService after = service();

        Problem m = about(after, "会议太多");
        assertThat(m.id()).isEqualTo(meetings.id());
        assertThat(m.links()).filteredOn(l -> l.key().equals(report.key())).singleElement()
                .satisfies(l -> assertThat(l.state()).isEqualTo("confirmed"));
        assertThat(m.links()).filteredOn(l -> l.key().equals(plan.key())).singleElement()
                .satisfies(l -> assertThat(l.state()).isEqualTo("suggested"));
        assertThat(about(after, "工程款拨付慢").links()).filteredOn(l -> l.key().equals(moneyPlan.key()))
                .singleElement().satisfies(l -> {
                    assertThat(l.state()).isEqualTo("rejected");
                    assertThat(l.reason()).isEqualTo("不是这一条");
                });
        Problem r = about(after, "干部交流轮岗很少");
        assertThat(r.status()).isEqualTo("整改中");
        assertThat(r.ruleStatus()).isEqualTo("未整改");
        assertThat(r.overrideBy()).isEqualTo("陈立明");
        assertThat(r.overrideReason()).isEqualTo("已列入2009年干部工作计划");
        assertThat(after.history(r.id())).singleElement().asString().contains("陈立明").contains("整改中");

        ProblemsCommandTest.Run cli = ProblemsCommandTest.run("problems", "--data", data.toString(), "--config",
                "indexer", "--json", "--today", "2009-02-28");
        assertThat(cli.code()).isZero();
        assertThat(cli.out()).contains("\"state\" : \"rejected\"").contains("\"state\" : \"confirmed\"")
                .contains("已列入2009年干部工作计划");
    }

    @Test
    void everyDecisionGoesToTheAuditTrail() throws IOException {
        FixtureCorpus.copyTo(corpus);
        FixtureCorpus.index(corpus, data);
        RectifyService s = service();
        Problem meetings = about(s, "会议太多");
        Link first = meetings.links().get(0);
        s.confirm(meetings.id(), first.key(), "李静", "就是这一条");
        s.reject(meetings.id(), first.key(), "赵红梅", "说的是发文");
        s.undecide(meetings.id(), first.key(), "李静", "再看看");
        s.setStatus(meetings.id(), "已整改", "陈立明", "已验收");
        s.setStatus(meetings.id(), "", "陈立明", "改错了");

        List<AuditLog.Event> events = new AuditLog(dataSource()).of("problem:" + meetings.id(), 10);
        assertThat(events).extracting(AuditLog.Event::action).containsExactly("CLEAR_STATUS", "OVERRIDE_STATUS",
                "UNDO_LINK", "REJECT_LINK", "CONFIRM_LINK");
        assertThat(events).extracting(AuditLog.Event::actor).containsExactly("陈立明", "陈立明", "李静", "赵红梅", "李静");
        assertThat(events.get(1).after()).contains("已整改").contains("已验收");
        assertThat(events.get(4).before()).isEqualTo("建议");
        assertThat(events.get(4).after()).startsWith("确认「" + first.text().substring(0, 4)).contains("就是这一条");
        assertThat(events.get(3).before()).isEqualTo("确认");
        assertThat(events.get(0).before()).isEqualTo("已整改（改定）");
        assertThat(s.events(meetings.id())).extracting(HistoryEvent::action)
                .containsExactly("确认链接", "否定链接", "撤销确认或否定", "改定状态", "取消改定");
    }

    @Test
    void aStatusNeedsAReasonAndAPersonAndTheProblemMustExist() throws IOException {
        FixtureCorpus.copyTo(corpus);
        FixtureCorpus.index(corpus, data);
        RectifyService s = service();
        String id = s.ledger().problems().get(0).id();
        assertThatThrownBy(() -> s.setStatus(id, "已整改", "陈立明", " ")).hasMessageContaining("理由");
        assertThatThrownBy(() -> s.setStatus(id, "已整改", "", "理由")).hasMessageContaining("是谁");
        assertThatThrownBy(() -> s.setStatus(id, "办结", "陈立明", "理由")).hasMessageContaining("未知的状态");
        assertThatThrownBy(() -> s.setStatus("nope", "已整改", "陈立明", "理由")).hasMessageContaining("没有这个问题");
        assertThatThrownBy(() -> s.confirm(id, "nope", "陈立明", "")).hasMessageContaining("没有这条");
    }

    @Test
    void withoutAStoreTheLedgerIsReadOnly() throws IOException {
        FixtureCorpus.copyTo(corpus);
        FixtureCorpus.index(corpus, data);
        RectifyService s = RectifyService.open(data, FixtureCorpus.CONFIG, FixtureCorpus.ANALYZERS, Optional.empty(),
                END);
        String id = s.ledger().problems().get(0).id();
        assertThat(s.canDecide()).isFalse();
        assertThatThrownBy(() -> s.setStatus(id, "已整改", "陈立明", "理由")).hasMessageContaining("没有数据库");
    }

    private void deleteIndex() throws IOException {
        try (Stream<Path> files = Files.walk(CorpusIndex.indexDir(data))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
