package org.studykb.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.studykb.index.IndexAnalyzers;
import org.studykb.search.SearchService;
import org.studykb.web.WebFixture;

class SearchWarmUpTest {

    @Test
    void waitReturnsOnceTheSearchHasRun() throws Exception {
        try (SearchService search = SearchService.open(WebFixture.shared().data, IndexAnalyzers.load(WebFixture.CONFIG));
             SearchWarmUp warmUp = SearchWarmUp.start(search, "wait")) {
            assertThat(warmUp.finished()).isTrue();
        }
    }

    @Test
    void backgroundFinishesAndCloseWaitsForIt() throws Exception {
        SearchWarmUp warmUp;
        try (SearchService search = SearchService.open(WebFixture.shared().data, IndexAnalyzers.load(WebFixture.CONFIG))) {
            warmUp = SearchWarmUp.start(search, " Background ");
            warmUp.close();
        }
        assertThat(warmUp.finished()).isTrue();
    }

    @Test
    void aFailedSearchDoesNotStopTheStart() throws Exception {
        SearchService search = SearchService.open(WebFixture.shared().data, IndexAnalyzers.load(WebFixture.CONFIG));
        search.close();
        try (SearchWarmUp warmUp = SearchWarmUp.start(search, "wait")) {
            assertThat(warmUp.finished()).isTrue();
        }
    }

    @Test
    void offRunsNothing() throws Exception {
        try (SearchWarmUp warmUp = SearchWarmUp.start(null, "off")) {
            assertThat(warmUp.finished()).isFalse();
        }
    }

    @Test
    void anUnknownModeIsRefusedWithItsName() {
        assertThatThrownBy(() -> SearchWarmUp.start(null, "soon"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("soon");
    }
}
