package org.studykb.library;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.studykb.index.Fields;
import org.studykb.index.ManualValues;
import org.studykb.search.DocumentView;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualEdit;
import org.studykb.store.ManualValuesStore;
import org.studykb.access.Role;
import org.studykb.store.UserAccounts;

/**
 * Who may lower a 内部 mark, that is let lower roles see the document (or everyone, by removing it): the person who
 * set the mark, or someone whose highest role is above theirs, or an 管理员. A mark from {@code access.yml}, or one
 * set by someone who is no longer a user, counts as set by an 管理员. Setting a mark, raising it or keeping its level
 * is not lowering. A refused attempt is answered 403 and written to the audit trail.
 */
public final class AccessMarks {
    private final ManualValuesStore store;
    private final UserAccounts users;
    private final AuditLog audit;

    public AccessMarks(ManualValuesStore store, UserAccounts users, AuditLog audit) {
        this.store = store;
        this.users = users;
        this.audit = audit;
    }

    /** Refuses (and audits) an edit that lowers the document's mark when {@code editor} may not lower it. */
    void checkMayLower(DocumentView doc, ManualEdit edit, String editor, Set<Role> editorRoles) {
        if (edit.access() == null || level(edit.access().stream().map(Role::name).toList()) >= level(doc.access())) {
            return;
        }
        Optional<ManualValues.Manual> manual = store.of(doc.id()).single(Fields.ACCESS);
        String setter = manual.map(ManualValues.Manual::who).orElse(null);
        Optional<Role> setterAccount = setter == null ? Optional.empty()
                : users.find(setter).map(u -> highest(u.roles()));
        Role setterRole = setterAccount.orElse(Role.ADMIN);
        Role editorRole = highest(editorRoles);
        if (editorRole == Role.ADMIN || editor.equals(setter) || editorRole.ordinal() > setterRole.ordinal()) {
            return;
        }
        audit.record(editor, AuditLog.Action.ACCESS_REFUSED, doc.id(), "access=" + String.join(",", doc.access()),
                "access=" + ManualEdit.accessValue(edit.access()));
        String by = setter == null ? "内部文件夹规则（access.yml）"
                : setter + setterAccount.map(r -> "（" + r.label() + "）").orElse("");
        throw new Forbidden("这篇文档的内部标记由 " + by + " 设定；只有设定者、角色更高的人或管理员可以放宽或取消它"
                + (setterRole == Role.ADMIN ? "，这里即只有管理员" : ""));
    }

    /** The lowest role that sees a document with these allowed roles; -1 for a public one (none). */
    static int level(Collection<String> allowed) {
        return allowed.stream().mapToInt(name -> {
            for (Role r : Role.values()) {
                if (r.name().equals(name)) {
                    return r.ordinal();
                }
            }
            return Role.ADMIN.ordinal();
        }).min().orElse(-1);
    }

    private static Role highest(Set<Role> roles) {
        Role top = null;
        for (Role r : roles) {
            if (top == null || r.ordinal() > top.ordinal()) {
                top = r;
            }
        }
        return top == null ? Role.MEMBER : top;
    }
}
