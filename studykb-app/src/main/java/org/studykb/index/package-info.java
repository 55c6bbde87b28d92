/**
 * The Lucene index: field names, the mapping of ingested documents and their passages to Lucene
 * documents, and the incremental indexing run over a corpus folder. The index is derived data and
 * can always be rebuilt from the files.
 */
package org.studykb.index;
