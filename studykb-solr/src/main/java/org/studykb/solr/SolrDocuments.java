package org.studykb.solr;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.search.DocumentView;
import org.studykb.search.Documents;
import org.studykb.search.MarkedText;
import org.studykb.search.QueryText;

/**
 * {@link Documents} of the Solr backend, answered as the embedded {@code LuceneDocuments} answers them: a document
 * record and its passage records (one block, {@link SolrRecords}) read by id, every request with the viewer's filter
 * ({@link SolrFilters}), so a document the viewer may not see is answered as a missing one. Passages are marked by
 * the snippets' highlighter over their whole text ({@link SolrPassages#whole}); related documents come from Solr's
 * MoreLikeThis query parser with the embedded one's parameters, its terms chosen from each shard's statistics.
 */
final class SolrDocuments implements Documents {
    /** Request parameters holding an id, a hash or a query text, so none is ever parsed as query syntax. */
    private static final String ID_PARAM = "studykb.id";
    /** Solr's MoreLikeThis with {@code LuceneDocuments}'s settings over the body. */
    static final String MORE_LIKE_THIS = "{!mlt qf=" + Fields.BODY
            + " mintf=2 mindf=1 minwl=2 maxqt=30 v=$" + ID_PARAM + "}";
    private static final String BY_ID = "{!term f=" + Fields.ID + " v=$" + ID_PARAM + "}";
    private static final String BY_ROOT = "{!term f=_root_ v=$" + ID_PARAM + "}";
    private static final String KIND_DOC = Fields.KIND + ":" + Fields.KIND_DOC;
    private static final String KIND_PASSAGE = Fields.KIND + ":" + Fields.KIND_PASSAGE;

    private final SolrSearches solr;

    SolrDocuments(SolrSearches solr) {
        this.solr = solr;
    }

    @Override
    public Optional<DocumentView> get(String id, Viewer viewer) throws IOException {
        Optional<SolrDocument> found = document(id, viewer, "*");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SolrDocument d = found.get();
        String manual = text(d, Fields.MANUAL, "");
        List<DocumentView.Value> values = new ArrayList<>();
        for (String field : SHOWN) {
            values.add(new DocumentView.Value(field, text(d, field, null), text(d, Fields.why(field), ""),
                    manual.startsWith(field + "=") || manual.contains("\n" + field + "=")));
        }
        SolrQuery passages = visible(new SolrQuery(KIND_PASSAGE), id, viewer);
        passages.addFilterQuery(BY_ROOT);
        passages.setRows(0);
        int count = Math.toIntExact(solr.query(passages).getResults().getNumFound());
        return Optional.of(new DocumentView(id, text(d, Fields.TITLE, null), values, strings(d, Fields.TAG),
                text(d, Fields.DATE, null), Fields.by(text(d, Fields.UNIT, null), text(d, Fields.AUTHOR, null)),
                text(d, Fields.CONTENT_TYPE, null), number(d, Fields.SIZE),
                Instant.ofEpochMilli(number(d, Fields.INDEXED_AT)).toString(),
                Boolean.parseBoolean(text(d, Fields.OCR, null)), strings(d, Fields.WARNINGS), count,
                roles(d), strings(d, Fields.KEYWORD), text(d, Fields.SUMMARY, "")));
    }

    @Override
    public List<DocumentView.PassageText> passages(String id, int from, int count, String query, Viewer viewer)
            throws IOException {
        Range r = Range.of(from, count);
        return passages(id, Fields.P_ORDINAL + ":[" + r.first() + " TO " + r.last() + "]", r.count(), query,
                SHOWN_CHARS, viewer);
    }

    @Override
    public List<DocumentView.PassageText> passages(String id, Set<Integer> ordinals, Viewer viewer)
            throws IOException {
        if (ordinals.isEmpty()) {
            return List.of();
        }
        String which = ordinals.stream().map(String::valueOf).collect(Collectors.joining(" ",
                Fields.P_ORDINAL + ":(", ")"));
        return passages(id, which, ordinals.size(), "", Integer.MAX_VALUE, viewer);
    }

    /** The document's passages {@code which} selects (at most {@code rows}), in order, cut and marked. */
    private List<DocumentView.PassageText> passages(String id, String which, int rows, String query, int maxChars,
                                                    Viewer viewer) throws IOException {
        if (id == null || id.isEmpty()) {
            return List.of();
        }
        SolrQuery q = visible(new SolrQuery(KIND_PASSAGE), id, viewer);
        q.addFilterQuery(BY_ROOT, which);
        q.setFields(Fields.ID, Fields.BODY, Fields.P_ORDINAL, Fields.P_LABEL, Fields.P_START, Fields.P_END);
        q.setSort(Fields.P_ORDINAL, SolrQuery.ORDER.asc);
        q.setRows(rows);
        List<SolrDocument> records = solr.query(q).getResults();
        Map<String, String> marked = query == null || query.isBlank() || records.isEmpty() ? Map.of()
                : solr.passages().whole(QueryText.parse(query), records.stream()
                        .map(d -> (String) d.getFieldValue(Fields.ID)).toList(), viewer,
                        Math.min(maxChars, SolrPassages.PASSAGE_LENGTH));
        List<DocumentView.PassageText> out = new ArrayList<>(records.size());
        for (SolrDocument d : records) {
            String body = text(d, Fields.BODY, "");
            String shown = Documents.shown(body, maxChars);
            String html = marked.get((String) d.getFieldValue(Fields.ID));
            out.add(new DocumentView.PassageText((Integer) d.getFieldValue(Fields.P_ORDINAL),
                    text(d, Fields.P_LABEL, null), (Integer) d.getFieldValue(Fields.P_START),
                    (Integer) d.getFieldValue(Fields.P_END), shown,
                    html == null || html.isEmpty() ? MarkedText.escape(shown) : html, shown.length() < body.length()));
        }
        return out;
    }

    @Override
    public List<Integer> hitOrdinals(String id, String query, Viewer viewer) throws IOException {
        String words = query == null || query.isBlank() ? "" : SolrPassages.words(QueryText.parse(query));
        if (words.isEmpty() || id == null || id.isEmpty()) {
            return List.of();
        }
        SolrQuery q = visible(new SolrQuery(words), id, viewer);
        SolrPassages.wordsQuery(q);
        q.addFilterQuery(KIND_PASSAGE, BY_ROOT);
        q.setFields(Fields.P_ORDINAL);
        q.setSort(Fields.P_ORDINAL, SolrQuery.ORDER.asc);
        List<Integer> out = new ArrayList<>();
        for (int start = 0; ; start += SolrCloudIndex.PAGE) {
            q.setStart(start);
            q.setRows(SolrCloudIndex.PAGE);
            var page = solr.query(q).getResults();
            page.forEach(d -> out.add((Integer) d.getFieldValue(Fields.P_ORDINAL)));
            if (start + SolrCloudIndex.PAGE >= page.getNumFound()) {
                return out;
            }
        }
    }

    @Override
    public List<DocumentView.Related> related(String id, int max, Viewer viewer) throws IOException {
        if (max <= 0 || document(id, viewer, Fields.ID).isEmpty()) {
            return List.of();
        }
        SolrQuery q = visible(new SolrQuery(MORE_LIKE_THIS), id, viewer);
        q.addFilterQuery(KIND_DOC);
        q.setFields(Fields.ID, Fields.TITLE, Fields.TYPE, Fields.DATE, "score");
        q.setRows(max + 1); // the document itself is left out below, should the parser keep it
        List<DocumentView.Related> out = new ArrayList<>();
        for (SolrDocument d : solr.query(q).getResults()) {
            String other = (String) d.getFieldValue(Fields.ID);
            if (!other.equals(id) && out.size() < max) {
                out.add(new DocumentView.Related(other, text(d, Fields.TITLE, null), text(d, Fields.TYPE, null),
                        text(d, Fields.DATE, null), (Float) d.getFieldValue("score")));
            }
        }
        return out;
    }

    @Override
    public Set<String> hidden(Viewer viewer) throws IOException {
        Optional<String> hidden = SolrFilters.hidden(viewer);
        if (hidden.isEmpty()) {
            return Set.of();
        }
        SolrQuery q = new SolrQuery(KIND_DOC);
        q.addFilterQuery(hidden.get());
        q.setFields(Fields.ID);
        Set<String> out = new HashSet<>();
        for (int start = 0; ; start += SolrCloudIndex.PAGE) {
            q.setStart(start);
            q.setRows(SolrCloudIndex.PAGE);
            q.setSort(Fields.ID, SolrQuery.ORDER.asc);
            var page = solr.query(q).getResults();
            page.forEach(d -> out.add((String) d.getFieldValue(Fields.ID)));
            if (start + SolrCloudIndex.PAGE >= page.getNumFound()) {
                return Set.copyOf(out);
            }
        }
    }

    @Override
    public List<String> idsWithContent(String sha256, Viewer viewer) throws IOException {
        if (sha256 == null || sha256.isEmpty()) {
            return List.of();
        }
        SolrQuery q = visible(new SolrQuery(KIND_DOC), sha256, viewer);
        q.addFilterQuery("{!term f=" + Fields.HASH + " v=$" + ID_PARAM + "}");
        q.setFields(Fields.ID);
        q.setSort(Fields.ID, SolrQuery.ORDER.asc);
        q.setRows(10);
        return solr.query(q).getResults().stream().map(d -> (String) d.getFieldValue(Fields.ID)).toList();
    }

    /** The document record with this id and these stored fields, when the viewer may see it. */
    private Optional<SolrDocument> document(String id, Viewer viewer, String fields) throws IOException {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        SolrQuery q = visible(new SolrQuery(KIND_DOC), id, viewer);
        q.addFilterQuery(BY_ID);
        q.setFields(fields);
        q.setRows(1);
        var found = solr.query(q).getResults();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The query with the viewer's filter and {@code value} as the parameter the id and hash queries read. */
    private static SolrQuery visible(SolrQuery q, String value, Viewer viewer) {
        q.set(ID_PARAM, value);
        SolrFilters.visibility(viewer).ifPresent(q::addFilterQuery);
        return q;
    }

    private static String text(SolrDocument d, String field, String none) {
        Object v = d.getFirstValue(field);
        return v == null ? none : v.toString();
    }

    private static long number(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v instanceof Number n ? n.longValue() : 0;
    }

    /** The roles allowed to see a 内部 document, without the 内部 marker its records carry for the filters. */
    private static List<String> roles(SolrDocument d) {
        return strings(d, Fields.ACCESS).stream().filter(r -> !r.equals(Fields.ACCESS_INTERNAL)).toList();
    }

    private static List<String> strings(SolrDocument d, String field) {
        Collection<Object> vs = d.getFieldValues(field);
        return vs == null ? List.of() : vs.stream().map(Object::toString).toList();
    }
}
