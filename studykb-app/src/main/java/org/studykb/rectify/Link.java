package org.studykb.rectify;

/**
 * A measure, outcome or rule linked to a problem. The first five fields are the {@code problems --json}
 * contract; the others are for the pages and the export.
 *
 * @param kind      measure, outcome or rule
 * @param score     0 … 1: 1 for a ledger row or plan item that names the problem, else the search score
 * @param state     suggested, confirmed or rejected
 * @param key       stable id of the measure or outcome, for confirming and rejecting
 * @param direct    true when the plan or ledger states this problem itself
 * @param result    for outcomes: 已完成, 已销号, 持续推进, 未完成
 * @param deadline  for measures: the deadline as parsed (2009-01-31, 立即整改（…前）, 长期坚持)
 */
public record Link(String path, String text, String kind, double score, String state, int passage, String key,
                   String title, String date, boolean direct, String result, String leader, String unit,
                   String deadline, String decidedBy, String decidedAt, String reason) {

    public static final String SUGGESTED = "suggested";
    public static final String CONFIRMED = "confirmed";
    public static final String REJECTED = "rejected";

    boolean confirmed() {
        return CONFIRMED.equals(state);
    }

    boolean rejected() {
        return REJECTED.equals(state);
    }

    boolean is(LinkKind k) {
        return k.word().equals(kind);
    }
}
