package org.studykb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.analysis.Dictionaries;
import org.studykb.analysis.StudyAnalyzer;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;
import org.studykb.search.SearchService;

/**
 * Property: a phrase of two or three consecutive words, as the segmenter cuts a real document of either collection
 * (the demo corpus and linchuan), typed in full pinyin (joined or spaced by words) or as initials, finds a document
 * that contains it in the top 10 — for at least 95 % of 200 random phrases (fixed seed), in each form.
 */
class PinyinPhrasesTest {
    static final Path CONFIG = Path.of("indexer");
    static final Path DEMO = Path.of("corpus");
    static final Path LINCHUAN = Path.of("../shared/data/linchuan/corpus");
    static final int PER_COLLECTION = 100;
    static final double TARGET = 0.95;

    @TempDir
    Path tmp;

    @Test
    void pinyinAndInitialsOfRandomPhrasesFindADocumentContainingThem() throws IOException {
        assumeTrue(Files.isDirectory(LINCHUAN), "linchuan is beside the repository (../shared/data/linchuan)");
        List<PinyinPhrases.Result> results = new ArrayList<>();
        results.add(score(DEMO, tmp.resolve("demo"), 1));
        results.add(score(LINCHUAN, tmp.resolve("linchuan"), 2));
        int phrases = results.stream().mapToInt(PinyinPhrases.Result::phrases).sum();
        PinyinPhrases.Result all = new PinyinPhrases.Result(phrases,
                results.stream().mapToInt(PinyinPhrases.Result::joined).sum(),
                results.stream().mapToInt(PinyinPhrases.Result::spaced).sum(),
                results.stream().mapToInt(PinyinPhrases.Result::initials).sum(),
                results.stream().flatMap(r -> r.misses().stream()).toList());
        assertThat(phrases).isEqualTo(2 * PER_COLLECTION);
        assertThat(all.share(all.joined())).as(all.line() + "\n" + String.join("\n", all.misses()))
                .isGreaterThanOrEqualTo(TARGET);
        assertThat(all.share(all.spaced())).as(all.line() + "\n" + String.join("\n", all.misses()))
                .isGreaterThanOrEqualTo(TARGET);
        assertThat(all.share(all.initials())).as(all.line() + "\n" + String.join("\n", all.misses()))
                .isGreaterThanOrEqualTo(TARGET);
    }

    @Test
    void phrasesAreConsecutiveWordsOfTheTextInChineseCharacters() throws IOException {
        Dictionaries dicts = Dictionaries.load(CONFIG);
        List<BaselineIndex.Doc> docs = List.of(new BaselineIndex.Doc("a", "标题", "召开专题民主生活会。DRG 付费改革，2019年"),
                new BaselineIndex.Doc("b", "空", ""));
        List<PinyinPhrases.Phrase> phrases = PinyinPhrases.sample(docs,
                new StudyAnalyzer(dicts.withoutSynonyms(), StudyAnalyzer.Mode.QUERY), 20, 1);
        assertThat(phrases).isNotEmpty().allSatisfy(p -> {
            assertThat(docs.get(0).body()).contains(p.text());
            assertThat(p.text()).hasSizeGreaterThanOrEqualTo(PinyinPhrases.MIN_CHARS)
                    .matches("\\p{IsHan}+");
            assertThat(p.joined()).isEqualTo(p.spaced().replace(" ", "")).matches("[a-z]+");
        });
        assertThat(phrases).extracting(PinyinPhrases.Phrase::text).doesNotHaveDuplicates();
        assertThat(phrases).filteredOn(p -> p.text().equals("民主生活会")).allSatisfy(p -> {
            assertThat(p.joined()).isEqualTo("minzhushenghuohui");
            assertThat(p.initials()).isEqualTo("mzshh");
        });
    }

    /** Indexes one collection, then samples its phrases and searches them. */
    private static PinyinPhrases.Result score(Path corpus, Path data, long seed) throws IOException {
        IndexAnalyzers analyzers = IndexAnalyzers.load(CONFIG);
        new IndexCorpus(IngestPipeline.load(CONFIG), 1).run(corpus, data, analyzers, IndexProgress.NONE);
        List<BaselineIndex.Doc> docs = IndexedText.read(data);
        Dictionaries dicts = Dictionaries.load(CONFIG);
        List<PinyinPhrases.Phrase> phrases = PinyinPhrases.sample(docs,
                new StudyAnalyzer(dicts.withoutSynonyms(), StudyAnalyzer.Mode.QUERY), PER_COLLECTION,
                PinyinPhrases.SEED + seed);
        try (SearchService service = SearchService.open(data, analyzers)) {
            return PinyinPhrases.score(service, phrases, docs);
        }
    }
}
