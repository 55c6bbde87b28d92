package org.studykb.rectify;

/**
 * One decision about a problem as the audit trail keeps it: when, who, what was done, the state before
 * and after (「建议 → 确认「建立联系点制度」」, 「整改中 → 已整改，理由：…」).
 *
 * @param at     when, UTC, to the second ({@code 2009-03-02 10:15:00})
 * @param action what was done, in words (确认链接, 否定链接, 撤销, 改定状态, 取消改定)
 */
public record HistoryEvent(String at, String who, String action, String before, String after) {
}
