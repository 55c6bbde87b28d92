package org.studykb.search;

import java.io.IOException;
import java.util.List;

import org.studykb.access.Viewer;

/**
 * Suggestions while a person types: words of the texts and of the domain dictionary that start with what was typed
 * (or whose pinyin does), then titles of documents that contain it. A 内部 document the person may not see neither
 * offers its words or title nor moves other words in the order. Each backend gives its own
 * ({@link SearchBackend#suggestions()}): {@link LuceneSuggestions} for the embedded index.
 */
public interface Suggestions {
    /** Words in fewer records (documents and passages) a viewer may see are not offered. */
    int MIN_TERM_DOCS = 2;

    /** A suggestion: a word ({@code term}) to search for, or a document ({@code title}) to open. */
    record Suggestion(String text, String kind, String id, long count) {
    }

    /** Up to {@code max} suggestions for what the person typed so far: words first (about half), then titles. */
    List<Suggestion> suggest(String typed, int max, Viewer viewer) throws IOException;

    /** Words of two or more characters with at least one letter (not numbers, not single characters). */
    static boolean worthSuggesting(String word) {
        return word.codePointCount(0, word.length()) >= 2 && word.codePoints().anyMatch(Character::isLetter);
    }
}
