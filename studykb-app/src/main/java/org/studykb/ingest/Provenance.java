package org.studykb.ingest;

/**
 * Where an inferred value came from, so a person can see why it was set.
 *
 * @param source   the kind of evidence: {@code metadata}, {@code heading}, {@code first-line}, {@code signature}
 *                 (the 落款 at the end), {@code text}, {@code as-of} (a table's 截至 date in its title), {@code table}
 *                 (the latest date a ledger's rows report), {@code rule}, {@code date-range}, {@code type-phase},
 *                 {@code filename}, {@code manual}, {@code none}
 * @param rule     the rule's name when a rule set it (or the campaign whose mapping or range applied), otherwise empty
 * @param evidence the text that matched, shortened for display; a rule match ends with {@code " @title"},
 *                 {@code " @body"} or {@code " @filename"}: where it matched
 */
public record Provenance(String source, String rule, String evidence) {

    /** Every kind of evidence the ingest code sets; pages turn each into a sentence (library.ReasonSentences). */
    public static final java.util.List<String> SOURCES = java.util.List.of("metadata", "heading", "first-line",
            "signature", "text", "as-of", "table", "rule", "date-range", "type-phase", "filename", "manual", "none");

    private static final String AT = " @";

    /** A provenance with evidence or a rule names one of {@link #SOURCES}; a bare line is one read back. */
    public Provenance {
        if ((!rule.isEmpty() || !evidence.isEmpty()) && !SOURCES.contains(source)) {
            throw new IllegalArgumentException("unknown provenance source: " + source
                    + " (add it to Provenance.SOURCES and give it a sentence in library.ReasonSentences)");
        }
    }

    public static Provenance none() {
        return new Provenance("none", "", "");
    }

    /**
     * A provenance read back from the index, where only its {@link #describe()} line was kept: it describes itself
     * with that line, unchanged.
     */
    public static Provenance described(String line) {
        return new Provenance(line, "", "");
    }

    /** A rule that matched {@code text} in {@code place} (title, body or filename). */
    public static Provenance ruleMatch(String rule, String text, String place) {
        return new Provenance("rule", rule, shorten(text) + AT + place);
    }

    /** The matched text without the place, for display. */
    public String matchedText() {
        int at = evidence.lastIndexOf(AT);
        return "rule".equals(source) && at >= 0 ? evidence.substring(0, at) : evidence;
    }

    /** Where a rule matched (title, body, filename), or empty. */
    public String place() {
        int at = evidence.lastIndexOf(AT);
        return "rule".equals(source) && at >= 0 ? evidence.substring(at + AT.length()) : "";
    }

    /** One line for people: {@code rule 对照检查材料 matched 「对照检查」 in title}. */
    public String describe() {
        String text = matchedText();
        if ("rule".equals(source) && !place().isEmpty()) {
            return "rule " + rule + " matched 「" + text + "」 in " + place();
        }
        String head = rule.isEmpty() ? source : source + " " + rule;
        return text.isEmpty() ? head : head + " 「" + text + "」";
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 60 ? oneLine.substring(0, 59) + "…" : oneLine;
    }
}
