package org.studykb.search;

import java.util.List;
import java.util.Map;

/**
 * A user's query as we understood it.
 *
 * @param groups   clauses that must each match; the alternatives of one group are joined by OR
 * @param excluded texts whose documents are left out ({@code -词})
 * @param filters  field filters ({@code type:党课讲稿}); values of one field are alternatives
 * @param notices  what we changed or ignored, in words for the user
 */
public record ParsedQuery(List<List<Clause>> groups, List<Clause> excluded, Map<String, List<String>> filters,
                          List<String> notices) {

    /** A piece of the query: free words, an exact phrase, or words that must be in the title. */
    public record Clause(String text, boolean phrase, boolean titleOnly) {
    }

    /** A group as the user typed it: its alternatives joined by OR, a phrase in quotes (未找到：…). */
    public static String label(List<Clause> group) {
        List<String> parts = new java.util.ArrayList<>();
        for (Clause c : group) {
            parts.add(c.phrase() ? "\"" + c.text() + "\"" : c.text());
        }
        return String.join(" OR ", parts);
    }

    public boolean isEmpty() {
        return groups.isEmpty() && filters.isEmpty();
    }

    /** The query written back in our syntax, to show what was searched. */
    public String interpreted() {
        StringBuilder sb = new StringBuilder();
        for (List<Clause> group : groups) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            for (int i = 0; i < group.size(); i++) {
                if (i > 0) {
                    sb.append(" OR ");
                }
                sb.append(render(group.get(i)));
            }
        }
        for (Clause c : excluded) {
            sb.append(sb.length() > 0 ? " -" : "-").append(render(c));
        }
        filters.forEach((field, values) -> values.forEach(v -> sb.append(sb.length() > 0 ? " " : "")
                .append(field).append(':').append(v.contains(" ") ? "\"" + v + "\"" : v)));
        return sb.toString();
    }

    private static String render(Clause c) {
        String body = c.phrase() ? "\"" + c.text() + "\"" : c.text();
        return c.titleOnly() ? "title:" + body : body;
    }
}
