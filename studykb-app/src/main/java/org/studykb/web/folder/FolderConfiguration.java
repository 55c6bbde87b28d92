package org.studykb.web.folder;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.studykb.library.BrowseTree;
import org.studykb.library.Folders;
import org.studykb.library.SavedSearches;
import org.studykb.search.Campaigns;
import org.studykb.search.Documents;
import org.studykb.search.SearchBackend;
import org.studykb.store.AuditLog;
import org.studykb.store.FolderRecords;
import org.studykb.store.SavedSearchRecords;

/**
 * Wires the user's own collections: folders and saved searches, kept in the store, their texts and counts read from
 * the index as each viewer may see them; and the home page's browse tree.
 */
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

    @Bean
    SavedSearches savedSearches(DataSource dataSource, AuditLog audit, SearchBackend search) {
        return new SavedSearches(new SavedSearchRecords(dataSource, audit), search);
    }

    @Bean
    BrowseTree browseTree(Campaigns campaigns) {
        return new BrowseTree(campaigns);
    }
}
