package org.studykb.analysis;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The domain dictionary and synonyms from {@code indexer/}, loaded once and immutable afterwards.
 *
 * <p>The dictionary's terms go into a HanLP custom dictionary owned by this object (HanLP's
 * shipped custom dictionary plus ours), handed to each tokenizer's segmenter; HanLP's global
 * {@code CustomDictionary} is never modified, so loading is idempotent and two configurations can
 * live in one JVM. A changed dictionary means a new {@code Dictionaries}, a new analyzer and, for
 * documents analysed under the old {@link #version()}, a reindex.
 */
public final class Dictionaries {
    /**
     * Bump whenever analysis code changes the tokens it produces, or the index records change layout (a2:
     * passage id, ordinal, offsets and label as doc values; a3: the syllable fields; a4: each
     * document's keywords and summary; a5: those from the word field's segmentation), so the next index run
     * analyses every file again; part of {@link #version()}.
     */
    static final String CODE_VERSION = "a5";
    private static final SynonymMap NO_SYNONYMS = new SynonymMap(null, null, 0);

    private final DynamicCustomDictionary custom;
    private final SynonymMap synonyms;
    private final String version;
    private final List<String> terms;
    private final int synonymRuleCount;

    private Dictionaries(DynamicCustomDictionary custom, SynonymMap synonyms, String version,
                         List<String> terms, int synonymRuleCount) {
        this.custom = custom;
        this.synonyms = synonyms;
        this.version = version;
        this.terms = List.copyOf(terms);
        this.synonymRuleCount = synonymRuleCount;
    }

    /**
     * Reads {@code dictionary.txt} and {@code synonyms.txt} from {@code configDir} (the
     * {@code --config} directory, {@code ./indexer} by default).
     *
     * @throws MalformedDictionaryException naming file and line of the first bad line
     * @throws IOException if a file is missing or unreadable (the message names it)
     */
    public static Dictionaries load(Path configDir) throws IOException {
        Path dictFile = configDir.resolve(DictionaryFile.NAME);
        Path synFile = configDir.resolve(SynonymFile.NAME);
        return parse(dictFile, read(dictFile), synFile, read(synFile));
    }

    /**
     * The dictionary and synonyms from their bytes (UTF-8); {@code dictFile} and {@code synFile} name them in
     * errors. {@link #load} reads them from {@code indexer/}, the analysis factories through Lucene's
     * {@code ResourceLoader}.
     */
    static Dictionaries parse(Path dictFile, byte[] dictBytes, Path synFile, byte[] synBytes) {
        Dictionaries words = words(dictFile, dictBytes);
        List<SynonymFile.Rule> rules =
                SynonymFile.parseRules(synFile, new String(synBytes, StandardCharsets.UTF_8));
        SynonymMap synonyms;
        try (StudyAnalyzer analyzer = new StudyAnalyzer(words, StudyAnalyzer.Mode.QUERY)) {
            synonyms = SynonymFile.build(synFile, rules, analyzer);
        }
        String version = CODE_VERSION + "-" + hash(dictBytes, synBytes);
        return new Dictionaries(words.custom, synonyms, version, words.terms, rules.size());
    }

    /** The dictionary alone, without synonyms (the tokenizer needs no more). */
    static Dictionaries words(Path dictFile, byte[] dictBytes) {
        List<DictionaryFile.Entry> entries =
                DictionaryFile.parse(dictFile, new String(dictBytes, StandardCharsets.UTF_8));
        DynamicCustomDictionary custom = customDictionary(entries);
        List<String> terms = entries.stream().map(DictionaryFile.Entry::term).toList();
        return new Dictionaries(custom, NO_SYNONYMS, CODE_VERSION + "-" + hash(dictBytes, new byte[0]), terms, 0);
    }

    /** HanLP's shipped dictionaries only: no domain terms, no synonyms (baselines, tests). */
    public static Dictionaries builtIn() {
        return new Dictionaries(customDictionary(List.of()), NO_SYNONYMS, CODE_VERSION + "-builtin", List.of(), 0);
    }

    /** The same words without query-time synonyms (segmentation evaluation). */
    public Dictionaries withoutSynonyms() {
        return new Dictionaries(custom, NO_SYNONYMS, version + "-nosyn", terms, 0);
    }

    /** Query-time synonyms; empty ({@code fst == null}) when there are none. */
    public SynonymMap synonyms() {
        return synonyms;
    }

    boolean hasSynonyms() {
        return synonyms.fst != null;
    }

    /**
     * Identifies the analysis: {@value #CODE_VERSION}, then a hash of both files' bytes. The index
     * stores it with each document; a document analysed under another version is re-analysed.
     */
    public String version() {
        return version;
    }

    /** Number of terms in {@code dictionary.txt}. */
    public int termCount() {
        return terms.size();
    }

    /**
     * The terms of {@code dictionary.txt}, folded as the text they meet is (simplified, half-width, lower case):
     * the one reading of the file that analysis and suggestions share.
     */
    public List<String> terms() {
        return terms;
    }

    /** Number of rules (lines) in {@code synonyms.txt}. */
    public int synonymRuleCount() {
        return synonymRuleCount;
    }

    DynamicCustomDictionary customDictionary() {
        return custom;
    }

    /** Whether HanLP's core dictionary, its custom dictionary or ours knows {@code word}. */
    boolean isWord(String word) {
        return custom.contains(word) || CoreDictionary.contains(word);
    }

    /** The most frequent nature of a known word, else {@code null}. */
    Nature natureOf(String word) {
        CoreDictionary.Attribute a = custom.get(word);
        if (a == null) {
            a = CoreDictionary.get(word);
        }
        return a == null || a.nature.length == 0 ? null : a.nature[0];
    }

    private static DynamicCustomDictionary customDictionary(List<DictionaryFile.Entry> entries) {
        BinTrie<CoreDictionary.Attribute> ours = new BinTrie<>();
        for (DictionaryFile.Entry e : entries) {
            ours.put(e.term(), new CoreDictionary.Attribute(e.nature(), e.frequency()));
        }
        DynamicCustomDictionary shipped = CustomDictionary.DEFAULT;
        return new DynamicCustomDictionary(shipped.dat, ours, shipped.path);
    }

    private static byte[] read(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "analysis configuration file is missing");
        }
    }

    private static String hash(byte[] dictionary, byte[] synonyms) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(CODE_VERSION.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(dictionary);
            sha.update((byte) 0);
            sha.update(synonyms);
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
