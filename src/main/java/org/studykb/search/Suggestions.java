package org.studykb.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;

/**
 * Suggestions while a person types: words of the texts and of the domain dictionary that start with what was
 * typed, and document titles that contain it. Built once per index generation, kept in memory. Words are chosen
 * and ordered by how many records the person may see hold them ({@link WordCounts}, by their {@link Viewer}'s
 * rank), so a 内部 document they may not see neither offers its words nor moves others; a title is offered only
 * when they may see its document.
 */
public final class Suggestions {
    /** Words in fewer records (documents and passages) are not offered. */
    static final int MIN_TERM_DOCS = 2;
    /** Candidate words counted for one request at most, most frequent (for the viewer) first. */
    static final int MAX_COUNTED = 40;

    private final SearchService search;
    private final Path dictionary;
    private IndexReader builtFor;
    private Built built;

    /** A suggestion: a word ({@code term}) to search for, or a document ({@code title}) to open. */
    public record Suggestion(String text, String kind, String id, long count) {
    }

    /** @param access the roles allowed to see the document; empty when it is public */
    private record Title(String lower, String title, String id, List<String> access) {
    }

    /**
     * @param words      the words of the texts, with how many records each rank of viewer sees them in
     * @param dictionary the domain dictionary's words: offered when one visible record holds them
     * @param pinyin     words of Chinese characters by their full pinyin ({@code kexuefazhanguan\t科学发展观}),
     *                   so typing pinyin suggests the words it begins
     */
    private record Built(WordCounts words, Set<String> dictionary, TreeMap<String, String> pinyin,
                         List<Title> titles) {
    }

    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("[a-z]+");

    /** {@code configDir} may hold {@code dictionary.txt} (one word first on each line, {@code #} comments). */
    public Suggestions(SearchService search, Path configDir) {
        this.search = search;
        this.dictionary = configDir.resolve("dictionary.txt");
    }

    public List<Suggestion> suggest(String typed, int max, Viewer viewer) throws IOException {
        String prefix = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (prefix.isEmpty() || max <= 0) {
            return List.of();
        }
        Built b = built();
        Set<String> candidates = new java.util.HashSet<>(b.words().startingWith(prefix).keySet());
        String letters = prefix.replace(" ", "");
        if (LETTERS.matcher(letters).matches()) {
            candidates.addAll(b.pinyin().subMap(letters, true, letters + Character.MAX_VALUE, true).values());
        }
        int rank = viewer.rank();
        Map<String, Integer> visible = new java.util.HashMap<>();
        for (String word : candidates) {
            int n = b.words().visible(word, rank);
            if (n >= (b.dictionary().contains(word) ? 1 : MIN_TERM_DOCS)) {
                visible.put(word, n);
            }
        }
        List<String> words = visible.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_COUNTED).map(Map.Entry::getKey).toList();
        List<Suggestion> out = new ArrayList<>(documentCounts(words, Math.max(1, (max + 1) / 2), viewer));
        b.titles().stream()
                .filter(t -> t.lower().contains(prefix) && viewer.sees(t.access()))
                .sorted(Comparator.comparing((Title t) -> !t.lower().startsWith(prefix))
                        .thenComparing(t -> t.title().length())
                        .thenComparing(Title::title).thenComparing(Title::id))
                .limit(max - out.size())
                .forEach(t -> out.add(new Suggestion(t.title(), "title", t.id(), 1)));
        return out;
    }

    /** Up to {@code max} of the words, each with how many documents (not passages) the viewer may see hold it. */
    private List<Suggestion> documentCounts(List<String> words, int max, Viewer viewer) throws IOException {
        List<Suggestion> out = new ArrayList<>();
        IndexSearcher searcher = search.acquire();
        try {
            for (String word : words) {
                if (out.size() >= max) {
                    break;
                }
                var q = Visibility.restrict(viewer, new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(Fields.BODY, word)), BooleanClause.Occur.FILTER).build());
                int n = searcher.count(q);
                if (n > 0) {
                    out.add(new Suggestion(word, "term", null, n));
                }
            }
        } finally {
            search.release(searcher);
        }
        return out;
    }

    private synchronized Built built() throws IOException {
        IndexSearcher searcher = search.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            if (reader != builtFor) {
                built = build(searcher);
                builtFor = reader;
            }
            return built;
        } finally {
            search.release(searcher);
        }
    }

    private Built build(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Set<String> dictionary = Set.copyOf(dictionaryWords());
        WordCounts terms = WordCounts.count(reader, Fields.BODY, new WordCounts.Keep(Suggestions::worthSuggesting,
                (word, n) -> n >= (dictionary.contains(word) ? 1 : MIN_TERM_DOCS)));
        TreeMap<String, String> pinyin = new TreeMap<>();
        terms.words().stream().filter(w -> w.codePoints().allMatch(Character::isIdeographic))
                .forEach(w -> pinyin.put(org.studykb.analysis.Pinyins.of(w).full() + "\t" + w, w));
        List<Title> titles = new ArrayList<>();
        TermQuery docs = new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC));
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(docs, Math.max(1, searcher.count(docs))).scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(Fields.ID, Fields.TITLE, Fields.ACCESS));
            String title = d.get(Fields.TITLE) == null ? d.get(Fields.ID) : d.get(Fields.TITLE);
            titles.add(new Title(title.toLowerCase(Locale.ROOT), title, d.get(Fields.ID),
                    List.of(d.getValues(Fields.ACCESS))));
        }
        return new Built(terms, dictionary, pinyin, titles);
    }

    /** Words of two or more characters with at least one letter (not numbers, not single characters). */
    static boolean worthSuggesting(String word) {
        return word.codePointCount(0, word.length()) >= 2 && word.codePoints().anyMatch(Character::isLetter);
    }

    private List<String> dictionaryWords() throws IOException {
        if (!Files.isRegularFile(dictionary)) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(dictionary, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String word = s.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (worthSuggesting(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
