package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.index.Fields;

/** Length normalisation against the average record of one kind, over a real index of documents and passages. */
class RecordSearcherTest {
    @TempDir
    Path dir;

    @Test
    void averageLengthIsThatOfTheRecordsOfItsKind() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir)) {
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                // two documents of 12 and 4 words, each with passages of 2 words
                w.addDocument(record(Fields.KIND_DOC, "a b c d e f g h i j k l"));
                for (int i = 0; i < 6; i++) {
                    w.addDocument(record(Fields.KIND_PASSAGE, "a b"));
                }
                w.addDocument(record(Fields.KIND_DOC, "a b c d"));
                w.addDocument(record(Fields.KIND_PASSAGE, "a b"));
                w.addDocument(record(Fields.KIND_PASSAGE, "c d"));
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                BM25Similarity bm25 = new BM25Similarity();
                CollectionStatistics docs = new RecordSearcher(reader, Fields.KIND_DOC, bm25)
                        .collectionStatistics(Fields.BODY);
                CollectionStatistics passages = new RecordSearcher(reader, Fields.KIND_PASSAGE, bm25)
                        .collectionStatistics(Fields.BODY);
                CollectionStatistics mixed = new org.apache.lucene.search.IndexSearcher(reader)
                        .collectionStatistics(Fields.BODY);
                assertThat((double) mixed.sumTotalTermFreq() / mixed.docCount()).isEqualTo(32.0 / 10);
                assertThat((double) docs.sumTotalTermFreq() / docs.docCount()).isEqualTo(8.0);
                assertThat((double) passages.sumTotalTermFreq() / passages.docCount()).isEqualTo(2.0);
                assertThat(docs.docCount()).isEqualTo(mixed.docCount());
            }
        }
    }

    private static Document record(String kind, String body) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        d.add(new TextField(Fields.BODY, body, Field.Store.NO));
        return d;
    }
}
