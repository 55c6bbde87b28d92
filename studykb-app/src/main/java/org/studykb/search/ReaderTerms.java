package org.studykb.search;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * What one pass over a reader's term dictionary gives (pinyin spellings, word counts for suggestions), made again
 * when the reader changed: searches and suggestions share it.
 */
final class ReaderTerms {
    private IndexTerms terms = IndexTerms.NONE;
    private IndexReader reader;

    synchronized IndexTerms of(IndexSearcher searcher) throws IOException {
        if (searcher.getIndexReader() != reader) {
            terms = IndexTerms.read(searcher.getIndexReader());
            reader = searcher.getIndexReader();
        }
        return terms;
    }
}
