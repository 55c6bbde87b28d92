/**
 * The web front end and JSON API: Thymeleaf pages (home, results, document, campaign timeline, upload) and
 * {@code /api} endpoints over the search, index and store services. Thin: controllers call one service and
 * map the result; the write paths (edits, uploads) are plain services wired in {@code StoreConfiguration};
 * every handler that changes something carries {@link org.studykb.web.Requires} for the roles of issue 6.
 */
package org.studykb.web;
