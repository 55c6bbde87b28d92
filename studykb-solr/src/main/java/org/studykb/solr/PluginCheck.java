package org.studykb.solr;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.search.RankingQueries;
import org.studykb.search.RankingWeights;

/**
 * Checks a Solr node's library folder before the node is started: with only Lucene and the plugin's jars on the class
 * path, the configset's word lists load and the ranking's query parser builds and runs its query over a small index of
 * its own. {@code java -cp '<solr>/server/solr-webapp/webapp/WEB-INF/lib/lucene-*:<lib>/*'
 * org.studykb.solr.PluginCheck <configset>} prints what it found and exits 0, or names what is missing and exits 1.
 */
public final class PluginCheck {
    private PluginCheck() {
    }

    /** How many of two small documents the query {@code 民主生活会} finds with the configset's analyzers: 1. */
    static long check(Path configset) throws IOException {
        IndexAnalyzers analyzers = IndexAnalyzers.load(configset);
        RankingQueries queries = new RankingQueries(analyzers, RankingWeights.shipped());
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzers.indexing()))) {
            writer.addDocument(record("a", "关于召开专题民主生活会的通知", "班子成员开展批评和自我批评。"));
            writer.addDocument(record("b", "学习心得", "深入学习，联系实际。"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                return searcher.count(queries.documents("民主生活会", searcher));
            }
        }
    }

    private static Document record(String id, String title, String body) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, id, Field.Store.YES));
        d.add(new StringField(Fields.KIND, Fields.KIND_DOC, Field.Store.NO));
        d.add(new TextField(Fields.TITLE, title, Field.Store.NO));
        d.add(new TextField(Fields.BODY, body, Field.Store.NO));
        return d;
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PluginCheck CONFIGSET_DIR");
            System.exit(2);
        }
        try {
            long found = check(Path.of(args[0]));
            if (found != 1) {
                System.err.println("studykb plugin: the test query found " + found + " of 2 documents, expected 1");
                System.exit(1);
            }
            System.out.println("studykb plugin: OK (configset " + args[0] + ", analyzers and ranking queries load)");
        } catch (IOException | RuntimeException | LinkageError e) {
            System.err.println("studykb plugin: " + e);
            System.exit(1);
        }
    }
}
