package org.studykb.search;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.util.BytesRef;

/** What a lucene-suggest suggester is built from: entries with a weight, a payload and contexts, in list order. */
final class SuggesterEntries implements InputIterator {
    /** One entry: the text looked up, what it gives back, its weight (higher first) and its contexts. */
    record Entry(BytesRef text, BytesRef payload, long weight, Set<BytesRef> contexts) {
    }

    private final Iterator<Entry> entries;
    private Entry current;

    SuggesterEntries(List<Entry> entries) {
        this.entries = entries.iterator();
    }

    @Override
    public BytesRef next() {
        current = entries.hasNext() ? entries.next() : null;
        return current == null ? null : current.text();
    }

    @Override
    public long weight() {
        return current.weight();
    }

    @Override
    public BytesRef payload() {
        return current.payload();
    }

    @Override
    public boolean hasPayloads() {
        return true;
    }

    @Override
    public Set<BytesRef> contexts() {
        return current.contexts();
    }

    @Override
    public boolean hasContexts() {
        return true;
    }
}
