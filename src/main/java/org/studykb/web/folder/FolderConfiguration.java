package org.studykb.web.folder;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.studykb.library.Folders;
import org.studykb.search.Documents;
import org.studykb.store.AuditLog;
import org.studykb.store.FolderRecords;

/** Wires the folders: their records in the store, their texts read from the index as each viewer may see them. */
@Configuration(proxyBeanMethods = false)
class FolderConfiguration {

    @Bean
    FolderRecords folderRecords(DataSource dataSource, AuditLog audit) {
        return new FolderRecords(dataSource, audit);
    }

    @Bean
    Folders folders(FolderRecords records, Documents documents) {
        return new Folders(records, documents);
    }
}
