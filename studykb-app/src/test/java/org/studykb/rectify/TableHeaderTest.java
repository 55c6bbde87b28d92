package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studykb.rectify.TableHeader.Column;

class TableHeaderTest {
    static final RectifyRules RULES = Docs.rules();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            序号,责任单位,问题描述,完成时限,整改措施,责任领导,完成情况  | PROBLEM=2 MEASURE=4 LEADER=5 UNIT=1 DEADLINE=3 PROGRESS=6
            问题,整改责任人,时限,措施,进展情况                          | PROBLEM=0 MEASURE=3 LEADER=1 DEADLINE=2 PROGRESS=4
            序号,问题,整改措施,责任人,整改时限,完成情况                  | PROBLEM=1 MEASURE=2 LEADER=3 DEADLINE=4 PROGRESS=5
            完成时间,责任科室,存在的问题,具体措施,牵头领导               | PROBLEM=2 MEASURE=3 LEADER=4 UNIT=1 DEADLINE=0
            整改措施（具体）, 责任 单位 ,问题表现                        | PROBLEM=2 MEASURE=0 UNIT=1
            序号,意见摘要,提出人类别,同类意见（条）                      | PROBLEM=1
            序号,问题描述,整改措施,责任领导,完成情况,是否销号            | PROBLEM=1 MEASURE=2 LEADER=3 PROGRESS=4 CLOSED=5
            问题,措施,进展情况,销号情况                                  | PROBLEM=0 MEASURE=1 PROGRESS=2 CLOSED=3
            """)
    void columnsAreFoundWhateverTheirOrderAndNames(String header, String expected) {
        TableHeader h = TableHeader.detect(List.of(header.split(",")), RULES.columns()).orElseThrow();
        for (String pair : expected.split(" ")) {
            String[] kv = pair.split("=");
            assertThat(h.index(Column.valueOf(kv[0]))).as(kv[0]).isEqualTo(Integer.parseInt(kv[1]));
        }
        assertThat(h.has(Column.LEADER)).isEqualTo(expected.contains("LEADER"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1,办公室,局领导蹲点少,2009年1月底,挂钩联系点,陈立明,已完成
            参评人员类别,发放（份）,收回（份）,满意,基本满意,不满意
            测评内容,好,较好,一般,差
            """)
    void dataRowsAndOtherTablesAreNotLedgerHeaders(String row) {
        assertThat(TableHeader.detect(List.of(row.split(",")), RULES.columns())).isEmpty();
    }
}
