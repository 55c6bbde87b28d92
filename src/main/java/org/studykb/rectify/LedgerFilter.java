package org.studykb.rectify;

/**
 * What the ledger page asks for; an empty value means any.
 *
 * @param overdue only problems past their deadline
 * @param open    only 未闭环 problems (neither 已整改 nor 已销号)
 */
public record LedgerFilter(String campaign, String category, String status, String unit, boolean overdue,
                           boolean open) {

    public static final LedgerFilter ALL = new LedgerFilter("", "", "", "", false, false);

    public LedgerFilter {
        campaign = campaign == null ? "" : campaign.strip();
        category = category == null ? "" : category.strip();
        status = status == null ? "" : status.strip();
        unit = unit == null ? "" : unit.strip();
    }

    boolean matches(Problem p) {
        return (campaign.isEmpty() || campaign.equals(p.campaign()))
                && (category.isEmpty() || category.equals(p.category()))
                && (status.isEmpty() || status.equals(p.status()))
                && (unit.isEmpty() || p.unit().contains(unit))
                && (!overdue || p.overdue())
                && (!open || p.open());
    }
}
