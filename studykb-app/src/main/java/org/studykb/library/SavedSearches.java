package org.studykb.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.studykb.access.Viewer;
import org.studykb.search.SearchBackend.Ranking;
import org.studykb.search.SearchBackend;
import org.studykb.store.SavedSearchRecords;
import org.studykb.store.SavedSearchRecords.Saved;

/**
 * 保存的检索: a user keeps a search (words and filters, in the search box's syntax) and the home page says how many
 * of its results are new since the last visit — documents among its first {@value #TRACKED} results that were not
 * among them when the user last opened it (added since, or newly visible to the user). Opening it moves the mark.
 */
public final class SavedSearches {
    /** How many results of each saved search are remembered and compared. */
    public static final int TRACKED = 100;
    public static final int MAX_SAVED = 50;
    public static final int MAX_QUERY = 500;
    public static final int MAX_NAME = 40;

    private final SavedSearchRecords records;
    private final SearchBackend search;

    public SavedSearches(SavedSearchRecords records, SearchBackend search) {
        this.records = records;
        this.search = search;
    }

    /**
     * A saved search as the home page lists it.
     *
     * @param total how many documents it finds now, as the viewer may see them
     * @param fresh how many of its first {@value #TRACKED} results are new since the last visit
     */
    public record Listed(Saved saved, long total, int fresh) {
    }

    /**
     * The user's saved searches with their counts now: every search ranked in one pass over one reader
     * ({@link SearchBackend#rankings}), its first {@value #TRACKED} ids compared with those seen at the last visit.
     */
    public List<Listed> list(String owner, Viewer viewer) throws IOException {
        List<Saved> mine = records.of(owner);
        if (mine.isEmpty()) {
            return List.of();
        }
        search.refresh();
        List<Ranking> now = search.rankings(mine.stream().map(Saved::query).toList(), viewer, TRACKED);
        List<Listed> out = new ArrayList<>(mine.size());
        for (int i = 0; i < mine.size(); i++) {
            Set<String> seen = records.seen(mine.get(i).id());
            int fresh = (int) now.get(i).ids().stream().filter(id -> !seen.contains(id)).count();
            out.add(new Listed(mine.get(i), now.get(i).total(), fresh));
        }
        return out;
    }

    /**
     * Saves the search {@code query} under {@code name} (the query itself when blank), its results now as seen.
     * Refused with a message when the query is empty or too long, the name too long, the search saved already,
     * or the user has {@value #MAX_SAVED} saved searches.
     */
    public Saved save(String owner, Viewer viewer, String query, String name) throws IOException {
        String q = Folders.text(query, MAX_QUERY, "检索式").replaceAll("\\s+", " ");
        if (q.isEmpty()) {
            throw new IllegalArgumentException("没有可保存的检索：请先输入检索词或选择筛选条件");
        }
        String n = Folders.text(name, MAX_NAME, "名称").replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            n = q.codePointCount(0, q.length()) <= MAX_NAME ? q : q.substring(0, q.offsetByCodePoints(0, MAX_NAME - 1)) + "…";
        }
        List<Saved> mine = records.of(owner);
        for (Saved s : mine) {
            if (s.query().equals(q)) {
                throw new IllegalArgumentException("这个检索已经保存过了（「" + s.name() + "」）");
            }
        }
        if (mine.size() >= MAX_SAVED) {
            throw new IllegalArgumentException("最多保存 " + MAX_SAVED + " 个检索，请先删除不用的");
        }
        search.refresh();
        long id = records.save(owner, n, q, found(q, viewer).ids());
        return records.get(id, owner).orElseThrow();
    }

    /** A visit: the search's query to run, its results now remembered as seen. */
    public String open(String owner, long id, Viewer viewer) throws IOException {
        Saved s = saved(id, owner);
        search.refresh();
        records.visited(s, found(s.query(), viewer).ids());
        return s.query();
    }

    public void delete(String owner, long id) {
        records.delete(saved(id, owner));
    }

    private Saved saved(long id, String owner) {
        return records.get(id, owner).orElseThrow(() -> new NotFound("没有找到这个保存的检索"));
    }

    private Ranking found(String query, Viewer viewer) throws IOException {
        return search.rankings(List.of(query), viewer, TRACKED).get(0);
    }
}
