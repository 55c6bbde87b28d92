package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An {@link AnalyzingInfixSuggester} held in memory in one segment, every typed token required, without
 * highlighting, whose
 * results carry only what suggestions read: the text, the weight and the payload, each read from its own segment
 * (the stock results open doc values over the whole index for every hit, and read the contexts too).
 */
final class MemorySuggester extends AnalyzingInfixSuggester {
    /** Where {@link AnalyzingInfixSuggester} keeps the payloads. */
    private static final String PAYLOADS = "payloads";
    static final double RAM_BUFFER_MB = 32;

    MemorySuggester(Analyzer index, Analyzer query, int minPrefixChars) throws IOException {
        super(new ByteBuffersDirectory(), index, query, minPrefixChars, false, true, false, false);
    }

    /** A buffer large enough for most indexes' entries to be written as one segment without a merge. */
    @Override
    protected IndexWriterConfig getIndexWriterConfig(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return super.getIndexWriterConfig(analyzer, mode).setRAMBufferSizeMB(RAM_BUFFER_MB);
    }

    /** Builds the entries into one segment, so that a lookup searches one. */
    @Override
    public void build(InputIterator entries) throws IOException {
        super.build(entries);
        synchronized (writerLock) {
            writer.forceMerge(1);
            refresh();
            writer.close();
            writer = null;
        }
    }

    @Override
    protected List<LookupResult> createResults(IndexSearcher searcher, TopFieldDocs hits, int num, CharSequence key,
                                               boolean doHighlight, Set<String> matchedTokens, String prefixToken)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<LookupResult> out = new ArrayList<>(hits.scoreDocs.length);
        for (ScoreDoc sd : hits.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            int doc = sd.doc - leaf.docBase;
            BinaryDocValues text = leaf.reader().getBinaryDocValues(TEXT_FIELD_NAME);
            BinaryDocValues payload = leaf.reader().getBinaryDocValues(PAYLOADS);
            if (text == null || payload == null || !text.advanceExact(doc) || !payload.advanceExact(doc)) {
                throw new IOException("suggester entry " + sd.doc + " has no text or no payload");
            }
            out.add(new LookupResult(text.binaryValue().utf8ToString(), (Long) ((FieldDoc) sd).fields[0],
                    BytesRef.deepCopyOf(payload.binaryValue())));
        }
        return out;
    }
}
