package org.studykb.store;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.studykb.access.Role;

/**
 * A change a person makes to a document's type, phase, campaign, tags and who may see it. {@code null} leaves a
 * field as it is; a blank value removes the manual value (the inferred one shows again); an empty tag list
 * removes all tags; an empty set of roles makes the document public again, a non-empty one makes it 内部 for
 * those roles (and always {@link Role#ADMIN}). Values are checked here, so a bad one is refused with a message
 * before anything is written.
 */
public record ManualEdit(String type, String phase, String campaign, List<String> tags, Set<Role> access) {
    public static final int MAX_VALUE = 100;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 40;

    public ManualEdit {
        type = clean("类型", type, MAX_VALUE);
        phase = clean("阶段", phase, MAX_VALUE);
        campaign = clean("活动", campaign, MAX_VALUE);
        if (tags != null) {
            LinkedHashSet<String> unique = new LinkedHashSet<>();
            for (String t : tags) {
                String c = clean("标签", t, MAX_TAG);
                if (c != null && !c.isEmpty()) {
                    unique.add(c);
                }
            }
            if (unique.size() > MAX_TAGS) {
                throw new IllegalArgumentException("标签最多 " + MAX_TAGS + " 个");
            }
            tags = List.copyOf(unique);
        }
        if (access != null) {
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(access);
            if (!roles.isEmpty()) {
                roles.add(Role.ADMIN);
            }
            access = Set.copyOf(roles);
        }
    }

    /** Type, phase, campaign and tags; who may see the document is left as it is. */
    public ManualEdit(String type, String phase, String campaign, List<String> tags) {
        this(type, phase, campaign, tags, null);
    }

    /** Only who may see the document: no roles makes it public. */
    public static ManualEdit access(Set<Role> roles) {
        return new ManualEdit(null, null, null, null, roles == null ? Set.of() : roles);
    }

    /** The stored access value: role names in the order of {@link Role}, joined by commas; "" for public. */
    public static String accessValue(Set<Role> roles) {
        EnumSet<Role> ordered = EnumSet.noneOf(Role.class);
        ordered.addAll(roles);
        return ordered.stream().map(Role::name).collect(Collectors.joining(","));
    }

    /** The roles of a stored access value; unknown names are left out. */
    public static Set<Role> accessRoles(List<String> names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String n : names) {
            for (Role r : Role.values()) {
                if (r.name().equals(n)) {
                    roles.add(r);
                }
            }
        }
        return roles;
    }

    /** Only the tags. */
    public static ManualEdit tags(List<String> tags) {
        return new ManualEdit(null, null, null, tags == null ? List.of() : tags);
    }

    /** Tags typed in one box, separated by commas, 、, ；, or spaces. */
    public static List<String> splitTags(String typed) {
        List<String> out = new ArrayList<>();
        if (typed != null) {
            for (String t : typed.split("[,，、;；\\s]+")) {
                if (!t.isBlank()) {
                    out.add(t.strip());
                }
            }
        }
        return out;
    }

    private static String clean(String label, String value, int max) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new IllegalArgumentException(label + "不能含有控制字符");
        }
        if (v.length() > max) {
            throw new IllegalArgumentException(label + "最长 " + max + " 个字符");
        }
        return v;
    }
}
