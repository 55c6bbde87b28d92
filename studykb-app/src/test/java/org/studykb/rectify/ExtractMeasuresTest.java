package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractMeasuresTest {
    static final RectifyRules RULES = Docs.rules();
    static final ExtractMeasures EXTRACT = new ExtractMeasures(RULES, StableId.ephemeral());

    @Test
    void aPlanItemGivesProblemMeasureLeaderUnitAndDeadline() {
        SourceDoc plan = Docs.of("整改落实/方案.docx", "整改方案", "2009-01-05", "领导班子整改落实方案",
                "## 二、整改内容、措施及责任分工",
                "（一）转变工作作风方面",
                "1. 班子成员深入项目一线不够，有的调研听汇报多、解剖问题少。",
                "整改措施：制定《班子成员基层联系点制度》，每季度驻点时间累计不少于3天。",
                "责任领导：陈立明　责任单位：办公室　完成时限：2009年1月底前",
                "2. 群众来信来访处理不够及时。",
                "整改措施：对所有信访事项实行一件一登记。",
                "责任领导：周文斌　责任单位：办公室　完成时限：立即整改",
                "## 三、保障措施",
                "（一）加强领导。整改工作由领导小组统一领导。");
        List<Measure> ms = EXTRACT.extract(plan);
        assertThat(ms).hasSize(2);
        Measure m = ms.get(0);
        assertThat(m.problemText()).isEqualTo("班子成员深入项目一线不够，有的调研听汇报多、解剖问题少");
        assertThat(m.text()).startsWith("制定《班子成员基层联系点制度》");
        assertThat(m.leader()).isEqualTo("陈立明");
        assertThat(m.unit()).isEqualTo("办公室");
        assertThat(m.deadline().describe()).isEqualTo("2009-01-31");
        assertThat(m.passage()).isEqualTo(4);
        assertThat(ms.get(1).deadline().kind()).isEqualTo(Deadline.Kind.IMMEDIATE);
        assertThat(ms.get(1).deadline().describe()).isEqualTo("立即整改（2009-02-04前）");
    }

    @Test
    void aPlanWithProblemHeadingsAndNumberedMeasures() {
        SourceDoc plan = Docs.of("群众路线/方案.docx", "整改方案", "2013-11-25", "整改方案",
                "## 二、整改任务",
                "（一）关于会议文件过多、陪会现象突出的问题",
                "整改措施：1. 实行会议计划管理；2. 能合并的会议合并召开。",
                "责任人：陈立明　责任科室：办公室　完成时限：2014年3月前",
                "（二）关于领导干部深入一线不够的问题",
                "整改措施：每名班子成员每月深入现场不少于两次。",
                "责任人：刘志强　完成时限：长期坚持");
        List<Measure> ms = EXTRACT.extract(plan);
        assertThat(ms).extracting(Measure::problemText)
                .containsExactly("关于会议文件过多、陪会现象突出的问题", "关于领导干部深入一线不够的问题");
        assertThat(ms.get(0).text()).contains("实行会议计划管理").contains("能合并的会议合并召开");
        assertThat(ms.get(0).deadline().describe()).isEqualTo("2014-02-28");
        assertThat(ms.get(1).deadline().kind()).isEqualTo(Deadline.Kind.LONG_TERM);
        assertThat(ms.get(1).unit()).isEmpty();
    }

    @Test
    void prosePlanItemWithAllFieldsOnOneLine() {
        SourceDoc plan = Docs.of("整改落实/方案2.docx", "整改方案", "2009-01-05", "整改方案",
                "1. 问题：会议多、文件多。措施：精简会文，每周局务会控制在1次。责任人：陈立明 责任单位：办公室 时限：长期坚持");
        Measure m = EXTRACT.extract(plan).get(0);
        assertThat(m.problemText()).isEqualTo("会议多、文件多");
        assertThat(m.text()).isEqualTo("精简会文，每周局务会控制在1次");
        assertThat(m.leader()).isEqualTo("陈立明");
        assertThat(m.deadline().kind()).isEqualTo(Deadline.Kind.LONG_TERM);
    }

    @Test
    void aPlanOfPlainNumberedItemsHasOneMeasurePerItem() {
        SourceDoc plan = Docs.of("整改落实/方案3.txt", "整改方案", "2009-01-05", "领导班子整改落实方案",
                "一、总体要求", "（一）坚持边学边改、边查边改，做到问题清楚、措施具体。",
                "二、整改措施", "1. 建立班子成员基层联系点制度，每季度蹲点不少于3天。",
                "2. 精简会议文件，每周局务会控制在1次。责任人：陈立明　时限：长期坚持",
                "三、保障措施", "（一）加强领导，党组书记负总责。");
        List<Measure> ms = EXTRACT.extract(plan);
        assertThat(ms).extracting(Measure::text)
                .containsExactly("建立班子成员基层联系点制度，每季度蹲点不少于3天", "精简会议文件，每周局务会控制在1次");
        assertThat(ms.get(1).leader()).isEqualTo("陈立明");
        assertThat(ms.get(1).deadline().kind()).isEqualTo(Deadline.Kind.LONG_TERM);
        assertThat(ms).allMatch(m -> m.problemText().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "序号|责任单位|问题描述|完成时限|整改措施|责任领导|完成情况",
        "整改措施|完成情况|序号|问题描述|责任领导|完成时限|责任单位",
        "完成时限|责任领导|整改措施|责任单位|完成情况|问题描述|序号"})
    void ledgerRowsAreReadWhateverTheColumnOrder(String header) {
        List<String> columns = List.of(header.split("\\|"));
        List<String> names = List.of("序号", "责任单位", "问题描述", "完成时限", "整改措施", "责任领导", "完成情况");
        List<String> values = List.of("1", "办公室", "局领导蹲点少，调研不够深入", "2009年1月底", "每位党组成员挂钩两到三个联系点",
                "陈立明", "已完成。联系点制度1月16日印发");
        StringBuilder row = new StringBuilder();
        for (String c : columns) {
            row.append(row.isEmpty() ? "" : "|").append(values.get(names.indexOf(c)));
        }
        SourceDoc ledger = Docs.of("整改落实/台账.xlsx", "整改台账", "2009-02", header, row.toString());
        Measure m = EXTRACT.extract(ledger).get(0);
        assertThat(m.row()).isTrue();
        assertThat(m.problemText()).isEqualTo("局领导蹲点少，调研不够深入");
        assertThat(m.text()).isEqualTo("每位党组成员挂钩两到三个联系点");
        assertThat(m.leader()).isEqualTo("陈立明");
        assertThat(m.unit()).isEqualTo("办公室");
        assertThat(m.deadline().describe()).isEqualTo("2009-01-31");
        assertThat(m.progress()).isEqualTo("已完成。联系点制度1月16日印发");
        assertThat(new ExtractOutcomes(RULES, StableId.ephemeral()).progress(m)).hasValueSatisfying(o -> {
            assertThat(o.result()).isEqualTo(Result.已完成);
            assertThat(o.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2009-02-28"));
        });
    }

    @Test
    void aLeaderCellWithTheUnitInBracketsGivesBoth() {
        SourceDoc ledger = Docs.of("群众路线/台账.xlsx", "整改台账", "2014-01",
                "序号|问题|整改措施|责任人|整改时限|完成情况",
                "1|会多文多又抬头|会议年度计划+计划外审批|陈立明（办公室）|2014年3月前|",
                "2|领导去工地少|每月到项目现场2次以上|刘志强|长期坚持|持续推进。");
        List<Measure> ms = EXTRACT.extract(ledger);
        assertThat(ms).extracting(Measure::leader).containsExactly("陈立明", "刘志强");
        assertThat(ms).extracting(Measure::unit).containsExactly("办公室", "");
        assertThat(new ExtractOutcomes(RULES, StableId.ephemeral()).progress(ms.get(0))).isEmpty();
        assertThat(new ExtractOutcomes(RULES, StableId.ephemeral()).progress(ms.get(1))).map(Outcome::result).contains(Result.持续推进);
    }

    @Test
    void aLedgersClosedColumnMakesTheRowsOutcome已销号() {
        SourceDoc ledger = Docs.of("群众路线/台账.xlsx", "整改台账", "2014-01",
                "序号|问题描述|整改措施|责任领导|完成时限|完成情况|是否销号",
                "1|会多文多又抬头|会议年度计划+计划外审批|陈立明|2014年3月前|已完成。会议计划已印发|是",
                "2|领导去工地少|每月到项目现场2次以上|刘志强|长期坚持|持续推进。已到现场27人次|否",
                "3|公车私用|车辆统一入库停放|李静|立即整改|已完成。11月26日起执行|未销号",
                "4|接待超标|接待两单管理|周文斌|2013年12月底||已销号",
                "5|吃拿卡要|事项进驻服务中心|赵红梅|2014年1月底|整改中。9项事项已进驻|",
                "6|办公用房超标|腾退超标办公用房|陈立明|2013年12月底|已完成|2014.1.10");
        ExtractOutcomes outcomes = new ExtractOutcomes(RULES, StableId.ephemeral());
        List<Measure> ms = EXTRACT.extract(ledger);
        assertThat(ms).extracting(Measure::closed).containsExactly("是", "否", "未销号", "已销号", "", "2014.1.10");
        assertThat(ms).extracting(m -> outcomes.progress(m).map(Outcome::result).orElse(null)).containsExactly(
                Result.已销号, Result.持续推进, Result.已完成, Result.已销号, Result.持续推进, Result.已销号);
        assertThat(outcomes.progress(ms.get(3))).map(Outcome::text).contains("销号：已销号");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            是           | true
            已销号       | true
            √            | true
            2014年1月    | true
            否           | false
            未销号       | false
            暂不销号     | false
            ''           | -
            见附表       | -
            """)
    void closedCellsSayYesNoOrNothing(String cell, Boolean closed) {
        assertThat(RULES.closed(cell)).isEqualTo(java.util.Optional.ofNullable(closed));
    }
}
