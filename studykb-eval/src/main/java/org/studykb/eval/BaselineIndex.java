package org.studykb.eval;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.studykb.index.ScratchIndex;
import org.studykb.search.SearchBackend.ScoredId;

/**
 * What a Solr or Elasticsearch user gets with a stock analyzer: an in-memory index of the same
 * titles and texts, BM25, and the classic query parser over {@code title^2} and {@code body}
 * with OR between terms; a quoted phrase becomes a phrase query. Nothing of ours is used but the plumbing that
 * holds a separate in-memory index ({@link ScratchIndex}).
 */
final class BaselineIndex implements Closeable {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final float TITLE_BOOST = 2f;

    /** A document as our ingest pipeline extracted it. */
    record Doc(String id, String title, String body) {
    }

    private final Analyzer analyzer;
    private final ScratchIndex index;
    private final IndexSearcher searcher;

    BaselineIndex(Analyzer analyzer, List<Doc> docs) throws IOException {
        this.analyzer = analyzer;
        List<Document> records = new ArrayList<>(docs.size());
        for (Doc doc : docs) {
            Document d = new Document();
            d.add(new StringField(ID, doc.id(), Field.Store.YES));
            d.add(new TextField(TITLE, doc.title(), Field.Store.NO));
            d.add(new TextField(BODY, doc.body(), Field.Store.NO));
            records.add(d);
        }
        this.index = ScratchIndex.inMemory(analyzer, records);
        this.searcher = index.searcher();
    }

    List<ScoredId> rank(String query, int size) throws IOException {
        List<ScoredId> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(parse(query), Math.max(1, size)).scoreDocs) {
            out.add(new ScoredId(stored.document(sd.doc).get(ID), sd.score));
        }
        return out;
    }

    /**
     * The query as the classic parser reads it: quoted phrases kept, every other syntax character
     * escaped, so a user's text is taken literally. Text the parser still rejects (an unbalanced
     * quote) is searched fully escaped.
     */
    Query parse(String query) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer,
                Map.of(TITLE, TITLE_BOOST, BODY, 1f));
        parser.setDefaultOperator(QueryParser.Operator.OR);
        try {
            return parser.parse(literal(query));
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(query));
            } catch (ParseException again) {
                throw new IllegalArgumentException("查询无法解析：" + query, again);
            }
        }
    }

    /** Escapes everything outside double quotes and inside them, keeping the quotes. */
    static String literal(String query) {
        StringBuilder sb = new StringBuilder();
        String[] parts = query.split("\"", -1);
        if (parts.length % 2 == 0) {
            return QueryParser.escape(query);
        }
        for (int i = 0; i < parts.length; i++) {
            String escaped = QueryParser.escape(parts[i]);
            if (i % 2 == 1) {
                sb.append('"').append(escaped).append('"');
            } else {
                sb.append(escaped);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
