package org.studykb.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of issue 6, each granting what the one before it grants and more: 党员 search, read and cite;
 * 撰写 also upload, tag and edit metadata; 领导 also confirm links and set problem statuses; 管理员 also
 * manage users and read the audit trail.
 */
public enum Role {
    MEMBER("党员", EnumSet.of(Permission.SEARCH, Permission.READ, Permission.CITE)),
    WRITER("撰写", EnumSet.of(Permission.UPLOAD, Permission.TAG, Permission.EDIT_METADATA)),
    LEADER("领导", EnumSet.of(Permission.CONFIRM_LINKS, Permission.SET_STATUS)),
    ADMIN("管理员", EnumSet.of(Permission.MANAGE_USERS));

    private final String label;
    private final Set<Permission> added;

    Role(String label, Set<Permission> added) {
        this.label = label;
        this.added = added;
    }

    public String label() {
        return label;
    }

    /** Everything this role may do, including what the lower roles may do. */
    public Set<Permission> permissions() {
        EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
        for (Role r : values()) {
            all.addAll(r.added);
            if (r == this) {
                break;
            }
        }
        return all;
    }

    /** A role by its name (MEMBER) or its label (党员), for command lines and forms. */
    public static Role parse(String s) {
        String t = s == null ? "" : s.strip();
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(t) || r.label.equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("没有这个角色：" + s + "（可选：党员、撰写、领导、管理员）");
    }

    public boolean allows(Permission p) {
        return permissions().contains(p);
    }
}
