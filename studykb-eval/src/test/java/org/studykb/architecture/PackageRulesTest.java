package org.studykb.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package order of docs/architecture.md, checked on the compiled product classes: no cycle between the
 * top-level packages, access at the bottom, nothing but the command line above the web, ingest never reaching
 * the store, the library services free of web types, and the Lucene index opened only where the list below
 * says (a list that may only shrink: since issue 12, only the index package, its one access point).
 * The picture in docs/architecture.md is compared with the graph found here, so it cannot drift.
 */
class PackageRulesTest {
    static final String BASE = "org.studykb";
    static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void theTopLevelPackagesHaveNoCycle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void accessIsAtTheBottom() {
        noClasses().that().resideInAPackage(BASE + ".access..").should().dependOnClassesThat()
                .resideOutsideOfPackages(BASE + ".access..", "java..").check(product);
    }

    @Test
    void theConfigurationReaderImportsNothingOfOursAndIsTheOnlyReaderOfIndexerYaml() {
        classes().that().resideInAPackage(BASE + ".config..").should().onlyDependOnClassesThat()
                .resideInAnyPackage(BASE + ".config..", "java..", "org.yaml..").check(product);
        // the evaluation's expected-figure files are not indexer/ settings: eval and RectifyExpected read them
        noClasses().that().resideOutsideOfPackages(BASE + ".config..", BASE + ".eval..")
                .and().doNotHaveSimpleName("RectifyExpected")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.yaml.snakeyaml.Yaml").check(product);
    }

    @Test
    void analysisDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage(BASE + ".analysis..").should().dependOnClassesThat()
                .resideInAnyPackage(BASE + ".access..", BASE + ".ingest..", BASE + ".index..", BASE + ".store..",
                        BASE + ".search..", BASE + ".rectify..", BASE + ".library..", BASE + ".web..",
                        BASE + ".cli..")
                .check(product);
    }

    @Test
    void nothingButTheCommandLineImportsTheWebAndNothingImportsTheCommandLine() {
        noClasses().that().resideOutsideOfPackages(BASE + ".web..", BASE + ".cli..").should().dependOnClassesThat()
                .resideInAPackage(BASE + ".web..").check(product);
        noClasses().that().resideOutsideOfPackage(BASE + ".cli..").should().dependOnClassesThat()
                .resideInAPackage(BASE + ".cli..").check(product);
    }

    @Test
    void ingestNeverImportsTheStore() {
        noClasses().that().resideInAPackage(BASE + ".ingest..").should().dependOnClassesThat()
                .resideInAnyPackage(BASE + ".store..", BASE + ".search..", BASE + ".rectify..").check(product);
    }

    @Test
    void theDomainNeverImportsTheApplicationServices() {
        noClasses().that().resideInAnyPackage(BASE + ".ingest..", BASE + ".index..", BASE + ".store..",
                BASE + ".search..", BASE + ".rectify..", BASE + ".analysis..", BASE + ".access..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".library..").check(product);
    }

    @Test
    void controllersAreThinAndSpeakNoLuceneOrSql() {
        classes().that().resideInAPackage(BASE + ".web..").and().areAnnotatedWith(
                        org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.apache.lucene..", "java.sql..",
                        "org.springframework.jdbc..")
                .check(product);
    }

    /**
     * The web and the application services speak to the index through {@code search.SearchBackend} (or
     * {@code index.IndexBackend} where they only read), with its {@code Documents} and {@code Suggestions}, so that a
     * SolrCloud backend takes the embedded one's place with {@code studykb.backend=solr}: none of them names the
     * embedded classes ({@code search.Backends} opens the one the settings name).
     */
    @Test
    void theWebNamesNoEmbeddedSearchClass() {
        noClasses().that().resideInAnyPackage(BASE + ".web..", BASE + ".library..")
                .should().dependOnClassesThat().haveFullyQualifiedName(BASE + ".search.SearchService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(BASE + ".search.LuceneDocuments")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(BASE + ".search.LuceneSuggestions")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(BASE + ".index.LuceneIndex")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(BASE + ".index.CorpusIndex")
                .check(product);
    }

    /** Where a Lucene directory, reader, writer or searcher manager is opened: only the index's one access point
     * ({@code index.LuceneIndex}, its writer {@code index.CorpusIndex}, and {@code index.ScratchIndex} for the
     * separate throw-away indexes of rectify, the baselines and the benchmark). Search, rectify, backup, eval,
     * bench and the web ask it (issue 12). */
    static final Set<String> OPENS_THE_INDEX = Set.of("index");

    @Test
    void theIndexIsOpenedOnlyWhereTheListSays() {
        Set<String> opening = new TreeSet<>();
        for (JavaClass c : product) {
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                JavaClass owner = call.getTargetOwner();
                boolean opens = (owner.isEquivalentTo(FSDirectory.class) && call.getName().equals("open"))
                        || (owner.isEquivalentTo(DirectoryReader.class) && call.getName().equals("open"));
                if (opens) {
                    opening.add(feature(c));
                }
            }
            c.getConstructorCallsFromSelf().stream()
                    .filter(k -> k.getTargetOwner().isEquivalentTo(IndexWriter.class)
                            || k.getTargetOwner().isEquivalentTo(SearcherManager.class))
                    .forEach(k -> opening.add(feature(c)));
        }
        assertThat(OPENS_THE_INDEX).containsAll(opening);
    }

    /** The package graph drawn in docs/architecture.md is the one the classes have. */
    @Test
    void thePictureInTheArchitectureNoteIsTheGraphOfTheClasses() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"), StandardCharsets.UTF_8);
        int from = doc.indexOf("<!-- package graph -->");
        int to = doc.indexOf("<!-- end of package graph -->");
        assertThat(from).as("docs/architecture.md marks its package graph").isNotNegative();
        assertThat(doc.substring(from, to)).contains(graph());
    }

    /** One line per top-level package: the packages of ours it uses, in order. */
    static String graph() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : product) {
            String from = top(c);
            if (from.isEmpty()) {
                continue;
            }
            Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
            c.getDirectDependenciesFromSelf().forEach(d -> {
                String t = top(d.getTargetClass());
                if (!t.isEmpty() && !t.equals(from)) {
                    targets.add(t);
                }
            });
        }
        StringBuilder out = new StringBuilder();
        uses.forEach((p, t) -> out.append(String.format("%-9s → %s%n", p, t.isEmpty() ? "—" : String.join(", ", t))));
        return out.toString();
    }

    private static String top(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith(BASE + ".")) {
            return "";
        }
        String rest = p.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String feature(JavaClass c) {
        String p = c.getPackageName().substring(BASE.length() + 1);
        return p;
    }
}
