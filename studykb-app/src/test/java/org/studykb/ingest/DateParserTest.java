package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2008年11月20日                  | 2008-11-20",
            "2008 年 11 月 20 日             | 2008-11-20",
            "二〇〇八年十一月二十日           | 2008-11-20",
            "二○○八年十一月二十日           | 2008-11-20",
            "二零零八年十一月二十日           | 2008-11-20",
            "二OO九年二月十日                | 2009-02-10",
            "二〇〇九年一月三十一日           | 2009-01-31",
            "二〇〇八年十二月                 | 2008-12",
            "2008-11-20                      | 2008-11-20",
            "2008.11.20                      | 2008-11-20",
            "2008/9/5                        | 2008-09-05",
            "2008.11                         | 2008-11",
            "2008年11月                      | 2008-11",
            "2013.8.20                       | 2013-08-20",
            "*8年9月                         | 2008-09",
            "自*8年9月开始，到*9年2月基本结束 | 2008-09",
            "2008年度                        | 2008",
            "2008年                          | 2008",
            "2008年13月1日                   | -",
            "2009年2月30日                   | -",
            "二〇〇八年十三月                 | -",
            "1850年3月                       | -",
            "投资12.6亿元                    | -",
            "共收集意见168条                 | -",
            "9月22日召开动员大会              | -",
    })
    void parsesTheFirstDate(String text, String iso) {
        List<DateParser.Found> found = DateParser.findAll(text);
        if (iso == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).date().iso()).isEqualTo(iso);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"一,1", "十,10", "十一,11", "二十,20", "二十一,21", "三十一,31", "廿三,23", "元,1", "十十,-1"})
    void readsChineseNumbers(String text, int value) {
        assertThat(DateParser.chineseNumber(text)).isEqualTo(value);
    }

    @org.junit.jupiter.api.Test
    void findsEveryDateWithItsPosition() {
        List<DateParser.Found> found = DateParser.findAll("自2008年9月下旬开始，至2009年2月底基本结束");
        assertThat(found).extracting(f -> f.date().iso()).containsExactly("2008-09", "2009-02");
        assertThat(found.get(0).start()).isEqualTo(1);
    }
}
