package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.studykb.index.Fields;
import org.studykb.access.Role;
import org.studykb.access.Viewer;

/**
 * How many live records (documents and passages) hold each word of the body field, as each {@link Viewer#rank() rank} of
 * viewer counts them: a 内部 record counts only for the ranks that see it, a deleted one for nobody. Most records
 * are public and live, so only the postings of the others (usually few) are looked at: each word costs at most
 * as many steps as there are such records.
 */
final class WordCounts {
    /** Live records holding the word, as an administrator counts them. */
    private final TreeMap<String, Integer> all;
    /** For words some 内部 record holds: per record level (1 + the lowest allowed role's ordinal), how many. */
    private final Map<String, int[]> internal;

    private WordCounts(TreeMap<String, Integer> all, Map<String, int[]> internal) {
        this.all = all;
        this.internal = internal;
    }

    /**
     * Counts words one at a time as a pass over a term dictionary meets them ({@link IndexTerms}): the record
     * levels are read once, then each word costs at most as many postings steps as there are special records.
     */
    static final class Counter {
        private final Special special;
        private final TreeMap<String, Integer> all = new TreeMap<>();
        private final Map<String, int[]> internal = new HashMap<>();
        private PostingsEnum postings;

        Counter(IndexReader reader) throws IOException {
            this.special = Special.of(reader);
        }

        /** Counts the word the enum is positioned on; a word no live record holds is left out. */
        void add(String word, TermsEnum te) throws IOException {
            int df = te.docFreq();
            if (special.docs.length == 0) {
                all.put(word, df);
                return;
            }
            int[] levels = new int[Role.values().length + 1];
            postings = te.postings(postings, PostingsEnum.NONE);
            int live = df - special.tally(postings, df, levels) + Arrays.stream(levels).sum();
            if (live > 0) {
                all.put(word, live);
                if (Arrays.stream(levels).anyMatch(n -> n > 0)) {
                    internal.put(word, levels);
                }
            }
        }

        WordCounts done() {
            return new WordCounts(all, internal);
        }
    }

    static final WordCounts NONE = new WordCounts(new TreeMap<>(), Map.of());

    /** Every word counted, in order. */
    Set<String> words() {
        return all.keySet();
    }

    /** How many live records holding the word a viewer of this rank sees; 0 for a word not kept. */
    int visible(String word, int rank) {
        Integer n = all.get(word);
        if (n == null) {
            return 0;
        }
        int[] levels = internal.get(word);
        int hidden = 0;
        if (levels != null) {
            for (int level = rank + 1; level < levels.length; level++) {
                hidden += levels[level];
            }
        }
        return n - hidden;
    }

    /**
     * The records that are not public and live, in index order: deleted ones (level -1) and 内部 ones (their
     * level, 1 + the ordinal of the lowest role allowed to see them).
     */
    private record Special(int[] docs, int[] levels) {
        static Special of(IndexReader reader) throws IOException {
            Map<Integer, Integer> level = new HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                if (live != null) {
                    for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                        if (!live.get(d)) {
                            level.put(leaf.docBase + d, -1);
                        }
                    }
                }
            }
            List<Term> roles = new ArrayList<>();
            for (Role r : Role.values()) {
                roles.add(new Term(Fields.ACCESS, r.name()));
            }
            roles.add(new Term(Fields.ACCESS, Fields.ACCESS_INTERNAL));
            for (int i = 0; i < roles.size(); i++) {
                int l = Math.min(i, Role.values().length - 1) + 1;
                for (LeafReaderContext leaf : reader.leaves()) {
                    PostingsEnum pe = leaf.reader().postings(roles.get(i), PostingsEnum.NONE);
                    if (pe == null) {
                        continue;
                    }
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        level.putIfAbsent(leaf.docBase + d, l);
                    }
                }
            }
            int[] docs = level.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            int[] levels = Arrays.stream(docs).map(level::get).toArray();
            return new Special(docs, levels);
        }

        /**
         * Goes through the word's records among these, counting the 内部 live ones per level into {@code out};
         * returns how many of its {@code df} records are special.
         */
        int tally(PostingsEnum postings, int df, int[] out) throws IOException {
            int found = 0;
            if (df <= docs.length) {
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    int i = Arrays.binarySearch(docs, d);
                    if (i >= 0) {
                        found++;
                        count(i, out);
                    }
                }
                return found;
            }
            for (int i = 0; i < docs.length; i++) {
                int at = postings.docID() < docs[i] ? postings.advance(docs[i]) : postings.docID();
                if (at == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (at == docs[i]) {
                    found++;
                    count(i, out);
                }
            }
            return found;
        }

        private void count(int i, int[] out) {
            if (levels[i] > 0) {
                out[levels[i]]++;
            }
        }
    }
}
