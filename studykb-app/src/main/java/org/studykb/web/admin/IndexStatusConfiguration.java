package org.studykb.web.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.studykb.index.IndexFiles;
import org.studykb.ingest.IngestPipeline;
import org.studykb.library.IndexStatus;
import org.studykb.search.FailedFiles;
import org.studykb.search.SearchService;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualValuesStore;
import org.studykb.web.StudykbProperties;

/** Wires 索引状态: the failed files of the index, the runs of the data folder and the retry. */
@Configuration(proxyBeanMethods = false)
class IndexStatusConfiguration {

    @Bean
    FailedFiles failedFiles(SearchService search) {
        return new FailedFiles(search);
    }

    @Bean
    IndexStatus indexStatus(FailedFiles failed, IndexFiles index, ManualValuesStore manual, SearchService search,
                            AuditLog audit, StudykbProperties properties, IngestPipeline pipeline) {
        return new IndexStatus(failed, index, manual, search, audit, properties.data(), pipeline.ocrEnabled());
    }
}
