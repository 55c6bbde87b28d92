package org.studykb.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexFiles;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchService;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualValuesStore;
import org.studykb.store.SavedSearchRecords;
import org.studykb.store.StoreDatabase;

/**
 * What the home page's saved-search counts cost: the demo corpus ({@code corpus/}) indexed into a temporary folder,
 * one user with {@code N} saved searches (the first {@code N} queries of {@code scripts/eval/topics.tsv}), and the
 * median of 15 rounds, each after adding a document (a new index version), of (a) one full search per saved search,
 * as the counts were made before, (b) {@link SavedSearches#list}, one pass, and (c) the same again on the same
 * version (the kept rankings). Prints the three; no assertion. Run from the project folder after
 * {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.studykb.library.SavedSearchesBench 20}.
 */
final class SavedSearchesBench {
    private static final int ROUNDS = 15;

    private SavedSearchesBench() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path root = Files.createTempDirectory("saved-bench");
        Path corpus = root.resolve("corpus");
        Path data = root.resolve("data");
        try (Stream<Path> files = Files.walk(Path.of("corpus"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = corpus.resolve(Path.of("corpus").relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        // one connection kept open, as the application's pool keeps them: the embedded store opened per query would
        // cost more than the searches
        DataSource store = new SingleConnectionDataSource(StoreDatabase.openH2(data).getConnection(), true);
        AuditLog audit = new AuditLog(store);
        ManualValuesStore manual = new ManualValuesStore(store, audit);
        IndexAnalyzers analyzers = IndexAnalyzers.load(FourDocuments.CONFIG);
        IngestPipeline pipeline = IngestPipeline.load(FourDocuments.CONFIG);
        new IndexCorpus(pipeline, 2, manual).run(corpus, data, analyzers, IndexProgress.NONE);
        IndexFiles index = new IndexFiles(pipeline, analyzers, data);
        List<String> queries = Files.readAllLines(Path.of("scripts/eval/topics.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("\t")).map(l -> l.substring(l.indexOf('\t') + 1)).limit(n).toList();
        Viewer viewer = Viewer.of(EnumSet.of(Role.MEMBER));
        try (SearchService search = SearchService.open(data, analyzers)) {
            SavedSearches saved = new SavedSearches(new SavedSearchRecords(store, audit), search);
            for (String q : queries) {
                saved.save("bench", viewer, q, "");
            }
            long[] before = new long[ROUNDS];
            long[] changed = new long[ROUNDS];
            long[] unchanged = new long[ROUNDS];
            for (int round = -3; round < ROUNDS; round++) {
                // a new document, so that the index has a new version, as after an upload or an index run
                Path file = corpus.resolve("bench/" + (round + 3) + ".txt");
                Files.createDirectories(file.getParent());
                Files.writeString(file, "新增材料 " + round + "\n\n整改落实情况。\n", StandardCharsets.UTF_8);
                index.add(corpus, file, manual);
                search.refreshNow();
                search.search(SearchRequest.of("整改", 1), viewer); // the new reader's term dictionary, read once
                long t0 = System.nanoTime();
                for (String q : queries) {
                    search.search(new SearchRequest(q, SearchRequest.Sort.RELEVANCE, 0, SavedSearches.TRACKED), viewer);
                }
                long t1 = System.nanoTime();
                saved.list("bench", viewer);
                long t2 = System.nanoTime();
                saved.list("bench", viewer);
                long t3 = System.nanoTime();
                if (round >= 0) {
                    before[round] = t1 - t0;
                    changed[round] = t2 - t1;
                    unchanged[round] = t3 - t2;
                }
            }
            System.out.printf("%d documents, %d saved searches, median of %d rounds:%n", search.documentCount(),
                    queries.size(), ROUNDS);
            System.out.printf("  one full search each (before):                       %8.1f ms%n", median(before));
            System.out.printf("  SavedSearches.list, first after an index change:     %8.1f ms%n", median(changed));
            System.out.printf("  SavedSearches.list, again on the same index version: %8.1f ms%n", median(unchanged));
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
