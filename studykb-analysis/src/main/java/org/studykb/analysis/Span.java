package org.studykb.analysis;

/**
 * A token waiting to be emitted: buffer-relative {@code [start, end)}, its position increment and
 * length in the token graph, and its type (a HanLP nature).
 */
record Span(int start, int end, int posInc, int posLen, String type) {}
