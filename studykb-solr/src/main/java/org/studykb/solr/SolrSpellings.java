package org.studykb.solr;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.studykb.index.Fields;
import org.studykb.search.Spellings;

/**
 * The whole collection's words of ideographs by their pinyin ({@link Spellings}), read with the configset's
 * {@code /terms} handler (Solr's TermsComponent, distributed: each shard's words with their record counts, summed) and
 * kept until the
 * collection's version changes: the version is asked at most every {@link #CHECK_EVERY_MILLIS}, and at once after
 * {@link #refreshNow()} (an upload or an edit). Only words of ideographs are asked for ({@code terms.regex},
 * {@link Spellings#kept}): the embedded index's one pass over its term dictionary spells the same.
 */
final class SolrSpellings {
    /** {@link Spellings#kept}, as the TermsComponent's regular expression. */
    static final String SPELLED = "\\p{IsIdeographic}{2," + Spellings.MAX_WORD + "}";

    /** How long the spellings are used before the collection's version is asked again. */
    static final long CHECK_EVERY_MILLIS = 2_000;

    /** The collection's version ({@link SolrCloudIndex#version()}). */
    @FunctionalInterface
    interface Version {
        long now() throws IOException;
    }

    private final SolrClient client;
    private final String collection;
    private final Version version;
    private long readAt = Long.MIN_VALUE;
    private long checkedAt = Long.MIN_VALUE;
    private Spellings spellings = Spellings.NONE;

    SolrSpellings(SolrClient client, String collection, Version version) {
        this.client = client;
        this.collection = collection;
        this.version = version;
    }

    /** The spellings of the collection as it is now (within {@link #CHECK_EVERY_MILLIS}). */
    synchronized Spellings current() throws IOException {
        long now = System.nanoTime() / 1_000_000;
        if (checkedAt == Long.MIN_VALUE || now - checkedAt >= CHECK_EVERY_MILLIS) {
            long v = version.now();
            if (v != readAt) {
                spellings = read();
                readAt = v;
            }
            checkedAt = now;
        }
        return spellings;
    }

    /** The next {@link #current()} asks the collection's version. */
    synchronized void refreshNow() {
        checkedAt = Long.MIN_VALUE;
    }

    private Spellings read() throws IOException {
        SolrQuery q = new SolrQuery();
        q.setRequestHandler("/terms");
        q.setTerms(true);
        q.addTermsField(Fields.BODY);
        q.setTermsLimit(-1);
        q.setTermsMinCount(1);
        q.setTermsRegex(SPELLED);
        q.setTermsSortString("index");
        q.set("shards.qt", "/terms");
        QueryResponse r = SolrRequests.query(client, collection, q, "the words of the collection");
        Map<String, Integer> words = new HashMap<>();
        TermsResponse terms = r.getTermsResponse();
        if (terms != null && terms.getTerms(Fields.BODY) != null) {
            for (TermsResponse.Term t : terms.getTerms(Fields.BODY)) {
                words.merge(t.getTerm(), (int) Math.min(Integer.MAX_VALUE, t.getFrequency()), Integer::sum);
            }
        }
        return Spellings.of(words);
    }
}
