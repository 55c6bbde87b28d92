package org.studykb.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.studykb.analysis.Pinyins;
import org.studykb.index.Fields;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchService;

/**
 * 拼音短语: phrases of two or three consecutive words, drawn at random (fixed seed) from a collection's documents as
 * the segmenter cuts them, typed in pinyin three ways — joined ({@code minzhushenghuohui}), spaced by words
 * ({@code minzhu shenghuo hui}) and as initials ({@code mzshh}) — and searched; a form counts as found when a
 * document of its top {@link #TOP} contains the phrase as written. A phrase is Chinese characters only, written
 * without a break in the text, and three characters or more (two initials match nearly anything).
 */
final class PinyinPhrases {
    static final int TOP = 10;
    static final int MIN_CHARS = 3;
    static final long SEED = 20_261_206L;

    /** One phrase: as written in its document, and typed three ways. */
    record Phrase(String text, String source, String joined, String spaced, String initials) {
        List<String> typed() {
            return List.of(joined, spaced, initials);
        }
    }

    /** How many phrases were searched, and of them how many each form found; the misses, one line each. */
    record Result(int phrases, int joined, int spaced, int initials, List<String> misses) {
        static final Result NONE = new Result(0, 0, 0, 0, List.of());

        double share(int found) {
            return phrases == 0 ? 0 : (double) found / phrases;
        }

        /** The lowest of the three shares. */
        double worst() {
            return Math.min(share(joined), Math.min(share(spaced), share(initials)));
        }

        String line() {
            return String.format(java.util.Locale.ROOT, "拼音短语（%d 条二至三词短语，前 %d 条含该短语的比例）：全拼 %.3f · 按词空格 %.3f"
                    + " · 首字母 %.3f", phrases, TOP, share(joined), share(spaced), share(initials));
        }
    }

    private PinyinPhrases() {
    }

    /**
     * {@code n} distinct phrases of the documents (id, title, body), cut into words by {@code words} (the
     * segmenter's words, one after another, without synonyms).
     */
    static List<Phrase> sample(List<BaselineIndex.Doc> docs, Analyzer words, int n, long seed) {
        Random random = new Random(seed);
        Map<String, List<Word>> cut = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Phrase> out = new ArrayList<>();
        List<BaselineIndex.Doc> withText = docs.stream().filter(d -> !d.body().isBlank()).toList();
        for (int attempt = 0; attempt < 200 * n && out.size() < n && !withText.isEmpty(); attempt++) {
            BaselineIndex.Doc doc = withText.get(random.nextInt(withText.size()));
            List<Word> ws = cut.computeIfAbsent(doc.id(), k -> words(words, doc.body()));
            int len = 2 + random.nextInt(2);
            if (ws.size() < len) {
                continue;
            }
            int at = random.nextInt(ws.size() - len + 1);
            List<Word> run = ws.subList(at, at + len);
            if (!chinese(run)) {
                continue;
            }
            String text = doc.body().substring(run.get(0).start(), run.get(len - 1).end());
            if (text.length() < MIN_CHARS || !seen.add(text)) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            StringBuilder initials = new StringBuilder();
            List<String> spaced = new ArrayList<>();
            for (Word w : run) {
                Pinyins.Spelling s = Pinyins.of(w.term());
                joined.append(s.full());
                initials.append(s.initials());
                spaced.add(s.full());
            }
            out.add(new Phrase(text, doc.id(), joined.toString(), String.join(" ", spaced), initials.toString()));
        }
        return out;
    }

    /** Searches each phrase's three forms and counts those with a document containing the phrase in the top. */
    static Result score(SearchService service, List<Phrase> phrases, List<BaselineIndex.Doc> docs)
            throws IOException {
        Map<String, BaselineIndex.Doc> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        int[] found = new int[3];
        List<String> misses = new ArrayList<>();
        for (Phrase p : phrases) {
            List<String> typed = p.typed();
            for (int form = 0; form < typed.size(); form++) {
                boolean hit = false;
                for (SearchBackend.ScoredId id : service.rankScored(typed.get(form), TOP)) {
                    BaselineIndex.Doc d = byId.get(id.id());
                    hit |= d != null && (d.body().contains(p.text()) || d.title().contains(p.text()));
                }
                if (hit) {
                    found[form]++;
                } else {
                    misses.add(typed.get(form) + "\t" + p.text() + "\t" + p.source());
                }
            }
        }
        return new Result(phrases.size(), found[0], found[1], found[2], List.copyOf(misses));
    }

    private record Word(String term, int start, int end) {
    }

    private static List<Word> words(Analyzer analyzer, String text) {
        List<Word> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every word all Chinese characters, each starting where the one before ends. */
    private static boolean chinese(List<Word> run) {
        for (int i = 0; i < run.size(); i++) {
            Word w = run.get(i);
            if (!w.term().codePoints().allMatch(Character::isIdeographic) || w.end() - w.start() != w.term().length()
                    || (i > 0 && run.get(i - 1).end() != w.start())) {
                return false;
            }
        }
        return true;
    }
}
