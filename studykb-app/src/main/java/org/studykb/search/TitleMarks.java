package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;

/**
 * The titles of a results page with the query's words marked, as the snippets mark them: the words and verbatim
 * phrases of the query (not the loose safety net), found in the title's own postings. Every character of a title
 * is escaped and only our {@code <mark>} is added, so a title's markup never reaches a page.
 */
public final class TitleMarks {
    static final int MAX_LENGTH = 1_000;
    private static final Map<String, String> BODY_TO_TITLE = Map.of(Fields.BODY, Fields.TITLE,
            Fields.BODY_NGRAM, Fields.TITLE_NGRAM);

    private final IndexAnalyzers analyzers;
    private final BuildQuery queries;

    public TitleMarks(IndexAnalyzers analyzers) {
        this.analyzers = analyzers;
        this.queries = new BuildQuery(analyzers, RankingWeights.shipped());
    }

    /**
     * Hit id → its title as HTML, escaped, the words of the response's query in {@code <mark>}. The titles are those
     * of the hits, which the response's viewer may see; each is analysed again as the index analysed it (the same
     * words, n-grams and offsets), so the marks need nothing from the index and are the same on either backend.
     */
    public Map<String, String> of(SearchResponse response) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        response.hits().forEach(h -> out.put(h.id(), MarkFormatter.escape(h.title() == null ? "" : h.title())));
        Query words = response.query() == null || response.query().isBlank() || response.hits().isEmpty() ? null
                : onTitles(queries.highlight(anywhere(QueryText.parse(response.query())), PinyinTerms.NONE));
        if (words == null) {
            return out;
        }
        for (SearchHit hit : response.hits()) {
            String title = hit.title();
            if (title == null || title.isEmpty() || title.length() > MAX_LENGTH) {
                continue;
            }
            String html = marked(title, words);
            if (html != null && html.contains("<mark>")
                    && html.replaceAll("</?mark>", "").equals(out.get(hit.id()))) {
                out.put(hit.id(), html);
            }
        }
        return out;
    }

    /** One title with the words of {@code words} marked, or null when none is in it. */
    private String marked(String title, Query words) throws IOException {
        MemoryIndex one = new MemoryIndex(true);
        one.addField(Fields.TITLE, title, analyzers.indexing());
        one.addField(Fields.TITLE_NGRAM, title, analyzers.indexing());
        IndexSearcher searcher = one.createSearcher();
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzers.indexing())
                .withFormatter(new MarkFormatter())
                .withBreakIterator(WholeBreakIterator::new)
                .withMaskedFieldsFunc(f -> Fields.TITLE.equals(f) ? Set.of(Fields.TITLE_NGRAM) : Set.of())
                .withMaxLength(MAX_LENGTH)
                .withMaxNoHighlightPassages(0)
                .withHighlightPhrasesStrictly(true);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int threshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                while (docs.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    values.add(new CharSequence[] {title});
                }
                return values;
            }
        };
        return highlighter.highlightFields(new String[] {Fields.TITLE}, words, new int[] {0}, new int[] {1})
                .get(Fields.TITLE)[0];
    }

    /** The query with its title-only words ({@code title:…}) as plain words: in a title they are marked too. */
    static ParsedQuery anywhere(ParsedQuery parsed) {
        List<List<ParsedQuery.Clause>> groups = parsed.groups().stream()
                .map(g -> g.stream().map(c -> new ParsedQuery.Clause(c.text(), c.phrase(), false)).toList())
                .toList();
        return new ParsedQuery(groups, parsed.excluded(), parsed.filters(), parsed.notices());
    }

    /**
     * The same query over the title fields: body words become title words, body n-grams title n-grams; a part on
     * any other field (pinyin syllables) is left out. Null when nothing is left.
     */
    static Query onTitles(Query q) {
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder();
            int n = 0;
            for (BooleanClause c : b.clauses()) {
                if (c.getOccur() == Occur.MUST_NOT) {
                    continue;
                }
                Query part = onTitles(c.getQuery());
                if (part != null) {
                    out.add(part, Occur.SHOULD);
                    n++;
                }
            }
            return n == 0 ? null : out.build();
        }
        if (q instanceof BoostQuery b) {
            Query part = onTitles(b.getQuery());
            return part == null ? null : new BoostQuery(part, b.getBoost());
        }
        if (q instanceof ConstantScoreQuery c) {
            Query part = onTitles(c.getQuery());
            return part == null ? null : new ConstantScoreQuery(part);
        }
        if (q instanceof DisjunctionMaxQuery d) {
            List<Query> parts = new ArrayList<>();
            for (Query disjunct : d.getDisjuncts()) {
                Query part = onTitles(disjunct);
                if (part != null) {
                    parts.add(part);
                }
            }
            return parts.isEmpty() ? null : new DisjunctionMaxQuery(parts, d.getTieBreakerMultiplier());
        }
        if (q instanceof TermQuery t) {
            String field = BODY_TO_TITLE.get(t.getTerm().field());
            return field == null ? null : new TermQuery(new Term(field, t.getTerm().bytes()));
        }
        if (q instanceof PhraseQuery p) {
            String field = BODY_TO_TITLE.get(p.getField());
            if (field == null) {
                return null;
            }
            PhraseQuery.Builder out = new PhraseQuery.Builder().setSlop(p.getSlop());
            for (int i = 0; i < p.getTerms().length; i++) {
                out.add(new Term(field, p.getTerms()[i].bytes()), p.getPositions()[i]);
            }
            return out.build();
        }
        if (q instanceof SynonymQuery s) {
            String field = BODY_TO_TITLE.get(s.getField());
            if (field == null) {
                return null;
            }
            SynonymQuery.Builder out = new SynonymQuery.Builder(field);
            s.getTerms().forEach(t -> out.addTerm(new Term(field, t.bytes())));
            return out.build();
        }
        if (q instanceof MultiPhraseQuery m) {
            Term[][] arrays = m.getTermArrays();
            if (arrays.length == 0 || arrays[0].length == 0 || BODY_TO_TITLE.get(arrays[0][0].field()) == null) {
                return null;
            }
            String field = BODY_TO_TITLE.get(arrays[0][0].field());
            MultiPhraseQuery.Builder out = new MultiPhraseQuery.Builder().setSlop(m.getSlop());
            for (int i = 0; i < arrays.length; i++) {
                Term[] terms = new Term[arrays[i].length];
                for (int j = 0; j < terms.length; j++) {
                    terms[j] = new Term(field, arrays[i][j].bytes());
                }
                out.add(terms, m.getPositions()[i]);
            }
            return out.build();
        }
        return null;
    }
}
