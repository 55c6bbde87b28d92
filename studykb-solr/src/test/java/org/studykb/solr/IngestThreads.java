package org.studykb.solr;

import com.carrotsearch.randomizedtesting.ThreadFilter;

/**
 * The product's ingest pools, one of each per pipeline: file parsing ({@code ingest-parse-*}, a cached pool whose
 * idle threads end a minute later) and OCR ({@code ingest-ocr-*}, idle daemon threads for the pipeline's life). They
 * belong to the pipeline, not to a test, so the randomized runner's leak check must not count them.
 */
public final class IngestThreads implements ThreadFilter {
    @Override
    public boolean reject(Thread t) {
        return t.getName().startsWith("ingest-ocr-") || t.getName().startsWith("ingest-parse-");
    }
}
