package org.studykb.rectify;

/** Where a problem was raised: a document and the passage (anchor {@code #p-N} of the document page). */
public record SourceRef(String path, int passage) {
}
