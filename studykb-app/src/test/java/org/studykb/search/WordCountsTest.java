package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.studykb.index.Fields;

/**
 * Word counts per viewer rank over a hand-built index of five records in one segment, one of them deleted (kept
 * in the segment, as after an edit before a merge): a deleted record counts for nobody, a 内部 one only from the
 * rank of its lowest allowed role on. {@code alpha} is in more records than there are special ones, {@code gamma}
 * in fewer, so both ways of counting are used.
 */
class WordCountsTest {
    static final int NONE = 0;
    static final int MEMBER = 1;
    static final int WRITER = 2;
    static final int LEADER = 3;
    static final int ADMIN = 4;

    @Test
    void deletedRecordsCountForNobodyAndInternalOnesFromTheirLevelOn() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer())
                    .setMergePolicy(NoMergePolicy.INSTANCE))) {
                w.addDocument(record("a", "alpha beta"));
                w.addDocument(record("b", "alpha"));
                w.addDocument(record("c", "alpha gamma", "LEADER", "ADMIN"));
                w.addDocument(record("d", "alpha gamma", "WRITER", "ADMIN"));
                w.addDocument(record("e", "alpha"));
                w.commit();
                w.deleteDocuments(new Term(Fields.ID, "b"));
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(1);
                assertThat(reader.numDeletedDocs()).isEqualTo(1);
                WordCounts counts = IndexTerms.read(reader).counts();
                assertThat(List.of(NONE, MEMBER, WRITER, LEADER, ADMIN))
                        .map(rank -> counts.visible("alpha", rank)).containsExactly(2, 2, 3, 4, 4);
                assertThat(List.of(NONE, MEMBER, WRITER, LEADER, ADMIN))
                        .map(rank -> counts.visible("gamma", rank)).containsExactly(0, 0, 1, 2, 2);
                assertThat(counts.visible("beta", NONE)).isEqualTo(1);
                assertThat(counts.words()).containsExactly("alpha", "beta", "gamma");
            }
        }
    }

    @Test
    void aWordOnlyDeletedRecordsHeldIsNotKept() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer())
                    .setMergePolicy(NoMergePolicy.INSTANCE))) {
                w.addDocument(record("a", "alpha"));
                w.addDocument(record("b", "alpha omega"));
                w.commit();
                w.deleteDocuments(new Term(Fields.ID, "b"));
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                WordCounts counts = IndexTerms.read(reader).counts();
                assertThat(counts.words()).containsExactly("alpha");
                assertThat(counts.visible("omega", ADMIN)).isZero();
            }
        }
    }

    private static Document record(String id, String body, String... roles) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, id, Field.Store.YES));
        d.add(new TextField(Fields.BODY, body, Field.Store.NO));
        if (roles.length > 0) {
            d.add(new StringField(Fields.ACCESS, Fields.ACCESS_INTERNAL, Field.Store.NO));
            for (String r : roles) {
                d.add(new StringField(Fields.ACCESS, r, Field.Store.NO));
            }
        }
        return d;
    }
}
