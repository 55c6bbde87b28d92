package org.studykb.web;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.studykb.index.IndexAnalyzers;
import org.studykb.search.SearchService;

/** Wires the services and owns the closeable Lucene objects. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    IndexAnalyzers indexAnalyzers(StudykbProperties properties) {
        return IndexAnalyzers.load(properties.config());
    }

    @Bean(destroyMethod = "close")
    SearchService searchService(StudykbProperties properties, IndexAnalyzers analyzers) throws IOException {
        return SearchService.open(properties.data(), analyzers);
    }
}
