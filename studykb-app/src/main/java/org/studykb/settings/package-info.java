/**
 * The indexer settings as one object ({@link org.studykb.settings.IndexerSettings}): the {@code indexer/} folder
 * read once per process, each part at its first use, and handed to analysis, ingest and rectification by the
 * entry points (serve's wiring and each command).
 */
package org.studykb.settings;
