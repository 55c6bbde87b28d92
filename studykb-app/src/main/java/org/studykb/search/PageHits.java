package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;

/**
 * A page of search hits: each document's stored values and best passages, whose matched sentences are its snippets
 * too; only a document with no matched passage (found by its title, say) has its own body highlighted.
 */
final class PageHits {
    private static final Set<String> STORED_FOR_HIT = Set.of(Fields.ID, Fields.TITLE, Fields.TYPE, Fields.PHASE,
            Fields.CAMPAIGN, Fields.DATE, Fields.UNIT, Fields.AUTHOR, Fields.DOC_NUMBER);

    private final IndexAnalyzers analyzers;
    private final BuildQuery queries;
    private final PassageEvidence passages;

    PageHits(IndexAnalyzers analyzers, BuildQuery queries, PassageEvidence passages) {
        this.analyzers = analyzers;
        this.queries = queries;
        this.passages = passages;
    }

    /** The hits of {@code page}, in its order. */
    List<SearchHit> of(IndexSearcher searcher, ParsedQuery parsed, ScoreDoc[] page, PinyinTerms spellings,
                       Viewer viewer) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        Query highlightQuery = queries.highlight(parsed, spellings);
        Snippets snippets = new Snippets(searcher, analyzers);
        var stored = searcher.storedFields();
        List<String> ids = new ArrayList<>(page.length);
        List<Document> docs = new ArrayList<>(page.length);
        for (ScoreDoc sd : page) {
            Document d = stored.document(sd.doc, STORED_FOR_HIT);
            docs.add(d);
            ids.add(d.get(Fields.ID));
        }
        Map<String, PagePassages.Found> found = passages(searcher, parsed, highlightQuery, page, ids, snippets,
                spellings, viewer);
        List<ScoreDoc> unmatched = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            if (found.getOrDefault(ids.get(i), PagePassages.Found.NONE).snippets().isEmpty()) {
                unmatched.add(page[i]);
            }
        }
        List<List<String>> bodySnippets = snippets.of(highlightQuery, unmatched.toArray(new ScoreDoc[0]),
                SearchService.SNIPPETS);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0, u = 0; i < page.length; i++) {
            Document d = docs.get(i);
            PagePassages.Found f = found.getOrDefault(ids.get(i), PagePassages.Found.NONE);
            List<String> docSnippets = f.snippets().isEmpty() ? bodySnippets.get(u++) : f.snippets();
            float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
            hits.add(new SearchHit(d.get(Fields.ID), score, d.get(Fields.TITLE), d.get(Fields.TYPE),
                    d.get(Fields.PHASE), d.get(Fields.CAMPAIGN), d.get(Fields.DATE),
                    Fields.by(d.get(Fields.UNIT), d.get(Fields.AUTHOR)), d.get(Fields.DOC_NUMBER), docSnippets,
                    f.passages(), List.of()));
        }
        return hits;
    }

    /** The best passages of each document on the page, searched as passages with the same query. */
    private Map<String, PagePassages.Found> passages(IndexSearcher searcher, ParsedQuery parsed,
                                                     Query highlightQuery, ScoreDoc[] page, List<String> ids,
                                                     Snippets snippets, PinyinTerms spellings,
                                                     Viewer viewer) throws IOException {
        if (parsed.groups().isEmpty()) {
            return Map.of();
        }
        List<PagePassages.Candidate> kept = PagePassages.best(passages.searcher(searcher),
                passages.query(parsed, ids, spellings, viewer), page, SearchService.PASSAGES_PER_HIT);
        return PagePassages.highlight(searcher, snippets, highlightQuery, kept, SearchService.SNIPPETS);
    }
}
