package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 对照检查材料 that lists problems and, in its own 整改措施 section, what its author will do about them; a
 * plan that answers one of them in other words. Indexed into a real index with the fixture corpus.
 */
class RectifyCommitmentsTest {
    static final String CHECK = "分析检查/王立新同志个人对照检查材料.txt";
    static final String PLAN = "整改落实/档案和食堂整改方案.txt";
    @TempDir
    static Path corpus;
    @TempDir
    static Path data;
    static Ledger ledger;

    @BeforeAll
    static void indexFixtures() throws IOException {
        FixtureCorpus.copyTo(corpus);
        write(CHECK, """
                王立新同志个人对照检查材料
                按照局党组的统一部署，我认真查摆了自身存在的问题，现报告如下。
                一、存在的问题
                1. 分管的档案室库房屋顶漏雨，纸质档案受潮发霉，多年没有解决。
                2. 机关食堂饭菜品种单一，干部职工意见较大，我过问不够。
                二、整改措施
                （一）三个月内完成档案室库房屋顶防漏维修，受潮发霉的纸质档案全部烘干修复。
                （二）督促机关食堂每周更换菜谱，增加饭菜品种，每月听取一次就餐人员意见。
                王立新
                2008年12月10日
                """);
        write(PLAN, """
                档案和食堂整改落实方案
                一、整改内容和措施
                1. 档案保管条件差，库房防潮不达标。
                整改措施：对档案库房屋面进行防水改造，配置除湿设备，对受潮卷宗逐卷修复。
                责任领导：陈立明　责任单位：办公室　完成时限：2009年3月底前
                中共滨河区建设工务局党组
                2009年1月8日
                """);
        FixtureCorpus.index(corpus, data);
        ledger = RectifyService.open(data, FixtureCorpus.CONFIG, FixtureCorpus.ANALYZERS, Optional.empty(),
                Optional.of(LocalDate.of(2009, 2, 28))).ledger();
    }

    private static void write(String path, String text) throws IOException {
        Path file = corpus.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Problem about(String words) {
        return ledger.problems().stream().filter(p -> p.sources().stream().anyMatch(s -> s.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no problem raised as 「" + words + "」: "
                        + ledger.problems().stream().map(Problem::text).toList()));
    }

    @Test
    void theCheckMaterialsOwnMeasureIsLinkedToItsProblem() {
        List<Link> measures = about("纸质档案受潮发霉").linksOf("measure");
        assertThat(measures).anySatisfy(l -> {
            assertThat(l.path()).isEqualTo(CHECK);
            assertThat(l.text()).contains("库房屋顶防漏维修");
        });
    }

    @Test
    void thePlansMeasureInOtherWordsIsLinkedTooAndDecidesTheStatus() {
        Problem archive = about("纸质档案受潮发霉");
        assertThat(archive.linksOf("measure")).anySatisfy(l -> {
            assertThat(l.path()).isEqualTo(PLAN);
            assertThat(l.text()).contains("防水改造");
        });
        assertThat(archive.status()).isEqualTo("整改中");
        assertThat(archive.deadline()).isEqualTo("2009-03-31");
        assertThat(archive.leader()).isEqualTo("陈立明");
    }

    @Test
    void aProblemOnlyItsAuthorPromisedToFixIsStillNotRectified() {
        Problem canteen = about("饭菜品种单一");
        assertThat(canteen.linksOf("measure")).anySatisfy(l -> assertThat(l.text()).contains("每周更换菜谱"));
        assertThat(canteen.status()).as("a promise is not a plan's measure").isEqualTo("未整改");
        assertThat(canteen.open()).isTrue();
    }
}
