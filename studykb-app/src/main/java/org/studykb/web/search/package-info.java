/**
 * The search pages and API: the home page and campaign timeline, results with facets and paging, suggestions,
 * and the warm-up that opens the index at start. Thin controllers over {@code search}.
 */
package org.studykb.web.search;
