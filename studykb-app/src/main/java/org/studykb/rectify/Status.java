package org.studykb.rectify;

/** The state of a problem in the ledger. */
public enum Status {
    /** No confirmed or suggested measure (nor rule, nor confirmed outcome). */
    未整改,
    整改中,
    已整改,
    已销号,
    /** A deadline has passed without an outcome that completes the problem. */
    超期;

    /** 未闭环: not yet closed, that is neither 已整改 nor 已销号 (so 未整改, 整改中 and 超期). */
    public boolean open() {
        return this != 已整改 && this != 已销号;
    }

    /** 超期: the deadline passed without an outcome that completes the problem. */
    public boolean overdue() {
        return this == 超期;
    }

    static Status parse(String s) {
        for (Status v : values()) {
            if (v.name().equals(s.strip())) {
                return v;
            }
        }
        throw new IllegalArgumentException("未知的状态：" + s + "（可选：未整改、整改中、已整改、已销号、超期）");
    }
}
