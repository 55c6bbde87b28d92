package org.studykb.rectify;

/** What a link points to: a measure (整改措施), an outcome (整改成效) or a rule (建章立制). */
public enum LinkKind {
    MEASURE, OUTCOME, RULE;

    /** The word used in JSON and forms: measure, outcome, rule. */
    public String word() {
        return name().toLowerCase();
    }

    public String label() {
        return switch (this) {
            case MEASURE -> "整改措施";
            case OUTCOME -> "整改成效";
            case RULE -> "建章立制";
        };
    }
}
