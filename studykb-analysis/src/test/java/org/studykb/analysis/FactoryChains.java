package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.apache.lucene.tests.analysis.ValidatingTokenFilter;
import org.apache.lucene.util.ResourceLoader;

/**
 * What the factory tests share: a chain built by SPI names over {@code indexer/} as a Solr core would see its
 * configset, the demo corpus's texts (read from {@code scripts/corpus/src}, the UTF-8 sources of {@code corpus/}),
 * and the comparison of two analyzers token by token, end state included.
 */
final class FactoryChains {
    /** The resources a schema names: {@code dictionary.txt} and {@code synonyms.txt} of {@code indexer/}. */
    static final ResourceLoader INDEXER =
            new FilesystemResourceLoader(TestDicts.CONFIG, FactoryChains.class.getClassLoader());
    static final Path CORPUS_SOURCES = Path.of("scripts/corpus/src");
    /** Texts the corpus may lack: traditional, full-width, upper case, ○ in dates, supplementary characters. */
    static final List<String> EDGE_TEXTS = List.of(
            "",
            "深入學習實踐科學發展觀活動，黨員幹部ＨＩＳ系統升級",
            "二○○八年十一月，ＤＲＧ付費改革 2023年 his系统",
            "不忘初心、牢记使命 ke xue fa zhan guan kexuefazhanguan mzshh",
            "四风问题突出：形式主义、官僚主义、享乐主义和奢靡之风",
            "𠀀𠀁 中文𡃁字 ABC def 123");
    private static final List<String> CORPUS = readCorpus();

    private FactoryChains() {}

    /** A builder whose resources are {@code indexer/}'s files. */
    static CustomAnalyzer.Builder chain() {
        return CustomAnalyzer.builder(INDEXER);
    }

    /** A chain of {@link Chain}, the one definition the configset is generated from, over {@code indexer/}. */
    static Analyzer byName(Chain chain) {
        try {
            return chain.build(INDEXER);
        } catch (IOException e) {
            throw new UncheckedIOException("building " + chain, e);
        }
    }

    /** Every demo-corpus text, then {@link #EDGE_TEXTS}. */
    static List<String> texts() {
        List<String> all = new ArrayList<>(CORPUS);
        all.addAll(EDGE_TEXTS);
        return all;
    }

    /** One analysed value: every token, then the state {@code end()} leaves (final offset, trailing holes). */
    record Analysed(List<TestDicts.Tok> tokens, int finalOffset, int finalPosInc) {}

    static Analysed analyse(Analyzer analyzer, String text) {
        try (TokenStream ts = new ValidatingTokenFilter(analyzer.tokenStream("body", text), "last")) {
            List<TestDicts.Tok> tokens = TestDicts.readAll(ts);
            ts.end();
            return new Analysed(tokens, ts.getAttribute(OffsetAttribute.class).endOffset(),
                    ts.getAttribute(PositionIncrementAttribute.class).getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code byName} gives exactly {@code ours}'s tokens (term, offsets, position increments and lengths, types)
     * and end state on every text; returns the number of tokens compared, so a test can show it compared some.
     */
    static int assertSameTokens(Analyzer ours, Analyzer byName, List<String> texts) {
        int compared = 0;
        for (String text : texts) {
            Analysed expected = analyse(ours, text);
            Analysed actual = analyse(byName, text);
            String head = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            assertThat(actual.tokens()).as("tokens of %s by %s", head, byName).isEqualTo(expected.tokens());
            assertThat(actual).as("end state of %s by %s", head, byName).isEqualTo(expected);
            compared += expected.tokens().size();
        }
        return compared;
    }

    /** Whether two analyzers differ somewhere on {@code texts}: the comparison above can tell them apart. */
    static boolean differ(Analyzer a, Analyzer b, List<String> texts) {
        return texts.stream().anyMatch(t -> !analyse(a, t).equals(analyse(b, t)));
    }

    private static List<String> readCorpus() {
        try (Stream<Path> files = Files.list(CORPUS_SOURCES)) {
            List<String> texts = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the demo corpus sources in " + CORPUS_SOURCES, e);
        }
    }
}
