package org.studykb.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.studykb.analysis.Gists;
import org.studykb.analysis.SyllableAnalyzer;
import org.studykb.ingest.DocDate;
import org.studykb.ingest.IngestFailure;
import org.studykb.ingest.IngestedDocument;
import org.studykb.ingest.Passage;
import org.studykb.ingest.Tagged;

/** Turns an ingested document into one Lucene record for the document and one per passage. */
final class DocumentMapper {
    /** Stored text with offsets in the postings, so highlighting needs no re-analysis. */
    static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    /**
     * Indexed with offsets, not stored: the n-gram safety net (the text is in the words field), and the
     * body words fed from {@link AnalyzedText} (the body text is stored beside them).
     */
    static final FieldType INDEXED_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        INDEXED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        INDEXED_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facets;
    private final Analyzer indexing;
    private final Gists gists;

    /**
     * @param indexing the per-field index analyzer, which the body fields are analysed with once per document
     * @param gists    each document's keywords and summary
     */
    DocumentMapper(FacetsConfig facets, Analyzer indexing, Gists gists) {
        this.facets = facets;
        this.indexing = indexing;
        this.gists = gists;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : Fields.FACETS) {
            config.setIndexFieldName(dim, Fields.facetField(dim));
        }
        config.setMultiValued(Fields.TAG, true);
        config.setMultiValued(Fields.KEYWORD, true);
        return config;
    }

    /** The file facts that let the next run skip an unchanged file. */
    record FileFacts(long size, long mtime, String analysisVersion) {
    }

    List<Document> map(IngestedDocument doc, FileFacts facts) throws java.io.IOException {
        return map(doc, facts, ManualValues.NONE);
    }

    /** The records of a document, where the values a person set win over the inferred ones. */
    List<Document> map(IngestedDocument doc, FileFacts facts, ManualValues manual) throws java.io.IOException {
        ManualTags.Effective values = ManualTags.effective(doc, manual);
        Tagged<String> type = values.type();
        Tagged<String> phase = values.phase();
        Tagged<String> campaign = values.campaign();
        List<String> tags = values.tags();
        Tagged<String> accessRule = values.access();
        List<String> access = values.accessRoles();
        List<Document> out = new ArrayList<>(doc.passages().size() + 1);
        Document d = new Document();
        common(d, Fields.KIND_DOC, doc.id());
        fileFacts(d, doc.contentHash(), facts);
        String title = doc.title().value().orElse(doc.id());
        d.add(new Field(Fields.TITLE, title, TEXT_WITH_OFFSETS));
        d.add(new Field(Fields.TITLE_NGRAM, title, INDEXED_WITH_OFFSETS));
        d.add(new TextField(Fields.TITLE_PINYIN, title, Field.Store.NO));
        d.add(new TextField(Fields.TITLE_SYLLABLES, title, Field.Store.NO));
        d.add(new StoredField(Fields.why(Fields.TITLE), doc.title().provenance().describe()));
        AnalyzedText words = AnalyzedText.analyze(indexing, Fields.BODY, doc.text());
        AnalyzedText ngrams = AnalyzedText.analyze(indexing, Fields.BODY_NGRAM, doc.text());
        AnalyzedText syllables = AnalyzedText.of(SyllableAnalyzer.of(words.all()), Fields.BODY_SYLLABLES,
                doc.text().length());
        body(d, doc.text(), words.all(), ngrams.all(), syllables.all());
        d.add(new StringField(Fields.CONTENT_TYPE, doc.contentType(), Field.Store.YES));
        d.add(new StringField(Fields.OCR, Boolean.toString(doc.ocr()), Field.Store.YES));
        for (String w : doc.warnings()) {
            d.add(new StoredField(Fields.WARNINGS, w));
        }
        keyword(d, Fields.TYPE, type);
        keyword(d, Fields.PHASE, phase);
        keyword(d, Fields.CAMPAIGN, campaign);
        for (String tag : tags) {
            d.add(new StringField(Fields.TAG, tag, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(Fields.TAG, tag));
        }
        Gists.Gist gist = words.words().map(w -> gists.of(doc.text(), w)).orElseGet(() -> gists.of(doc.text()));
        for (String keyword : gist.keywords()) {
            d.add(new StringField(Fields.KEYWORD, keyword, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(Fields.KEYWORD, keyword));
        }
        if (!gist.summary().isEmpty()) {
            d.add(new StoredField(Fields.SUMMARY, gist.summary()));
        }
        access(d, access, Field.Store.YES);
        if (!access.isEmpty()) {
            d.add(new StoredField(Fields.why(Fields.ACCESS), accessRule.provenance().describe()));
        }
        d.add(new StoredField(Fields.MANUAL, manual.fingerprint()));
        inferred(d, Fields.TYPE, doc.type());
        inferred(d, Fields.PHASE, doc.phase());
        inferred(d, Fields.CAMPAIGN, doc.campaign());
        inferred(d, Fields.ACCESS, doc.access());
        d.add(new StoredField(Fields.LAYOUT, Fields.LAYOUT_REBUILDABLE));
        keyword(d, Fields.UNIT, doc.unit());
        keyword(d, Fields.AUTHOR, doc.author());
        keyword(d, Fields.DOC_NUMBER, doc.docNumber());
        date(d, doc.date());
        out.add(facets.build(d));
        for (Passage p : doc.passages()) {
            Document pd = passage(doc, p, words.slice(p.start(), p.end()), ngrams.slice(p.start(), p.end()),
                    syllables.slice(p.start(), p.end()));
            type.value().ifPresent(v -> pd.add(new StringField(Fields.TYPE, v, Field.Store.NO)));
            phase.value().ifPresent(v -> pd.add(new StringField(Fields.PHASE, v, Field.Store.NO)));
            campaign.value().ifPresent(v -> pd.add(new StringField(Fields.CAMPAIGN, v, Field.Store.NO)));
            tags.forEach(t -> pd.add(new StringField(Fields.TAG, t, Field.Store.NO)));
            gist.keywords().forEach(k -> pd.add(new StringField(Fields.KEYWORD, k, Field.Store.NO)));
            access(pd, access, Field.Store.NO);
            out.add(pd);
        }
        return out;
    }

    Document failure(IngestFailure failure, String hash, FileFacts facts) {
        Document d = new Document();
        common(d, Fields.KIND_FAILURE, failure.id());
        fileFacts(d, hash, facts);
        d.add(new StoredField(Fields.REASON, failure.reason()));
        d.add(new StoredField(Fields.DETAIL, failure.detail()));
        return d;
    }

    /**
     * A passage record. Its body tokens are the document's, cut at the passage's edges: the same as
     * analysing the passage alone, except that the segmenter saw the whole sentence where a passage
     * (a numbered item) starts inside one.
     */
    private static Document passage(IngestedDocument doc, Passage p, TokenStream words, TokenStream ngrams,
                                    TokenStream syllables) {
        Document d = new Document();
        common(d, Fields.KIND_PASSAGE, doc.id());
        body(d, p.text(), words, ngrams, syllables);
        d.add(new IntPoint(Fields.P_ORDINAL, p.ordinal()));
        d.add(new StoredField(Fields.P_ORDINAL, p.ordinal()));
        d.add(new StoredField(Fields.P_START, p.start()));
        d.add(new StoredField(Fields.P_END, p.end()));
        d.add(new StoredField(Fields.P_LABEL, p.label()));
        // what a search reads of every candidate passage, without decompressing stored text
        d.add(new SortedDocValuesField(Fields.P_ID_VALUES, new BytesRef(doc.id())));
        d.add(new NumericDocValuesField(Fields.P_ORDINAL_VALUES, p.ordinal()));
        d.add(new NumericDocValuesField(Fields.P_START_VALUES, p.start()));
        d.add(new NumericDocValuesField(Fields.P_END_VALUES, p.end()));
        d.add(new SortedDocValuesField(Fields.P_LABEL_VALUES, new BytesRef(p.label())));
        return d;
    }

    /** The body text, stored once, and its words, n-grams and syllables from tokens analysed beforehand. */
    private static void body(Document d, String text, TokenStream words, TokenStream ngrams, TokenStream syllables) {
        d.add(new StoredField(Fields.BODY, text));
        d.add(new Field(Fields.BODY, words, INDEXED_WITH_OFFSETS));
        d.add(new Field(Fields.BODY_NGRAM, ngrams, INDEXED_WITH_OFFSETS));
        d.add(new Field(Fields.BODY_SYLLABLES, syllables, INDEXED_WITH_OFFSETS));
    }

    private static void common(Document d, String kind, String id) {
        d.add(new StringField(Fields.KIND, kind, Field.Store.YES));
        d.add(new StringField(Fields.ID, id, Field.Store.YES));
    }

    private static void fileFacts(Document d, String hash, FileFacts facts) {
        d.add(new StringField(Fields.HASH, hash, Field.Store.YES));
        d.add(new StoredField(Fields.SIZE, facts.size()));
        d.add(new StoredField(Fields.MTIME, facts.mtime()));
        d.add(new StringField(Fields.ANALYSIS_VERSION, facts.analysisVersion(), Field.Store.YES));
        d.add(new StoredField(Fields.INDEXED_AT, System.currentTimeMillis()));
    }

    /** 内部: the marker and the allowed roles, on the document and on each passage, so every search can filter. */
    private static void access(Document d, List<String> roles, Field.Store store) {
        if (roles.isEmpty()) {
            return;
        }
        d.add(new StringField(Fields.ACCESS, Fields.ACCESS_INTERNAL, Field.Store.NO));
        for (String role : roles) {
            d.add(new StringField(Fields.ACCESS, role, store));
        }
    }

    /** The inferred value before a person's value replaced it, as it came from the pipeline: {@link StoredDocument}. */
    private static void inferred(Document d, String field, Tagged<String> tagged) {
        if (tagged.value().isEmpty()) {
            return;
        }
        d.add(new StoredField(Fields.inferred(field), tagged.value().get()));
        d.add(new StoredField(Fields.why(Fields.inferred(field)), tagged.provenance().describe()));
    }

    private static void keyword(Document d, String field, Tagged<String> tagged) {
        Optional<String> value = tagged.value().map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return;
        }
        d.add(new StringField(field, value.get(), Field.Store.YES));
        d.add(new StoredField(Fields.why(field), tagged.provenance().describe()));
        if (Fields.FACETS.contains(field)) {
            d.add(new SortedSetDocValuesFacetField(field, value.get()));
        }
    }

    private static void date(Document d, Tagged<DocDate> tagged) {
        if (tagged.value().isEmpty()) {
            return;
        }
        DocDate date = tagged.value().get();
        long day = date.value().toEpochDay();
        d.add(new StringField(Fields.DATE, date.iso(), Field.Store.YES));
        d.add(new LongPoint(Fields.DATE_DAY, day));
        d.add(new NumericDocValuesField(Fields.DATE_DAY, day));
        d.add(new StoredField(Fields.why(Fields.DATE), tagged.provenance().describe()));
        String year = Integer.toString(date.value().getYear());
        d.add(new StringField(Fields.YEAR, year, Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(Fields.YEAR, year));
    }
}
