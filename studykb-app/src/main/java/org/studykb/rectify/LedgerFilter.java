package org.studykb.rectify;

/**
 * What the ledger page asks for; an empty value means any.
 *
 * @param overdue only problems past their deadline
 * @param open    only 未闭环 problems (neither 已整改 nor 已销号)
 * @param leader  only problems whose 责任领导 names this person
 * @param dueDays 即将超期: only problems {@link Problem#dueWithin due within} this many days; negative means any
 */
public record LedgerFilter(String campaign, String category, String status, String unit, boolean overdue,
                           boolean open, String leader, int dueDays) {

    public static final LedgerFilter ALL = new LedgerFilter("", "", "", "", false, false);

    public LedgerFilter {
        campaign = campaign == null ? "" : campaign.strip();
        category = category == null ? "" : category.strip();
        status = status == null ? "" : status.strip();
        unit = unit == null ? "" : unit.strip();
        leader = leader == null ? "" : leader.strip();
    }

    public LedgerFilter(String campaign, String category, String status, String unit, boolean overdue,
                        boolean open) {
        this(campaign, category, status, unit, overdue, open, "", -1);
    }

    /** The same filter with another status (empty: any). */
    public LedgerFilter withStatus(String s) {
        return new LedgerFilter(campaign, category, s, unit, overdue, open, leader, dueDays);
    }

    boolean matches(Problem p) {
        return (campaign.isEmpty() || campaign.equals(p.campaign()))
                && (category.isEmpty() || category.equals(p.category()))
                && (status.isEmpty() || status.equals(p.status()))
                && (unit.isEmpty() || p.unit().contains(unit))
                && (leader.isEmpty() || Ledger.people(p.leader()).contains(leader))
                && (!overdue || p.overdue())
                && (!open || p.open())
                && (dueDays < 0 || p.dueWithin(dueDays));
    }
}
