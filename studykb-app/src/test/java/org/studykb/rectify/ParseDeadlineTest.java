package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseDeadlineTest {
    static final ParseDeadline PARSE = new ParseDeadline(30);

    @ParameterizedTest(name = "{0} (written {1}) → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2009年1月底          | 2009-01-05 | DATE      | 2009-01-31
            2009年1月底前        | 2009-01-05 | DATE      | 2009-01-31
            2009年2月底前        | 2009-01-05 | DATE      | 2009-02-28
            2014年3月前          | 2013-11-25 | DATE      | 2014-02-28
            2013年12月底         | 2013-11-25 | DATE      | 2013-12-31
            1月底前              | 2013-11-25 | DATE      | 2014-01-31
            6月底                | 2009-01-23 | DATE      | 2009-06-30
            2009年1月20日        | 2009-01-05 | DATE      | 2009-01-20
            2009.1.31            | 2009-01-05 | DATE      | 2009-01-31
            二〇〇九年三月底     | 2009-01-05 | DATE      | 2009-03-31
            3月中旬              | 2009-01-05 | DATE      | 2009-03-20
            年底前               | 2009-01-05 | DATE      | 2009-12-31
            上半年               | 2009-01-05 | DATE      | 2009-06-30
            一季度               | 2009-01-05 | DATE      | 2009-03-31
            立即整改             | 2009-01-05 | IMMEDIATE | 2009-02-04
            马上办               | 2009-01-23 | IMMEDIATE | 2009-02-22
            立行立改             | 2009-01-05 | IMMEDIATE | 2009-02-04
            长期坚持             | 2009-01-05 | LONG_TERM |
            长期                 | 2009-01-05 | LONG_TERM |
            视情况而定           | 2009-01-05 | NONE      |
            """)
    void deadlinesAreReadAsPlansWriteThem(String text, LocalDate written, Deadline.Kind kind, LocalDate date) {
        Deadline d = PARSE.parse(text, Optional.of(written));
        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.date()).isEqualTo(Optional.ofNullable(date));
        assertThat(d.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1月底前", "6月底", "3月中旬"})
    void aMonthWithoutAYearInAnUndatedLedgerHasNoDay(String text) {
        Deadline d = PARSE.parse(text, Optional.empty());
        assertThat(d.kind()).isEqualTo(Deadline.Kind.DATE);
        assertThat(d.date()).isEmpty();
        assertThat(d.describe()).isEqualTo(text);
        assertThat(PARSE.parse("2009年1月底", Optional.empty()).date()).contains(LocalDate.of(2009, 1, 31));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2009-01-31 | 2009-02-01 | true
            2009-01-31 | 2009-01-31 | false
            2009-01-31 | 2009-01-30 | false
            """)
    void aDeadlinePassesTheDayAfter(LocalDate deadline, LocalDate today, boolean passed) {
        assertThat(new Deadline(Deadline.Kind.DATE, Optional.of(deadline), "").passed(today)).isEqualTo(passed);
    }
}
