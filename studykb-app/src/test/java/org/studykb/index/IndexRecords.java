package org.studykb.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Everything the index holds of one document's records, field by field, to compare two indexes: stored values,
 * postings (term, frequency, positions, offsets), norms, doc values of every kind and points. Records are keyed
 * {@code doc} and {@code passage <ordinal>}; {@code indexed_at} is left out (the time of the run).
 */
final class IndexRecords {
    private IndexRecords() {
    }

    /** record key → "field kind" → values, in index order. */
    static Map<String, Map<String, List<String>>> of(Path data, String id) throws IOException {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        try (FSDirectory dir = FSDirectory.open(CorpusIndex.indexDir(data));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext ctx : reader.leaves()) {
                LeafReader leaf = ctx.reader();
                Bits live = leaf.getLiveDocs();
                Map<Integer, Map<String, List<String>>> docs = new TreeMap<>();
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document stored = leaf.storedFields().document(doc);
                    if (id.equals(stored.get(Fields.ID))) {
                        Map<String, List<String>> fields = new TreeMap<>();
                        for (IndexableField f : stored.getFields()) {
                            if (!f.name().equals(Fields.INDEXED_AT)) {
                                String v = f.numericValue() != null ? "#" + f.numericValue() : f.stringValue();
                                add(fields, f.name() + " stored", v);
                            }
                        }
                        docs.put(doc, fields);
                    }
                }
                for (FieldInfo info : leaf.getFieldInfos()) {
                    indexed(leaf, info, docs);
                }
                for (Map<String, List<String>> fields : docs.values()) {
                    String kind = fields.get(Fields.KIND + " stored").get(0);
                    String key = kind.equals(Fields.KIND_PASSAGE)
                            ? "passage " + fields.get(Fields.P_ORDINAL + " stored").get(0).substring(1) : kind;
                    if (out.put(key, fields) != null) {
                        throw new IllegalStateException("two live records " + key + " of " + id);
                    }
                }
            }
        }
        return out;
    }

    private static void indexed(LeafReader leaf, FieldInfo info, Map<Integer, Map<String, List<String>>> docs)
            throws IOException {
        String name = info.name;
        if (info.getIndexOptions() != IndexOptions.NONE) {
            Terms terms = leaf.terms(name);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                PostingsEnum pe = null;
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    pe = te.postings(pe, PostingsEnum.ALL);
                    for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                        if (!docs.containsKey(doc)) {
                            continue;
                        }
                        StringBuilder sb = new StringBuilder(term.utf8ToString()).append(" x").append(pe.freq());
                        if (info.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0) {
                            for (int i = 0; i < pe.freq(); i++) {
                                sb.append(' ').append(pe.nextPosition());
                                if (pe.startOffset() >= 0) {
                                    sb.append('[').append(pe.startOffset()).append('-').append(pe.endOffset())
                                            .append(']');
                                }
                            }
                        }
                        add(docs.get(doc), name + " postings", sb.toString());
                    }
                }
            }
            NumericDocValues norms = leaf.getNormValues(name);
            if (norms != null) {
                for (int doc : docs.keySet()) {
                    if (norms.advanceExact(doc)) {
                        add(docs.get(doc), name + " norm", Long.toString(norms.longValue()));
                    }
                }
            }
        }
        switch (info.getDocValuesType()) {
            case NUMERIC -> {
                for (int doc : docs.keySet()) {
                    NumericDocValues v = leaf.getNumericDocValues(name);
                    if (v.advanceExact(doc)) {
                        add(docs.get(doc), name + " dv", Long.toString(v.longValue()));
                    }
                }
            }
            case SORTED -> {
                for (int doc : docs.keySet()) {
                    SortedDocValues v = leaf.getSortedDocValues(name);
                    if (v.advanceExact(doc)) {
                        add(docs.get(doc), name + " dv", v.lookupOrd(v.ordValue()).utf8ToString());
                    }
                }
            }
            case SORTED_SET -> {
                for (int doc : docs.keySet()) {
                    SortedSetDocValues v = leaf.getSortedSetDocValues(name);
                    if (v.advanceExact(doc)) {
                        for (int i = 0; i < v.docValueCount(); i++) {
                            add(docs.get(doc), name + " dv", v.lookupOrd(v.nextOrd()).utf8ToString());
                        }
                    }
                }
            }
            case SORTED_NUMERIC -> {
                for (int doc : docs.keySet()) {
                    SortedNumericDocValues v = leaf.getSortedNumericDocValues(name);
                    if (v.advanceExact(doc)) {
                        for (int i = 0; i < v.docValueCount(); i++) {
                            add(docs.get(doc), name + " dv", Long.toString(v.nextValue()));
                        }
                    }
                }
            }
            case BINARY -> {
                for (int doc : docs.keySet()) {
                    BinaryDocValues v = leaf.getBinaryDocValues(name);
                    if (v.advanceExact(doc)) {
                        add(docs.get(doc), name + " dv", HexFormat.of().formatHex(v.binaryValue().bytes,
                                v.binaryValue().offset, v.binaryValue().offset + v.binaryValue().length));
                    }
                }
            }
            default -> { }
        }
        if (info.getPointDimensionCount() > 0) {
            PointValues points = leaf.getPointValues(name);
            if (points != null) {
                points.intersect(new PointValues.IntersectVisitor() {
                    @Override
                    public void visit(int docID) {
                        throw new IllegalStateException("every cell is crossed");
                    }

                    @Override
                    public void visit(int docID, byte[] packed) {
                        if (docs.containsKey(docID)) {
                            add(docs.get(docID), name + " point", HexFormat.of().formatHex(packed));
                        }
                    }

                    @Override
                    public PointValues.Relation compare(byte[] min, byte[] max) {
                        return PointValues.Relation.CELL_CROSSES_QUERY;
                    }
                });
            }
        }
    }

    private static void add(Map<String, List<String>> fields, String key, String value) {
        fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
}
