package org.studykb.web;

import javax.sql.DataSource;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import org.studykb.index.IndexFiles;
import org.studykb.ingest.IngestPipeline;
import org.studykb.library.AccessMarks;
import org.studykb.library.DocumentEdits;
import org.studykb.library.DocumentPages;
import org.studykb.library.EditChecks;
import org.studykb.library.OriginalFiles;
import org.studykb.library.PdfPageImages;
import org.studykb.library.WholeDocuments;
import org.studykb.library.UploadLimits;
import org.studykb.library.UploadHistory;
import org.studykb.library.Uploads;
import org.studykb.search.Documents;
import org.studykb.search.SearchBackend;
import org.studykb.store.AuditLog;
import org.studykb.store.DataFolder;
import org.studykb.store.ManualValuesStore;
import org.studykb.store.StoreDatabase;
import org.studykb.store.UploadRecords;
import org.studykb.store.UserAccounts;
import org.studykb.web.admin.AuditRetention;

/**
 * Wires the store (over the DataSource Spring Boot configures; Flyway migrates it at start-up) and the
 * services that change documents: edits and uploads.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    /**
     * The embedded store's password, from {@code <data>/secret/store-password} (created, or given to a store of an
     * earlier version, at the first start). Only for the embedded store with no password configured: a PostgreSQL
     * URL or a password set in {@code spring.datasource} stays as configured.
     */
    @Bean
    static BeanPostProcessor embeddedStorePassword() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSourceProperties p && (p.getPassword() == null || p.getPassword().isEmpty())
                        && StoreDatabase.USER.equalsIgnoreCase(p.getUsername())) {
                    StoreDatabase.embeddedData(p.getUrl()).ifPresent(data -> p.setPassword(StoreDatabase.password(data)));
                }
                return bean;
            }
        };
    }

    /** At start-up: the data folder owner-only, an older one tightened (logged). */
    @Bean
    @Order(0)
    ApplicationRunner secureDataFolder(StudykbProperties properties) {
        return args -> DataFolder.secure(properties.data());
    }

    @Bean
    AuditLog auditLog(DataSource dataSource) {
        return new AuditLog(dataSource);
    }

    @Bean
    AuditRetention auditRetention(AuditLog audit, StudykbProperties properties) {
        return new AuditRetention(audit, properties.audit().retention());
    }

    /** At start-up: audit events older than studykb.audit.retention deleted, and again once a day. */
    @Bean
    @Order(3)
    ApplicationRunner purgeAudit(AuditRetention retention) {
        return args -> retention.start();
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

    /** The campaigns, phases and types of {@code indexer/} that edits and uploads are checked against. */
    @Bean
    EditChecks editChecks(IngestPipeline pipeline) {
        return new EditChecks(pipeline.vocabulary());
    }

    @Bean
    DocumentEdits documentEdits(ManualValuesStore store, IndexFiles index, SearchBackend search,
                                Documents documents, UserAccounts users, AuditLog audit, EditChecks checks) {
        return new DocumentEdits(store, index, search, documents, new AccessMarks(store, users, audit), checks);
    }

    @Bean
    Uploads uploads(IndexFiles index, Documents documents, UploadRecords records, ManualValuesStore overrides,
                    SearchBackend search, StudykbProperties properties, EditChecks checks) {
        return new Uploads(index, documents, records, overrides, search, properties.data(),
                new UploadLimits(properties.upload().maxFileSize().toBytes(), properties.upload().allowedTypes()),
                checks);
    }

    @Bean
    UploadHistory uploadHistory(UploadRecords records, Documents documents) {
        return new UploadHistory(records, documents);
    }

    @Bean
    DocumentPages documentPages(Documents documents, SearchBackend search, UploadRecords uploads, AuditLog audit,
                                EditChecks checks) {
        return new DocumentPages(documents, search, uploads, audit, checks);
    }

    @Bean
    WholeDocuments wholeDocuments(Documents documents, SearchBackend search) {
        return new WholeDocuments(documents, search);
    }

    @Bean
    PdfPageImages pdfPageImages(OriginalFiles files, StudykbProperties properties) {
        return new PdfPageImages(files, properties.data());
    }

    @Bean
    OriginalFiles originalFiles(Documents documents, IndexFiles index, UploadRecords uploads) {
        return new OriginalFiles(documents, index, uploads);
    }

    /** At start-up, before the service is ready: uploads a crash or a restore left unfinished made whole. */
    @Bean
    @Order(1)
    ApplicationRunner recoverUploads(Uploads uploads) {
        return args -> {
            Uploads.Recovery r = uploads.recover();
            if (!r.nothing()) {
                LoggerFactory.getLogger(Uploads.class).warn("uploads recovered at start-up: unfinished set aside {}, "
                        + "indexed again {}, recorded but file missing {}", r.setAside(), r.reindexed(), r.missing());
            }
        };
    }

    /** At start-up: manual values the index missed (edits made during an index run) applied. */
    @Bean
    @Order(2)
    ApplicationRunner applyManualValues(DocumentEdits edits) {
        return args -> edits.startup();
    }
}
