/**
 * Evaluation. In the product: the topics file and the TREC run that {@code search --topics/--run} writes. In the
 * {@code studykb-eval} module, the same package: graded judgments, ranking metrics, the stock-Lucene baselines,
 * {@code Evaluate} (the main of {@code scripts/eval.sh}), the weight fitting ({@code scripts/fit-ranking.sh}) and
 * segmentation scores on SIGHAN ({@code scripts/sighan.sh}).
 */
package org.studykb.eval;
