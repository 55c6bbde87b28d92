package org.studykb.web;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.studykb.index.IndexFiles;
import org.studykb.search.Documents;
import org.studykb.search.SearchService;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualValuesStore;
import org.studykb.store.UploadRecords;
import org.studykb.store.UserAccounts;

/**
 * Wires the store (over the DataSource Spring Boot configures; Flyway migrates it at start-up) and the
 * services that change documents: edits and uploads.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    AuditLog auditLog(DataSource dataSource) {
        return new AuditLog(dataSource);
    }

    @Bean
    ManualValuesStore manualValuesStore(DataSource dataSource, AuditLog audit) {
        return new ManualValuesStore(dataSource, audit);
    }

    @Bean
    UploadRecords uploadRecords(DataSource dataSource, AuditLog audit) {
        return new UploadRecords(dataSource, audit);
    }

    @Bean
    UserAccounts userAccounts(DataSource dataSource, AuditLog audit) {
        return new UserAccounts(dataSource, audit);
    }

    @Bean
    DocumentEdits documentEdits(ManualValuesStore store, IndexFiles index, SearchService search,
                                Documents documents, StudykbProperties properties) {
        return new DocumentEdits(store, index, search, documents, properties.data());
    }

    @Bean
    Uploads uploads(IndexFiles index, UploadRecords records, ManualValuesStore overrides, SearchService search,
                    Documents documents, StudykbProperties properties) {
        return new Uploads(index, records, overrides, search, documents, properties.data(), properties.upload());
    }

    @Bean
    DocumentPages documentPages(Documents documents, SearchService search, UploadRecords uploads, AuditLog audit) {
        return new DocumentPages(documents, search, uploads, audit);
    }

    @Bean
    OriginalFiles originalFiles(Documents documents, IndexFiles index, UploadRecords uploads) {
        return new OriginalFiles(documents, index, uploads);
    }

    /** At start-up: the snapshot for the index command, and manual values the index missed applied. */
    @Bean
    ApplicationRunner applyManualValues(DocumentEdits edits) {
        return args -> edits.startup();
    }
}
