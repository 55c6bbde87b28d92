package org.studykb.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.studykb.search.Spellings;

/**
 * SolrSpellings without a cluster: the collection's version, its words and the clock are the test's, and the second
 * reading of the words waits until the test lets it end, so what a search gets meanwhile can be asked.
 */
class SolrSpellingsTest {
    private static final Spellings FIRST = Spellings.of(Map.of("科学发展观", 3));
    private static final Spellings SECOND = Spellings.of(Map.of("民主生活会", 5));

    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger versionAsked = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong();
    /** The threads that read the words, one per reading. */
    private final List<String> readers = new CopyOnWriteArrayList<>();
    private final CountDownLatch secondReadingStarted = new CountDownLatch(1);
    private final CountDownLatch secondReadingMayEnd = new CountDownLatch(1);
    private final AtomicBoolean secondReadingInterrupted = new AtomicBoolean();

    private SolrSpellings spellings() {
        return new SolrSpellings("test", () -> {
            versionAsked.incrementAndGet();
            return version.get();
        }, this::read, clock::get);
    }

    private Spellings read() throws IOException {
        readers.add(Thread.currentThread().getName());
        if (readers.size() == 1) {
            return FIRST;
        }
        secondReadingStarted.countDown();
        try {
            secondReadingMayEnd.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            secondReadingInterrupted.set(true);
            throw new InterruptedIOException("reading stopped");
        }
        return SECOND;
    }

    @Test
    void aSearchWhileTheWordsAreReadAgainGetsTheWordsReadBefore() throws Exception {
        try (SolrSpellings spellings = spellings()) {
            assertThat(spellings.current()).as("nothing read yet: the first search reads").isSameAs(FIRST);
            version.set(2);
            assertThat(spellings.current()).isSameAs(FIRST);
            assertThat(versionAsked).as("the version is asked at most every 2 s").hasValue(1);

            clock.addAndGet(SolrSpellings.CHECK_EVERY_MILLIS);
            assertThat(spellings.current()).as("the search that finds the check due").isSameAs(FIRST);
            assertThat(secondReadingStarted.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(spellings.current()).as("a search while the words are read").isSameAs(FIRST);

            secondReadingMayEnd.countDown();
            spellings.refreshNow(); // waits for the reading under way; the version has not changed since
            assertThat(spellings.current()).isSameAs(SECOND);
            assertThat(readers).containsExactly(Thread.currentThread().getName(), "studykb-spellings-test");
        }
    }

    @Test
    void refreshNowReadsAChangedVersionBeforeItReturns() throws Exception {
        secondReadingMayEnd.countDown();
        try (SolrSpellings spellings = spellings()) {
            assertThat(spellings.current()).isSameAs(FIRST);
            version.set(2);
            spellings.refreshNow();
            assertThat(spellings.current()).isSameAs(SECOND);
            spellings.refreshNow();
            assertThat(readers).as("an unchanged version is not read again").hasSize(2)
                    .containsOnly(Thread.currentThread().getName());
        }
    }

    @Test
    void closingStopsAReadingUnderWayAndStartsNoOther() throws Exception {
        SolrSpellings spellings = spellings();
        assertThat(spellings.current()).isSameAs(FIRST);
        version.set(2);
        clock.addAndGet(SolrSpellings.CHECK_EVERY_MILLIS);
        spellings.current();
        assertThat(secondReadingStarted.await(30, TimeUnit.SECONDS)).isTrue();

        spellings.close();
        assertThat(secondReadingInterrupted).isTrue();
        version.set(3);
        clock.addAndGet(SolrSpellings.CHECK_EVERY_MILLIS);
        assertThat(spellings.current()).as("the last words still serve").isSameAs(FIRST);
        assertThat(readers).hasSize(2);
    }
}
