package org.studykb.search;

import java.util.List;

/**
 * The passage evidence of the ranking model (docs/ranking.md) for a backend that searches the passages itself: which
 * queries it moves, how many of the best documents it re-ranks, how many of a document's passages count, and the
 * document's score with them, by the same arithmetic as the embedded index ({@link PassageEvidence}).
 */
public final class PassageFold {
    private final RankingWeights weights;

    public PassageFold(RankingWeights weights) {
        this.weights = weights;
    }

    /**
     * Whether passage evidence moves the documents of this query at all (not when its weight is 0, nor for a query of
     * filters alone): no passages need to be searched when it does not.
     */
    public boolean moves(String text) {
        return weights.passage() != 0 && !QueryText.parse(text).groups().isEmpty();
    }

    /** How many of the best documents the passage evidence re-ranks; the rest keep their order below them. */
    public int window() {
        return PassageEvidence.RERANK_WINDOW;
    }

    /** How many of a document's best passages its evidence adds up. */
    public int passagesFolded() {
        return PassageEvidence.folded(weights);
    }

    /** A document's score with the evidence of its best passages (their scores, best first). */
    public float fold(float document, List<Float> passagesBestFirst) {
        return PassageEvidence.fold(weights, document, passagesBestFirst);
    }
}
