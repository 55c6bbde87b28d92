package org.studykb.rectify;

/** What an outcome says was done (整改结果). */
public enum Result {
    已销号, 已完成, 持续推进, 未完成;

    boolean completes() {
        return this == 已销号 || this == 已完成;
    }
}
