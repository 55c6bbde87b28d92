package org.studykb.web.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.studykb.index.IndexFiles;
import org.studykb.ingest.IngestPipeline;
import org.studykb.library.IndexStatus;
import org.studykb.search.FailedFiles;
import org.studykb.search.SearchBackend;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualValuesStore;
import org.studykb.web.StudykbProperties;

/** Wires 索引状态: the runs of the data folder and the retry, over the failed files of the index (SearchConfiguration). */
@Configuration(proxyBeanMethods = false)
class IndexStatusConfiguration {

    @Bean
    IndexStatus indexStatus(FailedFiles failed, IndexFiles index, ManualValuesStore manual, SearchBackend search,
                            AuditLog audit, StudykbProperties properties, IngestPipeline pipeline) {
        return new IndexStatus(failed, index, manual, search, audit, properties.data(), pipeline.ocrEnabled());
    }
}
