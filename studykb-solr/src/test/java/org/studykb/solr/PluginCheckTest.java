package org.studykb.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a Solr node's lib folder must hold for the ranking's query parser: this module, the product's classes, the
 * analysis and HanLP, on top of the Lucene every node has. {@link PluginCheck} runs in a JVM of its own with only
 * those on its class path (the build's classes folders or jars of our modules, the jars from ~/.m2), so a class the
 * parser needs from anywhere else (Tika, Spring, SnakeYAML …) fails it.
 */
class PluginCheckTest {
    private static final List<String> ENTRIES = Arrays.asList(
            System.getProperty("java.class.path").split(File.pathSeparator));

    @TempDir
    static Path configset;

    @BeforeAll
    static void writeConfigset() throws IOException {
        Configset.write(Path.of("indexer"), configset);
    }

    private static boolean lucene(String entry) {
        return entry.contains("/org/apache/lucene/");
    }

    private static boolean ours(String entry) {
        return entry.contains("studykb-solr") || entry.contains("studykb-app") || entry.contains("studykb-analysis")
                || entry.matches(".*/studykb-[^/]*\\.jar");
    }

    private static boolean hanlp(String entry) {
        return entry.contains("/com/hankcs/hanlp/");
    }

    private static Process run(Predicate<String> onClassPath) throws IOException {
        String classPath = String.join(File.pathSeparator, ENTRIES.stream().filter(onClassPath).toList());
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, PluginCheck.class.getName(), configset.toString())
                .redirectErrorStream(true).start();
    }

    private static String finish(Process p) throws Exception {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theParserRunsWithLuceneOurModulesAndHanlpAlone() throws Exception {
        assertThat(ENTRIES.stream().filter(PluginCheckTest::hanlp)).hasSize(1);
        Process p = run(e -> lucene(e) || ours(e) || hanlp(e));
        String out = finish(p);
        assertThat(out).contains("studykb plugin: OK");
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void withoutHanlpTheCheckSaysWhatIsMissing() throws Exception {
        Process p = run(e -> lucene(e) || ours(e));
        String out = finish(p);
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(out).contains("studykb plugin:").contains("hankcs");
    }
}
