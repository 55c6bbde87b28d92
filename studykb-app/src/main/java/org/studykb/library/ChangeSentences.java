package org.studykb.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.studykb.access.Role;
import org.studykb.index.Fields;
import org.studykb.store.ManualValuesStore;

/**
 * A change of a document's values as a sentence for pages: 张三 把阶段从「学习调研」改为「分析检查」，标签加上「作风」.
 * It reads the audit trail's lines ({@code phase=学习调研；tag=a、b}), which the JSON API keeps as they are.
 */
public final class ChangeSentences {
    private static final Map<String, String> NAMES = Map.of(Fields.TYPE, "类型", Fields.PHASE, "阶段",
            Fields.CAMPAIGN, "活动", Fields.ACCESS, "可见范围");

    private ChangeSentences() {
    }

    /** What changed between two audit lines, without the actor: 把阶段从「学习调研」改为「分析检查」，标签加上「作风」. */
    public static String of(String before, String after) {
        Map<String, String> was = ManualValuesStore.fieldsOf(before);
        Map<String, String> now = ManualValuesStore.fieldsOf(after);
        List<String> parts = new ArrayList<>();
        for (String field : List.of(Fields.TYPE, Fields.PHASE, Fields.CAMPAIGN, Fields.ACCESS)) {
            String a = was.getOrDefault(field, "");
            String b = now.getOrDefault(field, "");
            if (a.equals(b)) {
                continue;
            }
            String name = NAMES.get(field);
            boolean access = field.equals(Fields.ACCESS);
            String from = access ? roles(a) : a;
            String to = access ? roles(b) : b;
            if (a.isEmpty()) {
                parts.add("把" + name + "设为「" + to + "」");
            } else if (b.isEmpty()) {
                parts.add("去掉" + name + "的人工设定「" + from + "」" + (access ? "（恢复按规则判断）" : "（恢复自动推断）"));
            } else {
                parts.add("把" + name + "从「" + from + "」改为「" + to + "」");
            }
        }
        List<String> tagsBefore = tags(was.get(ManualValuesStore.TAG));
        List<String> tagsAfter = tags(now.get(ManualValuesStore.TAG));
        List<String> added = tagsAfter.stream().filter(t -> !tagsBefore.contains(t)).toList();
        List<String> removed = tagsBefore.stream().filter(t -> !tagsAfter.contains(t)).toList();
        if (!added.isEmpty()) {
            parts.add("标签加上" + quoted(added));
        }
        if (!removed.isEmpty()) {
            parts.add("标签去掉" + quoted(removed));
        }
        return parts.isEmpty() ? "未改动" : String.join("，", parts);
    }

    private static List<String> tags(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("、"));
    }

    /** LEADER,ADMIN → 领导、管理员; a name no role has stays as it is. */
    static String roles(String names) {
        if (names.isEmpty()) {
            return "公开";
        }
        List<String> labels = new ArrayList<>();
        for (String n : names.split(",")) {
            labels.add(Arrays.stream(Role.values()).filter(r -> r.name().equals(n.strip())).findFirst()
                    .map(Role::label).orElse(n.strip()));
        }
        return String.join("、", labels);
    }

    private static String quoted(List<String> values) {
        return String.join("、", values.stream().map(v -> "「" + v + "」").toList());
    }
}
