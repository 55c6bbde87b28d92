package org.studykb.index;

import java.util.List;

/** Field names of the index, in one place. */
public final class Fields {
    private Fields() {
    }

    /** Record kind: a whole document, one of its passages, or a file that could not be read. */
    public static final String KIND = "kind";
    public static final String KIND_DOC = "doc";
    public static final String KIND_PASSAGE = "passage";
    public static final String KIND_FAILURE = "failure";

    /** Path relative to the corpus root, with {@code /}; shared by a document and its passages. */
    public static final String ID = "id";

    /** Words (HanLP) and the n-gram safety net, for the title and the body text. */
    public static final String TITLE = "title";
    public static final String TITLE_NGRAM = "title_ng";
    public static final String BODY = "body";
    public static final String BODY_NGRAM = "body_ng";
    /** Pinyin of the title: full syllables and initials, for queries typed in pinyin. */
    public static final String TITLE_PINYIN = "title_py";
    /**
     * One position per Chinese character, its toneless syllable, for phrases typed in
     * pinyin (民主生活会: minzhushenghuohui, mzshh) that span several words.
     */
    public static final String TITLE_SYLLABLES = "title_pys";
    public static final String BODY_SYLLABLES = "body_pys";

    /** Keyword fields, also kept as doc values for facets and stored for display. */
    public static final String TYPE = "type";
    public static final String PHASE = "phase";
    public static final String CAMPAIGN = "campaign";
    public static final String UNIT = "unit";
    public static final String YEAR = "year";
    public static final String DOC_NUMBER = "docno";
    /** 作者: the person who wrote a personal text; stored and matched exactly, not a facet (people are not units). */
    public static final String AUTHOR = "author";
    /** Free tags set by people (many per document). */
    public static final String TAG = "tag";
    /** 关键词: TextRank keywords of the text (many per document), for display and filters, never for ranking. */
    public static final String KEYWORD = "keyword";
    public static final List<String> FACETS = List.of(TYPE, PHASE, CAMPAIGN, YEAR, UNIT, TAG, KEYWORD);
    /** 摘要: an extractive summary, whole sentences of the text in their order; stored only. */
    public static final String SUMMARY = "summary";

    /** Who a document is by, for display and citations: its unit and its author, either or both. */
    public static String by(String unit, String author) {
        return unit == null ? author : author == null ? unit : unit + " " + author;
    }

    /** The doc-values field that holds the facet counts of one dimension. */
    public static String facetField(String dim) {
        return "$facet_" + dim;
    }

    /**
     * 内部: who may see a document, on the document and each of its passages. A public document has no value; an
     * internal one has {@link #ACCESS_INTERNAL} and the name of every role allowed to see it (ADMIN always).
     * Searches of a user who may not see it leave such records out ({@code org.studykb.access.Viewer}).
     */
    public static final String ACCESS = "access";
    public static final String ACCESS_INTERNAL = "内部";

    /** The manual values a document was indexed with ({@link ManualValues#fingerprint()}), stored. */
    public static final String MANUAL = "manual";

    /**
     * The inferred type, phase, campaign and 内部 roles, stored on the document record ({@code inferred_<field>}, its
     * why in {@code inferred_<field>_why}) whether or not a person's value replaced them, so an edit can rebuild the
     * records without reading the file again.
     */
    public static String inferred(String field) {
        return "inferred_" + field;
    }

    /**
     * The record layout of a document record, stored: {@link #LAYOUT_REBUILDABLE} when the record holds everything
     * its records are made from (text, passages, inferred values); absent on records of older indexes.
     */
    public static final String LAYOUT = "layout";
    public static final int LAYOUT_REBUILDABLE = 2;

    /** Date: ISO text at its precision (stored), epoch day (points + doc values for sort). */
    public static final String DATE = "date";
    public static final String DATE_DAY = "date_day";

    /** Why each inferred value was set: {@code <field>_why}. */
    public static String why(String field) {
        return field + "_why";
    }

    /** File facts used by incremental runs. */
    public static final String HASH = "hash";
    public static final String SIZE = "size";
    public static final String MTIME = "mtime";
    public static final String CONTENT_TYPE = "content_type";
    public static final String OCR = "ocr";
    public static final String ANALYSIS_VERSION = "analysis_version";
    public static final String WARNINGS = "warnings";
    public static final String INDEXED_AT = "indexed_at";

    /** Passage records: ordinal, offsets in the document text and label, stored. */
    public static final String P_ORDINAL = "p_ordinal";
    public static final String P_START = "p_start";
    public static final String P_END = "p_end";
    public static final String P_LABEL = "p_label";

    /**
     * The document id, ordinal, offsets and label of a passage record again as doc values, which a search reads
     * for every candidate passage. Separate fields, because a field cannot gain doc values in an index that has it
     * without; passages indexed before these existed have none, and are read from the stored fields.
     */
    public static final String P_ID_VALUES = "p_id_dv";
    public static final String P_ORDINAL_VALUES = "p_ordinal_dv";
    public static final String P_START_VALUES = "p_start_dv";
    public static final String P_END_VALUES = "p_end_dv";
    public static final String P_LABEL_VALUES = "p_label_dv";

    /** Failure records. */
    public static final String REASON = "reason";
    public static final String DETAIL = "detail";
}
