package org.studykb.rectify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.studykb.index.ScratchIndex;
import org.studykb.ingest.Passage;

/**
 * Plain character-bigram BM25 over every passage of every document, in memory: the floor any linking
 * must beat (a problem's text as the query finds the passages that answer it), and the candidates that
 * linking re-ranks, so a measure written where no rule looked for one (an 对照检查材料's own 整改措施, a
 * notice of a special campaign) can still be found.
 */
final class PassageSearch implements AutoCloseable {
    private static final String TEXT = "t";
    private static final String DOC = "d";
    private static final String ORDINAL = "o";

    private final List<SourceDoc> docs;
    private final CJKAnalyzer analyzer = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final ScratchIndex index;
    private final IndexSearcher searcher;

    /** One passage found, with its BM25 score. */
    record Hit(SourceDoc doc, Passage passage, double score) {
    }

    PassageSearch(List<SourceDoc> docs) throws IOException {
        this.docs = List.copyOf(docs);
        List<Document> records = new ArrayList<>();
        for (int i = 0; i < this.docs.size(); i++) {
            for (Passage p : this.docs.get(i).passages()) {
                Document d = new Document();
                d.add(new TextField(TEXT, p.text(), Field.Store.NO));
                d.add(new StoredField(DOC, i));
                d.add(new StoredField(ORDINAL, p.ordinal()));
                records.add(d);
            }
        }
        index = ScratchIndex.inMemory(analyzer, records);
        searcher = index.searcher();
    }

    /** The best {@code n} passages for the text, best first, leaving out the passage it was taken from. */
    List<Hit> search(String text, int n, String fromPath, int fromPassage) throws IOException {
        Query q = new QueryBuilder(analyzer).createBooleanQuery(TEXT, text, Occur.SHOULD);
        if (q == null) {
            return List.of();
        }
        List<Hit> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q, n + 1).scoreDocs) {
            Document d = stored.document(sd.doc);
            SourceDoc doc = docs.get(d.getField(DOC).numericValue().intValue());
            int ordinal = d.getField(ORDINAL).numericValue().intValue();
            if (doc.id().equals(fromPath) && ordinal == fromPassage) {
                continue;
            }
            Passage p = doc.passages().stream().filter(x -> x.ordinal() == ordinal).findFirst().orElseThrow();
            out.add(new Hit(doc, p, sd.score));
        }
        return out.subList(0, Math.min(n, out.size()));
    }

    @Override
    public void close() throws IOException {
        try {
            index.close();
        } finally {
            analyzer.close();
        }
    }
}
