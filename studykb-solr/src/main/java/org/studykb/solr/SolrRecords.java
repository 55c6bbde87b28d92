package org.studykb.solr;

import org.apache.solr.common.SolrInputDocument;
import org.studykb.index.Fields;
import org.studykb.index.IndexedDocument;
import org.studykb.ingest.Passage;

/**
 * A document of ours as one Solr block: the document record with its passages as child documents. A block is
 * written, replaced and deleted as a whole and lives on one shard, as a document and its passages are one unit in
 * the embedded index (docs/scale-out.md says why this layout and not a second collection). Field values are set
 * as the embedded index's {@code DocumentMapper} sets them; Solr analyses the text fields with the same chains.
 */
final class SolrRecords {
    private SolrRecords() {
    }

    /** The unique key of a passage record: its document's id and its ordinal. */
    static String passageKey(String id, int ordinal) {
        return id + "#" + ordinal;
    }

    /** The block of a document read back from an index ({@code IndexBackend.documents()}). */
    static SolrInputDocument block(IndexedDocument doc) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(Fields.ID, doc.id());
        d.setField(Fields.KIND, Fields.KIND_DOC);
        String title = doc.title().isEmpty() ? doc.id() : doc.title();
        for (String field : new String[] {Fields.TITLE, Fields.TITLE_NGRAM, Fields.TITLE_PINYIN,
                Fields.TITLE_SYLLABLES}) {
            d.setField(field, title);
        }
        body(d, doc.body());
        keyword(d, Fields.TYPE, doc.type());
        keyword(d, Fields.PHASE, doc.phase());
        keyword(d, Fields.CAMPAIGN, doc.campaign());
        if (!doc.date().isEmpty()) {
            d.setField(Fields.DATE, doc.date());
            d.setField(Fields.YEAR, doc.date().substring(0, Math.min(4, doc.date().length())));
        }
        access(d, doc);
        for (Passage p : doc.passages()) {
            SolrInputDocument pd = new SolrInputDocument();
            pd.setField(Fields.ID, passageKey(doc.id(), p.ordinal()));
            pd.setField(Fields.KIND, Fields.KIND_PASSAGE);
            body(pd, p.text());
            pd.setField(Fields.P_ORDINAL, p.ordinal());
            pd.setField(Fields.P_START, p.start());
            pd.setField(Fields.P_END, p.end());
            pd.setField(Fields.P_LABEL, p.label());
            keyword(pd, Fields.TYPE, doc.type());
            keyword(pd, Fields.PHASE, doc.phase());
            keyword(pd, Fields.CAMPAIGN, doc.campaign());
            access(pd, doc);
            d.addChildDocument(pd);
        }
        return d;
    }

    /** The text once, and the fields Solr analyses it into: words, n-grams, syllables. */
    private static void body(SolrInputDocument d, String text) {
        d.setField(Fields.BODY, text);
        d.setField(Fields.BODY_NGRAM, text);
        d.setField(Fields.BODY_SYLLABLES, text);
    }

    private static void keyword(SolrInputDocument d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.setField(field, value.strip());
        }
    }

    /** 内部: the marker and the roles allowed, on the document and each passage, so every search can filter. */
    private static void access(SolrInputDocument d, IndexedDocument doc) {
        if (doc.internal()) {
            d.addField(Fields.ACCESS, Fields.ACCESS_INTERNAL);
            doc.access().forEach(role -> d.addField(Fields.ACCESS, role));
        }
    }
}
