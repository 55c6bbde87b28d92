package org.studykb.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A studykb command in a child JVM as scripts/solr.sh runs it: the product jar ({@code target/studykb.jar}, the
 * reactor's studykb-app package) through Spring Boot's PropertiesLauncher, with the Solr backend on
 * {@code -Dloader.path}. Where scripts/solr.sh names {@code target/solr-lib} alone, this names this module's
 * {@code target/classes} before it: the tests run before this module's package phase writes studykb-solr.jar there
 * (the libraries beside it are copied before the tests, see the pom), and an older jar left there is shadowed.
 */
final class ProductJar {
    static final Path JAR = Path.of("target/studykb.jar");
    static final Path SOLR_CLASSES = Path.of("studykb-solr/target/classes");
    static final Path SOLR_LIB = Path.of("target/solr-lib");
    private static final Path APP_CLASSES = Path.of("studykb-app/target/classes");

    private ProductJar() {
    }

    /**
     * The command line of {@code args} (the product's own arguments); fails when the jar is missing or older than
     * the product's classes, i.e. when the build ran {@code test} without {@code package} after a change.
     */
    static List<String> command(String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run `mvn verify` (or package) with "
                    + "-pl studykb-solr -am, which builds the product jar before this module's tests");
        }
        FileTime jar = Files.getLastModifiedTime(JAR);
        FileTime classes = newest(APP_CLASSES);
        if (classes.compareTo(jar) > 0) {
            throw new IllegalStateException(JAR + " (" + jar + ") is older than " + APP_CLASSES + " (" + classes
                    + "): run `mvn verify` (or package) with -pl studykb-solr -am");
        }
        try (Stream<Path> lib = Files.isDirectory(SOLR_LIB) ? Files.list(SOLR_LIB) : Stream.empty()) {
            if (lib.noneMatch(p -> p.getFileName().toString().startsWith("solr-solrj-"))) {
                throw new IllegalStateException(SOLR_LIB + " has no SolrJ: the build fills it at process-test-classes");
            }
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dfile.encoding=UTF-8", "-Duser.language=zh", "-Duser.country=CN",
                "-Duser.timezone=Asia/Shanghai",
                "-Dloader.path=" + SOLR_CLASSES.toAbsolutePath() + "," + SOLR_LIB.toAbsolutePath(),
                "-cp", JAR.toAbsolutePath().toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The child, its standard output into {@code log} and its errors into {@code log}.err. */
    static Process start(Path log, String... args) throws IOException {
        return new ProcessBuilder(command(args)).redirectOutput(log.toFile())
                .redirectError(log.resolveSibling(log.getFileName() + ".err").toFile()).start();
    }

    /** What a child wrote, standard output and error, for a failure's message. */
    static String logs(Path log) throws IOException {
        Path err = log.resolveSibling(log.getFileName() + ".err");
        return (Files.exists(log) ? Files.readString(log) : "")
                + (Files.exists(err) ? "\n" + Files.readString(err) : "");
    }

    private static FileTime newest(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            FileTime newest = FileTime.fromMillis(0);
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                if (t.compareTo(newest) > 0) {
                    newest = t;
                }
            }
            return newest;
        }
    }
}
