/**
 * Evaluation: topics, graded judgments and TREC runs (also behind {@code search --topics}),
 * ranking metrics, the stock-Lucene baselines and {@code Evaluate}, the main of
 * {@code scripts/eval.sh}, plus segmentation scores on SIGHAN. Nothing outside this package and
 * the scripts depends on it except {@link org.studykb.eval.TrecRun}.
 */
package org.studykb.eval;
