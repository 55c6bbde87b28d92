/**
 * Ingest: reads one office file with Apache Tika and turns it into an {@link org.studykb.ingest.IngestedDocument}
 * (text, title, date, unit, 文号, type, campaign, phase, passages), or an {@link org.studykb.ingest.IngestFailure}
 * with a reason a person understands. Every inferred value carries its {@link org.studykb.ingest.Provenance}; the
 * rules, campaigns and limits are data under {@code indexer/}, loaded by {@link org.studykb.ingest.IngestPipeline#load}.
 */
package org.studykb.ingest;
