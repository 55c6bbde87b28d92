package org.studykb.web.search;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.studykb.search.SearchRequest;
import org.studykb.search.SearchBackend;

/**
 * One search run at start-up, on its own thread beside the rest of the start-up, so that the first person's
 * search does not pay for loading and first running the query, segmentation, facet and snippet code. The service
 * answers searches whether or not it has finished; a failure is logged and changes nothing else.
 * {@code studykb.warm-up}: {@code background} (default), {@code wait} (the start-up waits for it: the training
 * start of scripts/serve.sh, so that these classes go into the class-data-sharing archive) or {@code off}.
 */
final class SearchWarmUp implements AutoCloseable {
    /** Words most searches segment into: common, two and four characters, with a snippet to make. */
    static final String QUERY = "学习教育 整改措施";
    private static final Logger log = LoggerFactory.getLogger(SearchWarmUp.class);

    private final Thread thread;

    private SearchWarmUp(Thread thread) {
        this.thread = thread;
    }

    static SearchWarmUp start(SearchBackend search, String mode) throws InterruptedException {
        String m = mode.strip().toLowerCase(Locale.ROOT);
        if (!m.equals("background") && !m.equals("wait") && !m.equals("off")) {
            throw new IllegalArgumentException("studykb.warm-up must be background, wait or off, not: " + mode);
        }
        Thread t = new Thread(() -> run(search), "search-warm-up");
        t.setDaemon(true);
        if (!m.equals("off")) {
            t.start();
        }
        if (m.equals("wait")) {
            t.join();
        }
        return new SearchWarmUp(t);
    }

    private static void run(SearchBackend search) {
        long t0 = System.nanoTime();
        try {
            search.search(SearchRequest.of(QUERY, 10));
            log.debug("search warm-up done in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.warn("search warm-up failed (searches are not affected): {}", e.toString());
        }
    }

    /** Whether the warm-up search has run (successfully or not). */
    boolean finished() {
        return thread.getState() == Thread.State.TERMINATED;
    }

    /** Lets a warm-up still running finish before the searcher it uses is closed. */
    @Override
    public void close() throws InterruptedException {
        thread.join(Duration.ofSeconds(10).toMillis());
    }
}
