package org.studykb.web;

import java.util.Map;

/** Chinese names of the fields, for pages. */
public final class Labels {
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "标题"), Map.entry("type", "类型"), Map.entry("phase", "阶段"),
            Map.entry("campaign", "活动"), Map.entry("year", "年份"), Map.entry("unit", "单位"), Map.entry("author", "作者"),
            Map.entry("tag", "标签"), Map.entry("date", "日期"), Map.entry("docno", "文号"),
            Map.entry("keyword", "关键词"), Map.entry("summary", "摘要"));

    /** What each permission lets a user do, as the pages and the 403 messages name it. */
    static final Map<org.studykb.access.Permission, String> PERMISSIONS = Map.of(
            org.studykb.access.Permission.SEARCH, "检索",
            org.studykb.access.Permission.READ, "阅读",
            org.studykb.access.Permission.CITE, "引用",
            org.studykb.access.Permission.UPLOAD, "上传",
            org.studykb.access.Permission.TAG, "设置标签",
            org.studykb.access.Permission.EDIT_METADATA, "修改文档信息",
            org.studykb.access.Permission.CONFIRM_LINKS, "确认整改关联",
            org.studykb.access.Permission.SET_STATUS, "设置问题状态",
            org.studykb.access.Permission.MANAGE_USERS, "管理用户");

    /** The audit trail's actions in Chinese. */
    public static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("EDIT_METADATA", "修改文档信息"), Map.entry("EDIT_TAGS", "设置标签"),
            Map.entry("EDIT_ACCESS", "设置内部范围"),
            Map.entry("ACCESS_REFUSED", "放宽内部范围未获准"),
            Map.entry("UPLOAD", "上传"), Map.entry("CONFIRM_LINK", "确认整改关联"),
            Map.entry("REJECT_LINK", "否定整改关联"), Map.entry("UNDO_LINK", "撤销关联决定"),
            Map.entry("OVERRIDE_STATUS", "改定问题状态"), Map.entry("CLEAR_STATUS", "取消状态改定"),
            Map.entry("LOGIN_FAILED", "登录失败"), Map.entry("USER_CREATED", "新建用户"),
            Map.entry("USER_ROLES", "修改角色"), Map.entry("USER_PASSWORD", "修改密码"),
            Map.entry("USER_ENABLED", "启用或停用用户"), Map.entry("TOKEN_CREATED", "生成接口令牌"),
            Map.entry("TOKEN_REVOKED", "撤销接口令牌"), Map.entry("FOLDER_CREATED", "新建备课夹"),
            Map.entry("FOLDER_RENAMED", "重命名备课夹"),
            Map.entry("FOLDER_DELETED", "删除备课夹"), Map.entry("FOLDER_ITEM_ADDED", "加入备课夹"),
            Map.entry("FOLDER_ITEM_MOVED", "调整备课夹顺序"), Map.entry("FOLDER_ITEM_NOTE", "修改备课夹批注"),
            Map.entry("FOLDER_ITEM_REMOVED", "移出备课夹"), Map.entry("SEARCH_SAVED", "保存检索"),
            Map.entry("SEARCH_DELETED", "删除保存的检索"),
            Map.entry("RETRY_INDEX", "重试索引"));

    private Labels() {
    }

    static String action(String name) {
        return ACTIONS.getOrDefault(name, name);
    }

    public static String permission(org.studykb.access.Permission p) {
        return PERMISSIONS.get(p);
    }
}
