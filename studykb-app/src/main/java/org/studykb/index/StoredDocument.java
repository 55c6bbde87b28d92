package org.studykb.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.studykb.ingest.DocDate;
import org.studykb.ingest.IngestedDocument;
import org.studykb.ingest.Passage;
import org.studykb.ingest.Provenance;
import org.studykb.ingest.Tagged;

/**
 * A document as its records in the index hold it: the ingested document the mapper made them from (text, title,
 * dates, unit, author, 文号, inferred type, phase, campaign and 内部 roles, passages, warnings, each value with its
 * why) and the file facts. An edit of manual values maps this again instead of reading the file (Tika, OCR).
 * A value's why comes back as the line it was stored as ({@link Provenance#described}), which is all the mapper
 * writes of it.
 *
 * @param size  the file size recorded at the last read
 * @param mtime the file's modification time recorded at the last read
 */
record StoredDocument(IngestedDocument document, long size, long mtime) {

    /**
     * The stored document of {@code id}; empty when the index has no document record for it (a failure record, or
     * none), or when the record is of an older layout that does not hold everything (then only reading the file
     * again rebuilds it).
     */
    static Optional<StoredDocument> read(DirectoryReader reader, String id) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Optional<Document> found = Optional.empty();
        int docNumber = -1;
        List<Passage> passages = new ArrayList<>();
        Term idTerm = new Term(Fields.ID, id);
        for (String kind : List.of(Fields.KIND_DOC, Fields.KIND_PASSAGE)) {
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(idTerm), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER).build();
            // as many as there are: a queue as large as the index would be allocated for every document
            ScoreDoc[] hits = searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs;
            for (ScoreDoc sd : hits) {
                Document d = searcher.storedFields().document(sd.doc);
                if (kind.equals(Fields.KIND_DOC)) {
                    found = Optional.of(d);
                    docNumber = sd.doc;
                } else {
                    passages.add(passage(d));
                }
            }
        }
        if (found.isEmpty() || found.get().getField(Fields.LAYOUT) == null
                || found.get().getField(Fields.LAYOUT).numericValue().intValue() != Fields.LAYOUT_REBUILDABLE) {
            return Optional.empty();
        }
        Document d = found.get();
        passages.sort(Comparator.comparingInt(Passage::ordinal));
        IngestedDocument doc = new IngestedDocument(id, d.get(Fields.HASH), number(d, Fields.SIZE),
                d.get(Fields.CONTENT_TYPE), Boolean.parseBoolean(d.get(Fields.OCR)), d.get(Fields.BODY),
                Tagged.of(d.get(Fields.TITLE), Provenance.described(d.get(Fields.why(Fields.TITLE)))),
                date(reader, docNumber, d), tagged(d, Fields.UNIT), tagged(d, Fields.AUTHOR),
                tagged(d, Fields.DOC_NUMBER), tagged(d, Fields.inferred(Fields.TYPE)),
                tagged(d, Fields.inferred(Fields.CAMPAIGN)), tagged(d, Fields.inferred(Fields.PHASE)),
                List.copyOf(passages), List.of(d.getValues(Fields.WARNINGS)),
                tagged(d, Fields.inferred(Fields.ACCESS)));
        return Optional.of(new StoredDocument(doc, number(d, Fields.SIZE), number(d, Fields.MTIME)));
    }

    /** The same document 内部 by this folder rule instead (the rule of {@code access.yml} now). */
    StoredDocument withAccess(Tagged<String> access) {
        IngestedDocument d = document;
        return new StoredDocument(new IngestedDocument(d.id(), d.contentHash(), d.size(), d.contentType(), d.ocr(),
                d.text(), d.title(), d.date(), d.unit(), d.author(), d.docNumber(), d.type(), d.campaign(), d.phase(),
                d.passages(), d.warnings(), access), size, mtime);
    }

    private static Passage passage(Document d) {
        return new Passage((int) number(d, Fields.P_ORDINAL), (int) number(d, Fields.P_START),
                (int) number(d, Fields.P_END), d.get(Fields.P_LABEL), d.get(Fields.BODY));
    }

    private static Tagged<String> tagged(Document d, String field) {
        String value = d.get(field);
        return value == null ? Tagged.absent() : Tagged.of(value, Provenance.described(d.get(Fields.why(field))));
    }

    /** The date at its stated precision, its first day read from the doc values the mapper wrote. */
    private static Tagged<DocDate> date(DirectoryReader reader, int docNumber, Document d) throws IOException {
        String iso = d.get(Fields.DATE);
        if (iso == null) {
            return Tagged.absent();
        }
        DocDate.Precision precision = switch (iso.length()) {
            case 4 -> DocDate.Precision.YEAR;
            case 7 -> DocDate.Precision.MONTH;
            default -> DocDate.Precision.DAY;
        };
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(docNumber, reader.leaves()));
        NumericDocValues days = leaf.reader().getNumericDocValues(Fields.DATE_DAY);
        int local = docNumber - leaf.docBase;
        if (days == null || !days.advanceExact(local)) {
            throw new IOException("文档记录有日期「" + iso + "」却没有日期值：" + d.get(Fields.ID));
        }
        LocalDate first = LocalDate.ofEpochDay(days.longValue());
        return Tagged.of(new DocDate(first, precision), Provenance.described(d.get(Fields.why(Fields.DATE))));
    }

    private static long number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f.numericValue().longValue();
    }
}
