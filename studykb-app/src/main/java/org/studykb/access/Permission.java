package org.studykb.access;

/** What a user may do; roles grant permissions ({@link Role}). */
public enum Permission {
    /** 检索 */
    SEARCH,
    /** 阅读文档、下载原文件 */
    READ,
    /** 引用、导出引文 */
    CITE,
    /** 上传文件 */
    UPLOAD,
    /** 设置标签 */
    TAG,
    /** 修改类型、阶段、活动 */
    EDIT_METADATA,
    /** 确认或否定问题与整改措施的关联 */
    CONFIRM_LINKS,
    /** 设置问题状态 */
    SET_STATUS,
    /** 管理用户和角色、查看审计记录 */
    MANAGE_USERS
}
