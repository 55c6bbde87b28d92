package org.studykb.library;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.studykb.access.Viewer;
import org.studykb.store.ManualEdit;
import org.studykb.access.Role;

/**
 * The roles a person ticks to make a document 内部, as the form and the API send them ({@code LEADER} or
 * {@code 领导}), and the check that they do not lock themselves out.
 */
public final class AccessRoles {
    /** The roles offered on the form: {@link Role#ADMIN} is always allowed, so it is not offered. */
    public static final List<Role> OFFERED = List.of(Role.MEMBER, Role.WRITER, Role.LEADER);

    private AccessRoles() {
    }

    /** Role names or labels; blanks are ignored; an unknown one is refused with a message. */
    public static Set<Role> parse(Collection<String> sent) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String s : sent) {
            if (s == null || s.isBlank()) {
                continue;
            }
            String v = s.strip();
            roles.add(java.util.Arrays.stream(Role.values())
                    .filter(r -> r.name().equalsIgnoreCase(v) || r.label().equals(v)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("没有这个角色：" + v)));
        }
        return roles;
    }

    /** True when the roles ticked mean the access a document has now (ADMIN is implied either way). */
    static boolean same(Set<Role> ticked, List<String> current) {
        return ManualEdit.accessValue(withAdmin(ticked)).equals(
                ManualEdit.accessValue(withAdmin(ManualEdit.accessRoles(current))));
    }

    /** Refuses an edit after which the editor could no longer see the document. */
    static void checkNotLockedOut(ManualEdit edit, Viewer editor) {
        if (edit.access() == null || edit.access().isEmpty()) {
            return;
        }
        List<String> names = edit.access().stream().map(Role::name).toList();
        if (!editor.sees(names)) {
            throw new IllegalArgumentException("内部文档的可见角色应包括您自己的角色，否则保存后您将无法再看到它");
        }
    }

    private static Set<Role> withAdmin(Set<Role> roles) {
        EnumSet<Role> out = EnumSet.noneOf(Role.class);
        out.addAll(roles);
        if (!out.isEmpty()) {
            out.add(Role.ADMIN);
        }
        return out;
    }
}
