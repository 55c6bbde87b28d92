package org.studykb.analysis;

import static org.studykb.analysis.TestDicts.DICTS;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A small in-memory index as the analysis package recommends it: {@code body} with {@link
 * StudyAnalyzer} and {@code body_ngram} with {@link NgramAnalyzer}, both storing offsets in the
 * postings for highlighting; {@code id} as a keyword.
 */
final class SearchFixture implements AutoCloseable {
    static final String BODY = "body";
    static final String NGRAM = "body_ngram";
    static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    final DirectoryReader reader;

    SearchFixture(String... docs) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer()))) {
            for (int i = 0; i < docs.length; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "d" + i, Field.Store.YES));
                doc.add(new Field(BODY, docs[i], TEXT_WITH_OFFSETS));
                doc.add(new Field(NGRAM, docs[i], TEXT_WITH_OFFSETS));
                w.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(dir);
    }

    static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX),
                Map.of(NGRAM, new NgramAnalyzer(StudyAnalyzer.Mode.INDEX)));
    }

    static Analyzer queryAnalyzer() {
        return new PerFieldAnalyzerWrapper(new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.QUERY),
                Map.of(NGRAM, new NgramAnalyzer(StudyAnalyzer.Mode.QUERY)));
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setTokenized(true);
        type.setStored(true);
        type.freeze();
        return type;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
