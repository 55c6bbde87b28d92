package org.studykb.access;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is searching, as far as 内部 documents go: the roles whose documents this person may see. The roles are a
 * ladder ({@link Role}): a person sees what is allowed to any of their roles or to a role below them, so a
 * 领导 sees a document marked for 撰写. {@link Role#ADMIN} and the {@link #OPERATOR} (the CLI, run by whoever
 * owns the files) see everything. Every search of a person is restricted by it inside its query
 * ({@code search.Visibility}), so hits, totals, facet counts and suggestions agree.
 */
public final class Viewer {
    /** The operator of the command line, who owns the files: sees everything. */
    public static final Viewer OPERATOR = new Viewer(EnumSet.allOf(Role.class), true);

    private final Set<Role> roles;
    private final boolean all;

    private Viewer(Set<Role> roles, boolean all) {
        this.roles = roles;
        this.all = all;
    }

    /** A person with these roles; no roles sees only public documents. */
    public static Viewer of(Collection<Role> roles) {
        EnumSet<Role> ladder = EnumSet.noneOf(Role.class);
        for (Role r : roles) {
            for (Role below : Role.values()) {
                if (below.ordinal() <= r.ordinal()) {
                    ladder.add(below);
                }
            }
        }
        return new Viewer(ladder, ladder.contains(Role.ADMIN));
    }

    /** True for the operator and administrators, whose searches need no filter. */
    public boolean seesAll() {
        return all;
    }

    /**
     * Where this person stands on the ladder: 0 without roles (public records only), 1 + the ordinal of their
     * highest role otherwise, the top for the operator and administrators. A record whose lowest allowed role has
     * ordinal {@code o} is visible from rank {@code o + 1} on.
     */
    public int rank() {
        if (all) {
            return Role.values().length;
        }
        return roles.stream().mapToInt(r -> r.ordinal() + 1).max().orElse(0);
    }

    /** Whether a document with these allowed roles (none: public) is visible. */
    public boolean sees(Collection<String> allowed) {
        return all || allowed.isEmpty() || allowed.stream().anyMatch(a -> roles.stream().anyMatch(r -> r.name().equals(a)));
    }

    /** The roles whose 内部 records this person may see (their own and those below); empty for none. */
    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    @Override
    public String toString() {
        return all ? "Viewer[all]" : "Viewer" + roles;
    }
}
