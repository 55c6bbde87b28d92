package org.studykb.eval;

/**
 * One system in the evaluation: its key (run file name, expected.yaml), a short label for
 * tables and what it is.
 */
record RunConfig(String name, String label, String description) {
}
