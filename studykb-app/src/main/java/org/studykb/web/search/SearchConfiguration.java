package org.studykb.web.search;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexFiles;
import org.studykb.ingest.IngestPipeline;
import org.studykb.search.BackendSettings;
import org.studykb.search.Backends;
import org.studykb.search.Campaigns;
import org.studykb.search.Citations;
import org.studykb.search.Documents;
import org.studykb.search.FailedFiles;
import org.studykb.search.SearchBackend;
import org.studykb.search.Suggestions;
import org.studykb.search.TitleMarks;
import org.studykb.settings.IndexerSettings;
import org.studykb.web.StudykbProperties;

/**
 * Wires the index and search services and owns the backend. {@code studykb.backend} chooses it: the embedded index
 * under {@code studykb.data} (created empty on a fresh data folder), or a SolrCloud collection ({@code studykb.solr.*},
 * created from the generated configset when missing). Everything else of the web takes it as a {@link SearchBackend}
 * (or an {@code IndexBackend} where it only reads), with its {@link Documents} and {@link Suggestions}
 * (PackageRulesTest).
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

    /** The backend {@code studykb.backend} names; on the embedded one an empty index is created on a fresh folder. */
    @Bean(destroyMethod = "close")
    SearchBackend searchBackend(StudykbProperties properties, IndexAnalyzers analyzers) throws IOException {
        StudykbProperties.Solr solr = properties.solr();
        return Backends.open(new BackendSettings(properties.backend(), properties.data(), properties.config(),
                analyzers, solr.urls(), solr.zkHost(), solr.collection(), solr.shards(), solr.replicas(), true));
    }

    @Bean(destroyMethod = "close")
    SearchWarmUp searchWarmUp(SearchBackend search, @Value("${studykb.warm-up:background}") String mode)
            throws InterruptedException {
        return SearchWarmUp.start(search, mode);
    }

    @Bean
    IndexFiles indexFiles(IngestPipeline pipeline, IndexAnalyzers analyzers, StudykbProperties properties,
                          SearchBackend search) {
        return new IndexFiles(pipeline, analyzers, properties.data(), search);
    }

    @Bean
    Documents documents(SearchBackend search) {
        return search.byId();
    }

    @Bean
    Suggestions suggestions(SearchBackend search) {
        return search.suggestions();
    }

    @Bean
    Campaigns campaigns(SearchBackend search) {
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
    FailedFiles failedFiles(SearchBackend search) {
        return new FailedFiles(search);
    }
}
