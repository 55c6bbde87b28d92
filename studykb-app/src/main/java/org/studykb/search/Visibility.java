package org.studykb.search;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;

/**
 * A {@link Viewer} as a Lucene filter over the role terms of {@link Fields#ACCESS}: every record but the 内部
 * records none of whose roles the viewer has. Every search of a person goes through {@link #restrict}.
 */
public final class Visibility {
    private Visibility() {
    }

    /** The records this viewer may see; null when they see everything. */
    public static Query filter(Viewer viewer) {
        if (viewer.seesAll()) {
            return null;
        }
        BooleanQuery.Builder hidden = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ACCESS, Fields.ACCESS_INTERNAL)), Occur.FILTER);
        if (!viewer.roles().isEmpty()) {
            List<BytesRef> mine = viewer.roles().stream().map(r -> new BytesRef(r.name())).toList();
            hidden.add(new TermInSetQuery(Fields.ACCESS, mine), Occur.MUST_NOT);
        }
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(hidden.build(), Occur.MUST_NOT).build();
    }

    /** The query restricted to what the viewer may see; scores are those of {@code query}. */
    public static Query restrict(Viewer viewer, Query query) {
        Query filter = filter(viewer);
        if (filter == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }
}
