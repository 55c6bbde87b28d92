package org.studykb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.studykb.index.CorpusIndex;
import org.studykb.index.IndexAnalyzers;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchService;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualEdit;
import org.studykb.store.ManualValuesStore;
import org.studykb.store.StoreDatabase;
import org.studykb.store.UserAccounts;

/**
 * {@code index}, {@code users} and {@code problems} reach the store {@code serve} uses, through the same settings:
 * the embedded store of the data folder by default, a PostgreSQL server when {@code spring.datasource.url} names
 * one. A value set by hand in the store survives an {@code index} run that rebuilds the index from nothing (there
 * is no snapshot file any more: the command reads the store).
 */
class StoreOfTheCommandsTest {
    static final Path CONFIG = Path.of("indexer");

    @TempDir
    Path corpus;
    @TempDir
    Path data;

    @Test
    void theIndexCommandTakesManualValuesFromTheEmbeddedStore() throws IOException {
        writeCorpus();
        assertThat(Main.run("index", "--corpus", corpus.toString(), "--data", data.toString())).isZero();
        DataSource ds = StoreDatabase.openH2(data);
        new ManualValuesStore(ds, new AuditLog(ds)).set("体会.txt", new ManualEdit("党课讲稿", null, null, null), "张三");
        deleteIndex();

        assertThat(Main.run("index", "--corpus", corpus.toString(), "--data", data.toString())).isZero();
        assertThat(count("type:党课讲稿 走马观花")).isEqualTo(1);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "STUDYKB_TEST_PG_URL", matches = "jdbc:postgresql:.+")
    void everyCommandReachesAPostgresqlStoreNamedByTheSettings() throws IOException {
        String base = System.getenv("STUDYKB_TEST_PG_URL");
        String schema = "studykb_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DataSource admin = new DriverManagerDataSource(base);
        JdbcClient.create(admin).sql("CREATE SCHEMA " + schema).update();
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        System.setProperty("spring.datasource.url", url);
        try {
            writeCorpus();
            assertThat(Main.run("index", "--corpus", corpus.toString(), "--data", data.toString())).isZero();
            assertThat(Main.run("users", "add", "lijing", "--role", "领导", "--data", data.toString())).isZero();
            DataSource pg = new DriverManagerDataSource(url);
            assertThat(new UserAccounts(pg, new AuditLog(pg)).find("lijing")).isPresent();
            assertThat(Files.exists(data.resolve("store").resolve("studykb.mv.db")))
                    .as("no embedded store was made beside it").isFalse();

            new ManualValuesStore(pg, new AuditLog(pg)).set("体会.txt", new ManualEdit("党课讲稿", null, null, null),
                    "张三");
            deleteIndex();
            assertThat(Main.run("index", "--corpus", corpus.toString(), "--data", data.toString())).isZero();
            assertThat(count("type:党课讲稿 走马观花")).isEqualTo(1);
            assertThat(Main.run("problems", "--data", data.toString(), "--json")).isZero();
            assertThat(Main.run("backup", "--data", data.toString(), "--to", data.resolveSibling(schema).toString()))
                    .as("backup says it cannot copy a server database").isEqualTo(Main.EXIT_USAGE);
        } finally {
            System.clearProperty("spring.datasource.url");
            JdbcClient.create(admin).sql("DROP SCHEMA " + schema + " CASCADE").update();
        }
    }

    private void writeCorpus() throws IOException {
        Files.writeString(corpus.resolve("体会.txt"), "学习体会\n\n领导干部下基层调研少，有时走马观花。\n",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("方案.txt"), "整改方案\n\n建立班子成员基层联系点制度。\n", StandardCharsets.UTF_8);
    }

    private void deleteIndex() throws IOException {
        try (Stream<Path> files = Files.walk(CorpusIndex.indexDir(data))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private long count(String query) throws IOException {
        try (SearchService search = SearchService.open(data, IndexAnalyzers.load(CONFIG))) {
            return search.search(SearchRequest.of(query, 10)).total();
        }
    }
}
