package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.studykb.search.Citations;

/** 「passage」（《标题》，单位，日期）, as report writers paste it. */
class CitationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "下基层调研少。|整改方案|区建工局|2008-11-20|「下基层调研少。」（《整改方案》，区建工局，2008年11月20日）",
            "下基层调研少。|整改方案|NULL|2009-01|「下基层调研少。」（《整改方案》，2009年1月）",
            "下基层调研少。|整改方案|区建工局|NULL|「下基层调研少。」（《整改方案》，区建工局）",
            "他说「要下基层」。|纪要|NULL|NULL|「他说『要下基层』。」（《纪要》）",
            "'   '|纪要|NULL|第三季度|（《纪要》，第三季度）",
    })
    void citationsReadAsPeopleWriteThem(String passage, String title, String unit, String date, String cited) {
        assertThat(Citations.of(passage, title, unit, date)).isEqualTo(cited);
    }

    @org.junit.jupiter.api.Test
    void lineBreaksInsideAPassageAreDropped() {
        assertThat(Citations.of("一、建立\n  联系点制度\n", "方案", null, "2009"))
                .isEqualTo("「一、建立联系点制度」（《方案》，2009年）");
    }
}
