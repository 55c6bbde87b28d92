package org.studykb.solr;

import com.carrotsearch.randomizedtesting.ThreadFilter;

/**
 * The product's OCR pool ({@code ingest.ScannedPages}, one per pipeline): its idle daemon threads live as long as
 * the pipeline, which the process keeps, so the randomized runner's leak check must not count them.
 */
public final class IngestThreads implements ThreadFilter {
    @Override
    public boolean reject(Thread t) {
        return t.getName().startsWith("ingest-ocr-");
    }
}
