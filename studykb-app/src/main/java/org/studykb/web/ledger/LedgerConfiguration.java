package org.studykb.web.ledger;

import java.time.LocalDate;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.studykb.index.IndexAnalyzers;
import org.studykb.rectify.DecisionStore;
import org.studykb.rectify.RectifyService;
import org.studykb.search.Documents;
import org.studykb.search.SearchBackend;
import org.studykb.settings.IndexerSettings;
import org.studykb.web.StudykbProperties;

/**
 * Wires the problem ledger: the index the backend holds, the rules under {@code studykb.config},
 * the decisions in the store. {@code studykb.rectify.today} (YYYY-MM-DD) fixes the day statuses are judged
 * at; by default each campaign's last document date.
 */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    RectifyService rectifyService(StudykbProperties properties, IndexAnalyzers analyzers, SearchBackend search,
                                  ObjectProvider<IndexerSettings> settings, ObjectProvider<DataSource> dataSource,
                                  @Value("${studykb.rectify.today:}") String today) {
        Optional<DecisionStore> store = Optional.ofNullable(dataSource.getIfAvailable()).map(DecisionStore::new);
        Optional<LocalDate> day = today.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(today.strip()));
        IndexerSettings indexer = settings.getIfAvailable(() -> IndexerSettings.of(properties.config()));
        return RectifyService.open(search, properties.data(), indexer.rectify(), analyzers, store, day);
    }
}
