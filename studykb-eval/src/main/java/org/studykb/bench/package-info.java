/**
 * Benchmarks for indexing and search: a deterministic scaled corpus and mains that time our
 * pipeline side by side with same-run floors (raw segmentation, Lucene's StandardAnalyzer).
 * Run through {@code scripts/bench.sh}; nothing here is used by the application itself.
 */
package org.studykb.bench;
