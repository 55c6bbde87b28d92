package org.studykb.rectify;

import java.util.List;

/**
 * One problem of the ledger with its whole chain. The first seven fields are the {@code problems --json}
 * contract of DESIGN.md; the others are for the pages and the export.
 *
 * @param id             stable id (hash of the representative wording and its document)
 * @param source         where the representative wording was raised
 * @param status         未整改, 整改中, 已整改, 已销号 or 超期 (a leader's override when there is one)
 * @param sources        every place the problem was raised
 * @param open           未闭环: no confirmed or suggested measure
 * @param overdue        a deadline passed before "today" without an outcome that completes it
 * @param ruleStatus     the status the rules give, whatever the override
 * @param relapseOf      反弹回潮: the id of the earlier problem it repeats, after that one was rectified; empty when none
 */
public record Problem(String id, String text, String category, String campaign, SourceRef source, String status,
                      List<Link> links, List<Raising> sources, String firstRaised, boolean open, boolean overdue,
                      String leader, String unit, String deadline, String result, String ruleStatus,
                      String overrideBy, String overrideAt, String overrideReason, String relapseOf,
                      String relapseText, String today) {

    /** The links of one kind that are not rejected, best first. */
    public List<Link> linksOf(String kind) {
        return links.stream().filter(l -> l.kind().equals(kind) && !l.rejected()).toList();
    }

    public boolean overridden() {
        return !overrideBy.isEmpty();
    }
}
