package org.studykb.web.search;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexFiles;
import org.studykb.index.LuceneIndex;
import org.studykb.ingest.IngestPipeline;
import org.studykb.search.Campaigns;
import org.studykb.search.Citations;
import org.studykb.search.Documents;
import org.studykb.search.FailedFiles;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchService;
import org.studykb.search.Suggestions;
import org.studykb.search.TitleMarks;
import org.studykb.settings.IndexerSettings;
import org.studykb.web.StudykbProperties;

/**
 * Wires the index and search services and owns the closeable Lucene objects. The only web class that names the
 * embedded {@link SearchService}: it constructs it and the search services that read its index directly (documents,
 * suggestions, campaigns, title marks, failed files); everything else of the web takes it as a {@link SearchBackend}
 * (or an {@code IndexBackend} where it only reads), so a SolrCloud backend can take its place (PackageRulesTest).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** The indexer/ folder, read once for the whole application; every part takes its piece from it. */
    @Bean
    IndexerSettings indexerSettings(StudykbProperties properties) {
        return IndexerSettings.of(properties.config());
    }

    @Bean
    IndexAnalyzers indexAnalyzers(IndexerSettings settings) {
        return settings.analyzers();
    }

    @Bean
    IngestPipeline ingestPipeline(IndexerSettings settings) {
        return settings.pipeline();
    }

    /** The searcher over {@code <data>/index}; an empty index is created first on a fresh data folder. */
    @Bean(destroyMethod = "close")
    SearchService searchService(StudykbProperties properties, IndexAnalyzers analyzers) throws IOException {
        LuceneIndex.createIfAbsent(properties.data(), analyzers);
        return SearchService.open(properties.data(), analyzers);
    }

    @Bean(destroyMethod = "close")
    SearchWarmUp searchWarmUp(SearchBackend search, @Value("${studykb.warm-up:background}") String mode)
            throws InterruptedException {
        return SearchWarmUp.start(search, mode);
    }

    @Bean
    IndexFiles indexFiles(IngestPipeline pipeline, IndexAnalyzers analyzers, StudykbProperties properties) {
        return new IndexFiles(pipeline, analyzers, properties.data());
    }

    @Bean
    Documents documents(SearchService search) {
        return new Documents(search);
    }

    @Bean
    Suggestions suggestions(SearchService search) {
        return new Suggestions(search);
    }

    @Bean
    Campaigns campaigns(SearchService search) {
        return new Campaigns(search);
    }

    @Bean
    Citations citations(Documents documents) {
        return new Citations(documents);
    }

    @Bean
    TitleMarks titleMarks(IndexAnalyzers analyzers) {
        return new TitleMarks(analyzers);
    }

    /** The files the index holds as failed, for 索引状态. */
    @Bean
    FailedFiles failedFiles(SearchService search) {
        return new FailedFiles(search);
    }
}
