package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexFiles;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualEdit;
import org.studykb.store.ManualValuesStore;
import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.store.StoreDatabase;

/**
 * Suggestions over real indexes: three public documents, and in a second index the same three and two more that
 * only a 领导 may see. The hidden ones are made to win everywhere if they leaked: a title shorter than every public
 * one that starts and one that contains what is typed, and many paragraphs of a public word, of a word of their own
 * and of a word spelled kexue… in pinyin. A 党员 gets the same suggestions in the same order from both indexes.
 */
class SuggestionsTest {
    static final Path CONFIG = Path.of("indexer");
    static final Viewer MEMBER = Viewer.of(EnumSet.of(Role.MEMBER));
    static final Viewer LEADER = Viewer.of(EnumSet.of(Role.LEADER));
    static final List<String> TYPED = List.of("学习", "学", "习心", "alpha", "alphat", "alphaq", "科学", "kexue",
            "ke xue", "会议", "专题", "内部", "xuexi");

    @Test
    void aHiddenDocumentNeitherOffersItsTitleOrWordsNorMovesTheOthers(@TempDir Path plain, @TempDir Path hiding)
            throws IOException {
        try (Index a = index(plain, false); Index b = index(hiding, true)) {
            Suggestions fromA = a.search().suggestions();
            Suggestions fromB = b.search().suggestions();
            for (String typed : TYPED) {
                assertThat(fromB.suggest(typed, 8, MEMBER)).as(typed).isEqualTo(fromA.suggest(typed, 8, MEMBER));
                assertThat(fromB.suggest(typed, 8, MEMBER)).as(typed).extracting(Suggestions.Suggestion::text)
                        .doesNotContain("学习要", "内部学习通报", "alphaqq", "科学技术");
            }
            assertThat(texts(fromA, "学习", "title", MEMBER)).as("those that start with it first, shorter first")
                    .containsExactly("学习心得", "学习计划安排", "专题学习会议记录");
            assertThat(texts(fromA, "alpha", "term", MEMBER)).as("most records first")
                    .containsExactly("alphaone", "alphatwo");
            assertThat(texts(fromA, "kexue", "term", MEMBER)).contains("科学发展观").doesNotContain("科学技术");

            assertThat(texts(fromB, "学习", "title", LEADER)).as("a 领导 is offered the hidden titles, first")
                    .containsExactly("学习要", "学习心得", "学习计划安排", "内部学习通报", "专题学习会议记录");
            assertThat(texts(fromB, "alpha", "term", LEADER)).as("a 领导 counts the hidden records")
                    .startsWith("alphatwo").contains("alphaqq", "alphaone");
            assertThat(texts(fromB, "kexue", "term", LEADER)).contains("科学技术", "科学发展观");
        }
    }

    @Test
    void aTitleIsOfferedOnlyWhenItHoldsTheTypedTextAsWritten(@TempDir Path root) throws IOException {
        try (Index a = index(root, false)) {
            Suggestions suggestions = a.search().suggestions();
            assertThat(texts(suggestions, "学会", "title", MEMBER)).as("学 and 会 apart in 专题学习会议记录").isEmpty();
            assertThat(texts(suggestions, "习会议", "title", MEMBER)).containsExactly("专题学习会议记录");
            assertThat(suggestions.suggest("学习".repeat(600), 8, MEMBER)).isEmpty();
            assertThat(suggestions.suggest("  ", 8, MEMBER)).isEmpty();
        }
    }

    @Test
    void aDocumentMarkedInternalAfterwardsLeavesTheSuggestionsOfTheNextGeneration(@TempDir Path root)
            throws IOException {
        try (Index a = index(root, false)) {
            Suggestions suggestions = a.search().suggestions();
            assertThat(texts(suggestions, "学习", "title", MEMBER)).contains("学习心得");
            a.store().set("一.txt", ManualEdit.access(EnumSet.of(Role.LEADER)), "测试");
            new IndexFiles(IngestPipeline.load(CONFIG), a.analyzers(), root.resolve("data")).reindex("一.txt",
                    a.store());
            a.search().refreshNow();
            assertThat(texts(suggestions, "学习", "title", MEMBER)).containsExactly("学习计划安排", "专题学习会议记录");
            assertThat(texts(suggestions, "学习", "title", LEADER)).contains("学习心得");
        }
    }

    private static List<String> texts(Suggestions suggestions, String typed, String kind, Viewer viewer)
            throws IOException {
        return suggestions.suggest(typed, 20, viewer).stream().filter(s -> s.kind().equals(kind))
                .map(Suggestions.Suggestion::text).toList();
    }

    record Index(SearchService search, ManualValuesStore store, IndexAnalyzers analyzers) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            search.close();
        }
    }

    /** Three public documents; with {@code hidden}, two more only 领导 may see. */
    private static Index index(Path root, boolean hidden) throws IOException {
        Path corpus = root.resolve("corpus");
        Path data = root.resolve("data");
        Files.createDirectories(corpus);
        write(corpus, "一.txt", "学习心得\n\nalphaone alphatwo 科学发展观。\n\nalphaone 讲话。\n");
        write(corpus, "二.txt", "学习计划安排\n\nalphaone 科学发展观 会议。\n");
        write(corpus, "三.txt", "专题学习会议记录\n\nalphatwo 会议。\n");
        DataSource ds = StoreDatabase.openH2(data);
        ManualValuesStore store = new ManualValuesStore(ds, new AuditLog(ds));
        if (hidden) {
            String paragraph = "alphatwo alphaqq 科学技术 会议。\n\n";
            write(corpus, "内部一.txt", "学习要\n\n" + paragraph.repeat(20));
            write(corpus, "内部二.txt", "内部学习通报\n\n" + paragraph.repeat(20));
            for (String id : List.of("内部一.txt", "内部二.txt")) {
                store.set(id, ManualEdit.access(EnumSet.of(Role.LEADER)), "测试");
            }
        }
        IndexAnalyzers analyzers = IndexAnalyzers.load(CONFIG);
        new IndexCorpus(IngestPipeline.load(CONFIG), 2, store).run(corpus, data, analyzers, IndexProgress.NONE);
        return new Index(SearchService.open(data, analyzers), store, analyzers);
    }

    private static void write(Path corpus, String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
    }
}
