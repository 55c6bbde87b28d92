package org.studykb.rectify;

import java.util.List;

/**
 * One problem of the ledger with its whole chain. The first seven fields are the {@code problems --json}
 * contract of docs/architecture.md; the others are for the pages and the export.
 *
 * @param id             stable id (hash of the representative wording and its document)
 * @param source         where the representative wording was raised
 * @param status         未整改, 整改中, 已整改, 已销号 or 超期 (a leader's override when there is one)
 * @param sources        every place the problem was raised
 * @param open           未闭环: the status (after any override) is neither 已整改 nor 已销号
 * @param overdue        超期: the status (after any override) is 超期, a deadline passed before "today" without an
 *                       outcome that completes it
 * @param ruleStatus     the status the rules give, whatever the override
 * @param relapseOf      反弹回潮: the id of the earlier problem it repeats, after that one was rectified; empty when none
 * @param reviewFailed   回头看未通过: the 回头看's findings that re-opened it after it was declared rectified, latest
 *                       first; empty when none
 */
public record Problem(String id, String text, String category, String campaign, SourceRef source, String status,
                      List<Link> links, List<Raising> sources, String firstRaised, boolean open, boolean overdue,
                      String leader, String unit, String deadline, String result, String ruleStatus,
                      String overrideBy, String overrideAt, String overrideReason, String relapseOf,
                      String relapseText, String today, List<ReviewFinding> reviewFailed) {

    public Problem {
        reviewFailed = List.copyOf(reviewFailed);
    }

    /** The same problem marked 反弹回潮 of the earlier problem {@code of} (empty: not marked). */
    Problem withRelapse(String of, String ofText) {
        return new Problem(id, text, category, campaign, source, status, links, sources, firstRaised, open, overdue,
                leader, unit, deadline, result, ruleStatus, overrideBy, overrideAt, overrideReason, of, ofText, today,
                reviewFailed);
    }

    /** 回头看未通过: a 回头看 found it undone after it was declared rectified. */
    public boolean reopened() {
        return !reviewFailed.isEmpty();
    }

    /** The links of one kind that are not rejected, best first. */
    public List<Link> linksOf(String kind) {
        return links.stream().filter(l -> l.kind().equals(kind) && !l.rejected()).toList();
    }

    /**
     * 即将超期: still 未闭环 and not yet 超期, with a dated deadline from {@code today} to {@code days} days after
     * it (立即整改（2009-02-15前） counts by its date; 长期坚持 and an undated deadline never do).
     */
    public boolean dueWithin(int days) {
        if (!open || overdue || days < 0) {
            return false;
        }
        java.util.regex.Matcher m = DATE.matcher(deadline);
        if (!m.find() || today.isBlank()) {
            return false;
        }
        try {
            java.time.LocalDate due = java.time.LocalDate.parse(m.group());
            java.time.LocalDate day = java.time.LocalDate.parse(today);
            return !due.isBefore(day) && !due.isAfter(day.plusDays(days));
        } catch (java.time.format.DateTimeParseException e) {
            return false; // 2009-02-30 and the like: not a day, so never due
        }
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public boolean overridden() {
        return !overrideBy.isEmpty();
    }

    /**
     * Why the problem has its status, in the words shown beside it: from the status (a leader's override when
     * there is one) and the measures, rules and outcomes it rests on, so it never says 超期 of a problem set to
     * 整改中, nor 整改中 with nothing to show for it.
     */
    public String explanation() {
        Status s = Status.parse(status);
        String closed = s.open() ? "未闭环：" : "已闭环：";
        boolean measures = !linksOf(LinkKind.MEASURE.word()).isEmpty();
        boolean rules = !linksOf(LinkKind.RULE.word()).isEmpty();
        boolean outcomes = !linksOf(LinkKind.OUTCOME.word()).isEmpty();
        String byOverride = overridden() && !status.equals(ruleStatus) ? "领导改定为" + status + "；" : "";
        String found = measures ? "" : rules ? "没有找到整改措施，已有建章立制" : outcomes ? "没有找到整改措施，已有整改成效"
                : "没有找到整改措施";
        String why = switch (s) {
            case 未整改 -> measures ? "整改措施尚未落实" : "没有找到整改措施";
            case 整改中 -> (found.isEmpty() ? "已有整改措施" : found) + "，尚未见到完成的整改成效";
            case 超期 -> "完成时限已过，未见完成的整改成效" + (found.isEmpty() ? "" : "（" + found + "）");
            case 已整改 -> outcomes ? "整改成效显示已完成" : "已整改";
            case 已销号 -> outcomes ? "整改成效显示已销号" : "已销号";
        };
        String review = reopened() ? "回头看未通过（" + reviewFailed.get(0).title() + "）；" : "";
        return closed + byOverride + review + why;
    }
}
