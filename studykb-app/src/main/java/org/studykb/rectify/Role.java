package org.studykb.rectify;

/** What a document is to rectification tracing: where problems are raised, answered or reported. */
enum Role {
    /** 意见建议汇总, 座谈会记录, 分析检查报告, 对照检查材料 …: problems are raised here. */
    SOURCE,
    /** 整改方案: measures written as prose items. */
    PLAN,
    /** 整改台账: measures as table rows, often with their progress. */
    LEDGER,
    /** 整改报告, 总结报告, 回头看: outcomes. */
    REPORT,
    /** 建章立制: rules made to answer problems. */
    RULE,
    NONE
}
