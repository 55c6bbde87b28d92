/**
 * The document library as people change it, for the web and the command line alike: uploads, edits of metadata
 * and access without re-parsing, original files, and a document's page of passages. Plain classes over search,
 * index and store; no web types.
 */
package org.studykb.library;
