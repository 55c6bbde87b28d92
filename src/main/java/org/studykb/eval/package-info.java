/**
 * Evaluation: topics files, TREC runs and their scores. Small, used by {@code search --topics}
 * and the evaluation scripts.
 */
package org.studykb.eval;
