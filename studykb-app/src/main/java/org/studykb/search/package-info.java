/**
 * Search over the index: reading a user's query without ever failing on it, building the Lucene
 * query from HanLP words plus the n-gram safety net, highlighting, facets, sorting and paging.
 * The request and hit records here are the JSON shape the CLI and the web share.
 */
package org.studykb.search;
