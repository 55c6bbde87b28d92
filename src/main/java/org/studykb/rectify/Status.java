package org.studykb.rectify;

/** The state of a problem in the ledger. */
public enum Status {
    /** No confirmed or suggested measure: 未闭环. */
    未整改,
    整改中,
    已整改,
    已销号,
    /** A deadline has passed without an outcome that completes the problem. */
    超期;

    /** 未闭环: nothing answers the problem yet. */
    public boolean open() {
        return this == 未整改;
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
