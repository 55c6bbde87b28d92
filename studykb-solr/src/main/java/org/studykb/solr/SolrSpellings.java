package org.studykb.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studykb.index.Fields;
import org.studykb.search.Spellings;

/**
 * The whole collection's words of ideographs by their pinyin ({@link Spellings}), read with the configset's
 * {@code /terms} handler (Solr's TermsComponent, distributed: each shard's words with their record counts, summed) and
 * kept until the collection's version changes. Only words of ideographs are asked for ({@code terms.regex},
 * {@link Spellings#kept}): the embedded index's one pass over its term dictionary spells the same.
 * <p>
 * Reading every word takes a while on a large collection, so searches do not wait for it: the first one reads them
 * (nothing to serve yet), later ones get the words last read while one background thread asks the version (at most
 * every {@link #CHECK_EVERY_MILLIS}) and reads the words again when it changed. {@link #refreshNow()} reads them at
 * once, for an upload or an edit that must be found when it returns.
 */
final class SolrSpellings implements Closeable {
    /** {@link Spellings#kept}, as the TermsComponent's regular expression. */
    static final String SPELLED = "\\p{IsIdeographic}{2," + Spellings.MAX_WORD + "}";

    /** How long the spellings are used before the collection's version is asked again. */
    static final long CHECK_EVERY_MILLIS = 2_000;
    /** How long {@link #close()} waits for a read under way to stop. */
    static final long CLOSE_WAIT_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(SolrSpellings.class);

    /** The collection's version ({@link SolrCloudIndex#version()}). */
    @FunctionalInterface
    interface Version {
        long now() throws IOException;
    }

    /** Every word of the collection with its records ({@link #read}). */
    @FunctionalInterface
    interface Words {
        Spellings read() throws IOException;
    }

    /** The words read, and the version they were read at. */
    private record Read(long version, Spellings spellings) {
    }

    private final String collection;
    private final Version version;
    private final Words words;
    private final LongSupplier millis;
    private final ExecutorService refresher;
    /** Held while the version is asked and the words read: one reading at a time. */
    private final Object reading = new Object();
    /** The words searches get; null until the first reading. */
    private volatile Read last;
    /** When the version was last asked, or a background check started ({@code millis}); guarded by this. */
    private long checkedAt;
    /** Whether a background check is under way; guarded by this. */
    private boolean checking;

    SolrSpellings(SolrClient client, String collection, Version version) {
        this(collection, version, () -> read(client, collection), () -> System.nanoTime() / 1_000_000);
    }

    /** Spellings read by {@code words}, their version asked of {@code version}, time told by {@code millis}. */
    SolrSpellings(String collection, Version version, Words words, LongSupplier millis) {
        this.collection = collection;
        this.version = version;
        this.words = words;
        this.millis = millis;
        this.refresher = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "studykb-spellings-" + collection);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The words last read: those of the collection as it was at most {@link #CHECK_EVERY_MILLIS} and one reading
     * ago. Only the first call reads them itself.
     */
    Spellings current() throws IOException {
        Read read = last;
        if (read == null) {
            return readIfChanged().spellings();
        }
        checkInBackgroundWhenDue();
        return read.spellings();
    }

    /** Reads the words now when the collection's version changed: the next {@link #current()} gets them. */
    void refreshNow() throws IOException {
        readIfChanged();
    }

    /** Stops the background thread, interrupting a reading under way. */
    @Override
    public void close() throws IOException {
        synchronized (this) { // no check starts once it is shut down (checkInBackgroundWhenDue holds this)
            refresher.shutdownNow();
        }
        try {
            if (!refresher.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("the words of SolrCloud collection " + collection + " were still being read "
                        + CLOSE_WAIT_SECONDS + " s after closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the words of SolrCloud collection " + collection
                    + " stopped being read", e);
        }
    }

    /** Starts a background check unless one is under way, one ended {@link #CHECK_EVERY_MILLIS} ago or closed. */
    private synchronized void checkInBackgroundWhenDue() {
        long now = millis.getAsLong();
        if (refresher.isShutdown() || checking || now - checkedAt < CHECK_EVERY_MILLIS) {
            return;
        }
        checking = true;
        checkedAt = now;
        refresher.execute(this::checkInBackground);
    }

    private void checkInBackground() {
        try {
            readIfChanged();
        } catch (IOException | RuntimeException e) {
            if (!refresher.isShutdown()) {
                LOG.warn("the words of SolrCloud collection {} were not read again, the last ones still serve: {}",
                        collection, e.toString(), e);
            }
        } finally {
            synchronized (this) {
                checking = false;
            }
        }
    }

    /** Asks the version, and reads the words when it changed or none were read yet. */
    private Read readIfChanged() throws IOException {
        synchronized (reading) {
            Read read = last;
            long v = version.now();
            if (read == null || read.version() != v) {
                read = new Read(v, words.read());
            }
            synchronized (this) {
                checkedAt = millis.getAsLong();
            }
            last = read;
            return read;
        }
    }

    private static Spellings read(SolrClient client, String collection) throws IOException {
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
