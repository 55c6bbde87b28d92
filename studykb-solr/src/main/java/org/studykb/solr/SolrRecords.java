package org.studykb.solr;

import java.util.List;

import org.apache.solr.common.SolrInputDocument;
import org.studykb.analysis.Gists;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexedDocument;
import org.studykb.index.ManualTags;
import org.studykb.index.ManualValues;
import org.studykb.ingest.IngestFailure;
import org.studykb.ingest.IngestedDocument;
import org.studykb.ingest.Passage;
import org.studykb.ingest.Tagged;

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
        roles(d, doc.access());
        for (Passage p : doc.passages()) {
            SolrInputDocument pd = passage(doc.id(), p);
            keyword(pd, Fields.TYPE, doc.type());
            keyword(pd, Fields.PHASE, doc.phase());
            keyword(pd, Fields.CAMPAIGN, doc.campaign());
            roles(pd, doc.access());
            d.addChildDocument(pd);
        }
        return d;
    }

    /**
     * The block of an ingested document, as the embedded index's {@code DocumentMapper} maps it: the values a person
     * set win over the inferred ones (each with why), keywords and summary from the product's gists, 内部 roles on
     * the document and on every passage, and the file facts an incremental run compares.
     */
    static SolrInputDocument block(IngestedDocument doc, long size, long mtime, ManualValues manual,
                                   IndexAnalyzers analyzers) {
        ManualTags.Effective values = ManualTags.effective(doc, manual);
        Tagged<String> type = values.type();
        Tagged<String> phase = values.phase();
        Tagged<String> campaign = values.campaign();
        List<String> tags = values.tags();
        Tagged<String> accessRule = values.access();
        List<String> access = values.accessRoles();
        Gists.Gist gist = analyzers.gists().of(doc.text());

        SolrInputDocument d = common(Fields.KIND_DOC, doc.id(), doc.contentHash(), size, mtime, analyzers);
        String title = doc.title().value().orElse(doc.id());
        for (String field : new String[] {Fields.TITLE, Fields.TITLE_NGRAM, Fields.TITLE_PINYIN,
                Fields.TITLE_SYLLABLES}) {
            d.setField(field, title);
        }
        d.setField(Fields.why(Fields.TITLE), doc.title().provenance().describe());
        body(d, doc.text());
        d.setField(Fields.CONTENT_TYPE, doc.contentType());
        d.setField(Fields.OCR, Boolean.toString(doc.ocr()));
        doc.warnings().forEach(w -> d.addField(Fields.WARNINGS, w));
        tagged(d, Fields.TYPE, type);
        tagged(d, Fields.PHASE, phase);
        tagged(d, Fields.CAMPAIGN, campaign);
        tagged(d, Fields.UNIT, doc.unit());
        tagged(d, Fields.AUTHOR, doc.author());
        tagged(d, Fields.DOC_NUMBER, doc.docNumber());
        tags.forEach(t -> d.addField(Fields.TAG, t));
        gist.keywords().forEach(k -> d.addField(Fields.KEYWORD, k));
        if (!gist.summary().isEmpty()) {
            d.setField(Fields.SUMMARY, gist.summary());
        }
        roles(d, access);
        if (!access.isEmpty()) {
            d.setField(Fields.why(Fields.ACCESS), accessRule.provenance().describe());
        }
        d.setField(Fields.MANUAL, manual.fingerprint());
        inferred(d, Fields.TYPE, doc.type());
        inferred(d, Fields.PHASE, doc.phase());
        inferred(d, Fields.CAMPAIGN, doc.campaign());
        inferred(d, Fields.ACCESS, doc.access());
        d.setField(Fields.LAYOUT, Fields.LAYOUT_REBUILDABLE);
        doc.date().value().ifPresent(date -> {
            d.setField(Fields.DATE, date.iso());
            d.setField(Fields.DATE_DAY, date.value().toEpochDay());
            d.setField(Fields.YEAR, Integer.toString(date.value().getYear()));
            d.setField(Fields.why(Fields.DATE), doc.date().provenance().describe());
        });
        for (Passage p : doc.passages()) {
            SolrInputDocument pd = passage(doc.id(), p);
            type.value().ifPresent(v -> pd.setField(Fields.TYPE, v));
            phase.value().ifPresent(v -> pd.setField(Fields.PHASE, v));
            campaign.value().ifPresent(v -> pd.setField(Fields.CAMPAIGN, v));
            tags.forEach(t -> pd.addField(Fields.TAG, t));
            gist.keywords().forEach(k -> pd.addField(Fields.KEYWORD, k));
            roles(pd, access);
            d.addChildDocument(pd);
        }
        return d;
    }

    /** The record of a file that could not be read: why, and the file facts, so the next run retries it. */
    static SolrInputDocument failure(IngestFailure failure, String hash, long size, long mtime,
                                     IndexAnalyzers analyzers) {
        SolrInputDocument d = common(Fields.KIND_FAILURE, failure.id(), hash, size, mtime, analyzers);
        d.setField(Fields.REASON, failure.reason());
        d.setField(Fields.DETAIL, failure.detail());
        return d;
    }

    private static SolrInputDocument common(String kind, String id, String hash, long size, long mtime,
                                            IndexAnalyzers analyzers) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(Fields.ID, id);
        d.setField(Fields.KIND, kind);
        d.setField(Fields.HASH, hash);
        d.setField(Fields.SIZE, size);
        d.setField(Fields.MTIME, mtime);
        d.setField(Fields.ANALYSIS_VERSION, analyzers.version());
        d.setField(Fields.INDEXED_AT, System.currentTimeMillis());
        return d;
    }

    private static SolrInputDocument passage(String id, Passage p) {
        SolrInputDocument pd = new SolrInputDocument();
        pd.setField(Fields.ID, passageKey(id, p.ordinal()));
        pd.setField(Fields.KIND, Fields.KIND_PASSAGE);
        body(pd, p.text());
        pd.setField(Fields.P_ORDINAL, p.ordinal());
        pd.setField(Fields.P_START, p.start());
        pd.setField(Fields.P_END, p.end());
        pd.setField(Fields.P_LABEL, p.label());
        return pd;
    }

    private static void tagged(SolrInputDocument d, String field, Tagged<String> tagged) {
        tagged.value().map(String::strip).filter(v -> !v.isEmpty()).ifPresent(v -> {
            d.setField(field, v);
            d.setField(Fields.why(field), tagged.provenance().describe());
        });
    }

    private static void inferred(SolrInputDocument d, String field, Tagged<String> tagged) {
        tagged.value().ifPresent(v -> {
            d.setField(Fields.inferred(field), v);
            d.setField(Fields.why(Fields.inferred(field)), tagged.provenance().describe());
        });
    }

    /** 内部: the marker and the roles allowed, on the document and each passage, so every search can filter. */
    private static void roles(SolrInputDocument d, List<String> roles) {
        if (!roles.isEmpty()) {
            d.addField(Fields.ACCESS, Fields.ACCESS_INTERNAL);
            roles.forEach(r -> d.addField(Fields.ACCESS, r));
        }
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
}
