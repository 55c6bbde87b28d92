package org.studykb.web;

import java.util.Map;

/** Chinese names of the fields, for pages. */
final class Labels {
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "标题"), Map.entry("type", "类型"), Map.entry("phase", "阶段"),
            Map.entry("campaign", "活动"), Map.entry("year", "年份"), Map.entry("unit", "单位"),
            Map.entry("tag", "标签"), Map.entry("date", "日期"), Map.entry("docno", "文号"));

    private Labels() {
    }
}
