package org.studykb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import org.studykb.search.Backends;

/**
 * {@code --backend}, {@code --solr}, {@code --zk}, {@code --collection}, {@code --shards}, {@code --replicas} of
 * {@code serve}, {@code index}, {@code search} and {@code problems}: parsed, checked, and without the Solr module on the class path
 * (as here: the product's own tests) a message that says how to add it, with no stack trace.
 */
class BackendOptionsTest {
    @TempDir
    Path corpus;
    @TempDir
    Path data;

    private static BackendOptions parse(String... args) {
        IndexCommand command = new IndexCommand();
        new CommandLine(command).parseArgs(args);
        return command.backend;
    }

    @Test
    void withoutOptionsTheEmbeddedIndexIsUsed() {
        BackendOptions options = parse("--corpus", "c");
        assertThat(options.embedded()).isTrue();
        assertThat(options.problem()).isEmpty();
        assertThat(options.collection).isEqualTo("studykb");
    }

    @Test
    void solrOptionsAreParsed() {
        BackendOptions options = parse("--corpus", "c", "--backend", "solr", "--solr",
                "http://a:8983/solr,http://b:8983/solr", "--collection", "study_2", "--shards", "3", "--replicas", "1");
        assertThat(options.embedded()).isFalse();
        assertThat(options.problem()).isEmpty();
        assertThat(options.solrUrls).containsExactly("http://a:8983/solr", "http://b:8983/solr");
        var settings = options.settings(new ConfigOptions(), null);
        assertThat(settings.name()).isEqualTo(Backends.SOLR);
        assertThat(settings.solrUrls()).hasSize(2);
        assertThat(settings.collection()).isEqualTo("study_2");
        assertThat(settings.shards()).isEqualTo(3);
        assertThat(settings.replicas()).isEqualTo(1);
        assertThat(settings.create()).isFalse();
        assertThat(settings.creating().create()).isTrue();
        assertThat(parse("--corpus", "c", "--backend", "solr", "--zk", "zk1:2181,zk2:2181/solr").problem()).isEmpty();
    }

    @Test
    void serveSetsTheWebsBackendPropertiesOnlyWhenGivenABackend() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--data", "d", "--port", "8081");
        assertThat(serve.arguments()).noneMatch(a -> a.startsWith("--studykb.backend")
                || a.startsWith("--studykb.solr"));
        serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--data", "d", "--backend", "solr", "--solr",
                "http://a:8983/solr,http://b:8983/solr", "--collection", "study_2", "--replicas", "3");
        assertThat(serve.arguments()).contains("--server.port=8080", "--studykb.backend=solr",
                "--studykb.solr.urls=http://a:8983/solr,http://b:8983/solr", "--studykb.solr.collection=study_2",
                "--studykb.solr.shards=2", "--studykb.solr.replicas=3").noneMatch(a -> a.startsWith("--studykb.solr.zk"));
        serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--backend", "solr", "--zk", "zk1:2181,zk2:2181/solr");
        assertThat(serve.arguments()).contains("--studykb.solr.zk-host=zk1:2181,zk2:2181/solr")
                .noneMatch(a -> a.startsWith("--studykb.solr.urls"));
    }

    @Test
    void optionsThatMakeNoSenseAreNamed() {
        assertThat(parse("--corpus", "c", "--backend", "elastic").problem()).contains("lucene 或 solr");
        assertThat(parse("--corpus", "c", "--backend", "solr").problem()).contains("--solr");
        assertThat(parse("--corpus", "c", "--backend", "solr", "--solr", "http://a/solr", "--zk", "z:2181").problem())
                .contains("二选一");
        assertThat(parse("--corpus", "c", "--solr", "http://a/solr").problem()).contains("--backend solr");
        assertThat(parse("--corpus", "c", "--backend", "solr", "--solr", "http://a/solr", "--shards", "0").problem())
                .contains("--shards");
        assertThat(parse("--corpus", "c", "--backend", "solr", "--solr", "http://a/solr", "--collection", "a/b")
                .problem()).contains("--collection");
    }

    @Test
    void badBackendOptionsExitTwoInEveryCommand() throws IOException {
        Files.writeString(corpus.resolve("a.txt"), "意见建议汇总", StandardCharsets.UTF_8);
        for (List<String> command : List.of(List.of("index", "--corpus", corpus.toString()),
                List.of("search", "民主生活会"), List.of("problems", "--json"), List.of("serve", "--port", "9"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--data", data.toString(), "--backend", "solr"));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.code()).as(command + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).contains("--solr");
        }
        assertThat(CliRun.of("search", "--data", data.toString(), "--backend", "elastic", "q").code()).isEqualTo(2);
    }

    @Test
    void solrWithoutTheSolrModuleSaysHowToAddIt() throws IOException {
        Files.writeString(corpus.resolve("a.txt"), "意见建议汇总", StandardCharsets.UTF_8);
        for (List<String> command : List.of(List.of("index", "--corpus", corpus.toString()),
                List.of("search", "民主生活会"), List.of("problems", "--json"), List.of("serve", "--port", "9"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--data", data.toString(), "--backend", "solr", "--solr", "http://127.0.0.1:9/solr"));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.code()).as(command + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).contains("找不到 solr 后端").contains("target/solr-lib").contains("scripts/solr.sh")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run.out()).isEmpty();
        }
        assertThat(data.resolve("index")).doesNotExist();
    }
}
