package org.studykb.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeSentencesTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "phase=学习调研|phase=分析检查；tag=作风|把阶段从「学习调研」改为「分析检查」，标签加上「作风」",
        "|type=党课讲稿|把类型设为「党课讲稿」",
        "campaign=群众路线；tag=a、b|tag=b|去掉活动的人工设定「群众路线」（恢复自动推断），标签去掉「a」",
        "access=LEADER,ADMIN|access=WRITER,LEADER,ADMIN|把可见范围从「领导、管理员」改为「撰写、领导、管理员」",
        "tag=a|tag=a|未改动"})
    void aChangeReadsAsASentence(String before, String after, String sentence) {
        assertThat(ChangeSentences.of(before, after)).isEqualTo(sentence);
    }
}
