package org.studykb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;

/**
 * Builds the Lucene query of a parsed user query. Every clause is matched by HanLP words (ranked
 * first, title above body) or by the n-gram safety net, so a word the dictionary does not know,
 * or one HanLP cut differently, is still found. A quoted phrase must occur verbatim: it is a
 * phrase over the n-gram field, whatever the segmenter did.
 */
final class BuildQuery {
    /** Most words of a plain query must be there: a natural question names more than it needs. */
    static final float WORDS_MIN_SHOULD = 0.5f;
    /** Ranks documents that match every word of the query above those that match some. */
    static final float ALL_WORDS_BONUS = 100f;
    static final float SAFETY_NET_MIN_SHOULD = 0.5f;
    /** Loose matching (words, n-grams in any order) looks at this many characters of a clause at most. */
    static final int LOOSE_MAX_CHARS = 64;
    /** A pinyin query typed apart ({@code minzhu shenghuo hui}) found as one phrase: above {@link #ALL_WORDS_BONUS}. */
    static final float PINYIN_PHRASE_BONUS = 2 * ALL_WORDS_BONUS;
    private static final java.util.regex.Pattern PINYIN = java.util.regex.Pattern.compile("[A-Za-z' ]{2,}");

    private final QueryBuilder words;
    /** The words with the function words: all of them, 不 included, earn the bonus of a passage that has them. */
    private final QueryBuilder everyWord;
    private final QueryBuilder ngrams;
    private final QueryBuilder pinyin;
    private final List<String> stopwords;
    private final Analyzer wordsAnalyzer;
    private final Analyzer everyWordAnalyzer;
    private final RankingWeights weights;

    BuildQuery(IndexAnalyzers analyzers, RankingWeights weights) {
        this.weights = weights;
        this.everyWordAnalyzer = analyzers.words();
        this.wordsAnalyzer = new WithoutFunctionWords(analyzers.words(), analyzers.functionWords());
        this.stopwords = analyzers.queryStopwords();
        this.pinyin = new QueryBuilder(analyzers.pinyin());
        this.words = new QueryBuilder(wordsAnalyzer);
        this.everyWord = new QueryBuilder(analyzers.words());
        this.everyWord.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.ngrams = new QueryBuilder(analyzers.ngrams());
        this.words.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** Where a query is run: whole documents (with titles) or passages. */
    enum Target { DOCUMENTS, PASSAGES }

    /** The query that selects and ranks, over one record kind. */
    Query build(ParsedQuery parsed, Target target) {
        return build(parsed, target, PinyinTerms.NONE);
    }

    /**
     * The query that selects and ranks, over one record kind. A document must match at least one
     * of the query's words; documents that match all of them come first (AND, then OR).
     * A query typed in pinyin also finds the words it spells.
     */
    Query build(ParsedQuery parsed, Target target, PinyinTerms spellings) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        root.add(new TermQuery(new Term(Fields.KIND,
                target == Target.DOCUMENTS ? Fields.KIND_DOC : Fields.KIND_PASSAGE)), Occur.FILTER);
        List<Query> groups = new ArrayList<>();
        for (List<ParsedQuery.Clause> group : parsed.groups()) {
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            int n = 0;
            for (ParsedQuery.Clause clause : group) {
                Query q = clause(clause, target, spellings);
                if (q != null) {
                    alternatives.add(q, Occur.SHOULD);
                    n++;
                }
            }
            if (n > 0) {
                groups.add(alternatives.build());
            }
        }
        Query pinyinWhole = wholeQueryInPinyin(parsed, target, spellings);
        if (pinyinWhole != null) {
            groups = List.of(new BooleanQuery.Builder().add(andThenOr(groups), Occur.SHOULD)
                    .add(pinyinWhole, Occur.SHOULD).build());
        }
        if (groups.isEmpty()) {
            if (!parsed.groups().isEmpty()) {
                return new MatchNoDocsQuery("no searchable words");
            }
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            root.add(andThenOr(groups), Occur.MUST);
        }
        for (ParsedQuery.Clause clause : parsed.excluded()) {
            Query verbatim = verbatim(clause.text(), target != Target.PASSAGES);
            if (verbatim != null) {
                root.add(verbatim, Occur.MUST_NOT);
            }
        }
        for (Map.Entry<String, List<String>> filter : parsed.filters().entrySet()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String value : filter.getValue()) {
                any.add(new TermQuery(new Term(filter.getKey(), value)), Occur.SHOULD);
            }
            root.add(any.build(), Occur.FILTER);
        }
        return root.build();
    }

    /** Any group matches; documents matching every group get a bonus that ranks them above the rest. */
    private Query andThenOr(List<Query> groups) {
        if (groups.size() == 1) {
            return groups.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Query g : groups) {
            any.add(g, Occur.SHOULD);
            all.add(g, Occur.FILTER);
        }
        any.add(new BoostQuery(new ConstantScoreQuery(all.build()), ALL_WORDS_BONUS), Occur.SHOULD);
        return any.build();
    }

    /** True when the query's words are the syllables of one pinyin phrase ({@code min zhu sheng huo hui}). */
    boolean spelledAsOne(ParsedQuery parsed) {
        if (parsed.groups().size() < 2) {
            return false;
        }
        for (List<ParsedQuery.Clause> group : parsed.groups()) {
            ParsedQuery.Clause c = group.get(0);
            if (group.size() > 1 || c.phrase() || c.titleOnly() || !PINYIN.matcher(c.text()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** {@code min zhu sheng huo hui}: the words are syllables of one query, not separate words. */
    private Query wholeQueryInPinyin(ParsedQuery parsed, Target target, PinyinTerms spellings) {
        if (!spelledAsOne(parsed)) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (List<ParsedQuery.Clause> group : parsed.groups()) {
            joined.append(joined.length() > 0 ? " " : "").append(group.get(0).text());
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int should = spelled(b, joined.toString(), target, spellings);
        should += addBoosted(b, pinyin.createBooleanQuery(Fields.TITLE_PINYIN, joined.toString(), Occur.MUST),
                weights.pinyin(), target == Target.DOCUMENTS);
        Query phrase = PinyinPhrase.of(joined.toString(), target == Target.DOCUMENTS, weights.title());
        should += addBoosted(b, phrase, 1f, true);
        // the whole phrase outranks documents that merely have each typed word somewhere (min, zhu … apart)
        addBoosted(b, phrase == null ? null : new ConstantScoreQuery(phrase), PINYIN_PHRASE_BONUS, true);
        return should == 0 ? null : b.build();
    }

    /** The words of the index that the letters spell, searched as words. */
    private int spelled(BooleanQuery.Builder b, String letters, Target target, PinyinTerms spellings) {
        int should = 0;
        for (PinyinTerms.Word word : spellings.spelledBy(letters)) {
            should += addBoosted(b, words.createPhraseQuery(Fields.BODY, word.text()), 1f, true);
            should += addBoosted(b, words.createPhraseQuery(Fields.TITLE, word.text()), weights.title(),
                    target == Target.DOCUMENTS);
        }
        return should;
    }

    /** Plain words without the question words around them: 怎样解决工程款拖欠问题 → 解决工程款拖欠问题. */
    String withoutQuestionWords(String text) {
        String out = text;
        for (String stop : stopwords) {
            out = out.replace(stop, " ");
        }
        out = out.strip().replaceAll("\\s+", " ");
        return out.isEmpty() ? text : out;
    }

    /** The terms to mark in snippets: words and verbatim phrases, not the loose safety net. */
    Query highlight(ParsedQuery parsed, PinyinTerms spellings) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> letters = new ArrayList<>();
        for (List<ParsedQuery.Clause> group : parsed.groups()) {
            for (ParsedQuery.Clause clause : group) {
                if (clause.titleOnly()) {
                    continue;
                }
                String text = clause.phrase() ? clause.text() : withoutQuestionWords(clause.text());
                addBoosted(b, ngrams.createPhraseQuery(Fields.BODY_NGRAM, text), 1f, true);
                if (!clause.phrase()) {
                    addBoosted(b, words.createBooleanQuery(Fields.BODY, text, Occur.SHOULD), 1f,
                            !singleCharacters(wordsOf(text)));
                    if (PINYIN.matcher(text).matches()) {
                        letters.add(text);
                    }
                }
            }
        }
        letters.add(String.join(" ", letters));
        for (String typed : letters) {
            for (PinyinTerms.Word word : spellings.spelledBy(typed)) {
                addBoosted(b, ngrams.createPhraseQuery(Fields.BODY_NGRAM, word.text()), 1f, true);
            }
            addBoosted(b, PinyinPhrase.of(typed, false, 1f), 1f, true);
        }
        return b.build();
    }

    private Query clause(ParsedQuery.Clause clause, Target target, PinyinTerms spellings) {
        boolean titles = target == Target.DOCUMENTS;
        if (clause.titleOnly() && !titles) {
            return null;
        }
        String text = clause.text();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (clause.phrase()) {
            Query verbatim = clause.titleOnly()
                    ? ngrams.createPhraseQuery(Fields.TITLE_NGRAM, text)
                    : verbatim(text, titles);
            if (verbatim == null) {
                return null;
            }
            b.add(verbatim, Occur.MUST);
            addBoosted(b, ngrams.createPhraseQuery(Fields.TITLE_NGRAM, text), weights.title(), titles);
            return b.build();
        }
        String plain = withoutQuestionWords(text);
        String loose = plain.length() > LOOSE_MAX_CHARS ? plain.substring(0, LOOSE_MAX_CHARS) : plain;
        int should = 0;
        List<String> plainWords = wordsOf(plain);
        List<String> looseWords = plain.equals(loose) ? plainWords : wordsOf(loose);
        boolean characters = singleCharacters(looseWords);
        float minShould = minShould(loose, looseWords.size());
        float exact = verbatimDoubtful(plain) ? weights.exact() : 0f;
        should += addBoosted(b, wordsOrNet(characters ? null : words.createMinShouldMatchQuery(Fields.TITLE, loose,
                minShould), safetyNet(Fields.TITLE_NGRAM, loose)), weights.title(), titles);
        should += addBoosted(b, ngrams.createPhraseQuery(Fields.TITLE_NGRAM, plain), exact * weights.title(),
                titles && exact > 0);
        if (PINYIN.matcher(text).matches()) {
            should += addBoosted(b, pinyin.createBooleanQuery(Fields.TITLE_PINYIN, text, Occur.MUST), weights.pinyin(),
                    titles);
            if (!clause.titleOnly()) {
                should += spelled(b, text, target, spellings);
                should += addBoosted(b, PinyinPhrase.of(text, titles, weights.title()), 1f, true);
            }
        }
        if (titles && !clause.titleOnly()) {
            for (String name : typeNames(plain, plainWords)) {
                should += addBoosted(b, new TermQuery(new Term(Fields.TYPE, name)), weights.type(), true);
            }
        }
        if (!clause.titleOnly()) {
            should += addBoosted(b, wordsOrNet(characters ? null : words.createMinShouldMatchQuery(Fields.BODY,
                    loose, minShould), safetyNet(Fields.BODY_NGRAM, loose)), 1f, true);
            if (!characters) {
                Query all = everyWord.createBooleanQuery(Fields.BODY, loose, Occur.MUST);
                if (all instanceof BooleanQuery && weights.allWords() > 0) {
                    addBoosted(b, new ConstantScoreQuery(all), weights.allWords(), true);
                }
                if (looseWords.size() > 1 && weights.near() > 0) {
                    addBoosted(b, words.createPhraseQuery(Fields.BODY, loose, weights.slop()), weights.near(), true);
                }
            }
            should += addBoosted(b, ngrams.createPhraseQuery(Fields.BODY_NGRAM, plain), exact, exact > 0);
        }
        return should == 0 ? null : b.build();
    }

    /**
     * The share of the text's content words a match needs: as many as {@link #WORDS_MIN_SHOULD} of all its
     * words, function words counted, would need; the function words themselves are not searched, so they
     * cannot make up the number (不存在的词语组合 needs two of 存在, 词语, 组合, not 不 and 的).
     */
    private float minShould(String text, int content) {
        int all = tokens(everyWordAnalyzer, text).size();
        if (content == 0 || content == all) {
            return WORDS_MIN_SHOULD;
        }
        return Math.min(1f, (float) Math.floor(WORDS_MIN_SHOULD * all) / content + 1e-4f);
    }

    /** The words the query analyzer makes of the text, in order, without function words. */
    private List<String> wordsOf(String text) {
        return tokens(wordsAnalyzer, text);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * True when the segmenter knows no word of the text and cut it into single characters
     * (陪会 → 陪 / 会): single characters match everywhere, so only the n-grams can tell.
     */
    private static boolean singleCharacters(List<String> words) {
        return words.size() > 1
                && words.stream().allMatch(w -> w.length() == 1 && Character.isIdeographic(w.charAt(0)));
    }

    /**
     * The text and the words in it, as candidate type names: a term query on the type field only
     * matches when one of them is a type some document has, so no list of types is needed here.
     */
    private static List<String> typeNames(String text, List<String> words) {
        List<String> names = new ArrayList<>();
        names.add(text);
        words.stream().filter(w -> w.length() >= 2 && !names.contains(w)).forEach(names::add);
        return names;
    }

    /** The text verbatim in a document's body or title, or null when it has nothing searchable. */
    Query verbatimOf(String text) {
        return verbatim(text, true);
    }

    /**
     * The document records that hold every word of the query verbatim (one of each group's alternatives), or null
     * when a group has nothing searchable: the loose matching finds something for nearly any typo, so whether a
     * correction "finds far more" is judged on the words as written.
     */
    Query everyWordVerbatim(ParsedQuery parsed) {
        if (parsed.groups().isEmpty()) {
            return null;
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), Occur.FILTER);
        for (List<ParsedQuery.Clause> group : parsed.groups()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int n = 0;
            for (ParsedQuery.Clause c : group) {
                Query q = verbatimOf(c.text());
                if (q != null) {
                    any.add(q, Occur.SHOULD);
                    n++;
                }
            }
            if (n == 0) {
                return null;
            }
            every.add(any.build(), Occur.MUST);
        }
        return every.build();
    }

    /** The text verbatim, in the body or (for documents) the title. */
    private Query verbatim(String text, boolean titles) {
        Query body = ngrams.createPhraseQuery(Fields.BODY_NGRAM, text);
        Query title = titles ? ngrams.createPhraseQuery(Fields.TITLE_NGRAM, text) : null;
        if (body == null) {
            return title;
        }
        if (title == null) {
            return body;
        }
        return new BooleanQuery.Builder().add(body, Occur.SHOULD).add(title, Occur.SHOULD).build();
    }

    /**
     * A field's word match or its n-gram net, whichever scores more: the net is a fallback for words the segmenter
     * cut differently, not a second count of words already found (its bigrams across a word boundary would reward
     * the query's exact string); weighted {@code net} against the words.
     */
    private Query wordsOrNet(Query wordsQuery, Query net) {
        if (net == null) {
            return wordsQuery;
        }
        Query weighted = new BoostQuery(net, weights.net());
        return wordsQuery == null ? weighted : new DisjunctionMaxQuery(List.of(wordsQuery, weighted), 0f);
    }

    /** Most of the n-grams of the text, in any order: finds words HanLP segments differently. */
    private Query safetyNet(String field, String text) {
        return ngrams.createMinShouldMatchQuery(field, netText(text), SAFETY_NET_MIN_SHOULD);
    }

    /**
     * True when the segmenter is not sure of the clause's cut: the net keeps it in one piece (no boundary between
     * two words of two or more characters). Only then does the verbatim string earn {@code exact}; where the words
     * are sure (红包回扣 → 红包 回扣), the words and their proximity ({@code near}) say it, as the net does.
     */
    private boolean verbatimDoubtful(String text) {
        return netText(text).equals(text);
    }

    /**
     * The text the net is made of: cut (by a space) where one word of two or more characters meets another, so
     * the net has no bigram across a boundary the segmenter is sure of (红包回扣 → 红包 回扣, no 包回). Such a
     * bigram only says the two words are adjacent, which proximity and {@code exact} already weigh; where a word
     * is a single character the cut is doubtful (陪会 → 陪 / 会) and the bigrams stay.
     */
    private String netText(String text) {
        BitSet starts = new BitSet();
        BitSet ends = new BitSet();
        BitSet inside = new BitSet();
        try (TokenStream ts = everyWordAnalyzer.tokenStream(Fields.BODY, text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (text.codePointCount(start, end) >= 2) {
                    starts.set(start);
                    ends.set(end);
                }
                if (end - start > 1) {
                    inside.set(start + 1, end);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        starts.and(ends);
        starts.andNot(inside);
        if (starts.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + starts.cardinality());
        for (int i = 0; i < text.length(); i++) {
            if (starts.get(i) && i > 0) {
                sb.append(' ');
            }
            sb.append(text.charAt(i));
        }
        return sb.toString();
    }

    private static int addBoosted(BooleanQuery.Builder b, Query q, float boost, boolean enabled) {
        if (q == null || !enabled) {
            return 0;
        }
        b.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        return 1;
    }
}
