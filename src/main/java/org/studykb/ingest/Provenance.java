package org.studykb.ingest;

/**
 * Where an inferred value came from, so a person can see why it was set.
 *
 * @param source   the kind of evidence: {@code metadata}, {@code heading}, {@code first-line},
 *                 {@code rule}, {@code date-range}, {@code type-phase}, {@code filename}, {@code manual}, {@code none}
 * @param rule     the rule's name when a rule set it, otherwise empty
 * @param evidence the text that matched, shortened for display
 */
public record Provenance(String source, String rule, String evidence) {

    public static Provenance none() {
        return new Provenance("none", "", "");
    }

    /** One line for people: {@code rule 对照检查材料 matched 「对照检查」 in title}. */
    public String describe() {
        if (rule.isEmpty()) {
            return evidence.isEmpty() ? source : source + " 「" + evidence + "」";
        }
        return source + " " + rule + (evidence.isEmpty() ? "" : " 「" + evidence + "」");
    }
}
