/**
 * Evaluation: topics, graded judgments and TREC runs (also behind {@code search --topics}),
 * ranking metrics, the stock-Lucene baselines and {@code Evaluate}, the main of
 * {@code scripts/eval.sh}; and segmentation scores on SIGHAN ({@code scripts/sighan.sh}).
 */
package org.studykb.eval;
