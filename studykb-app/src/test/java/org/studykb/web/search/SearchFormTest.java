package org.studykb.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import org.studykb.library.Paging;
import org.studykb.search.SearchRequest;

class SearchFormTest {

    private static SearchForm form(String... keysAndValues) {
        var params = new LinkedMultiValueMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.add(keysAndValues[i], keysAndValues[i + 1]);
        }
        return SearchForm.of(params);
    }

    @Test
    void filtersBecomeQuerySyntaxAndValuesOfOneFieldAreKept() {
        SearchForm f = form("q", "整改 措施", "type", "整改方案", "type", "整改台账", "phase", "整改落实", "bogus", "x");
        assertThat(f.query()).isEqualTo("整改 措施 type:\"整改方案\" type:\"整改台账\" phase:\"整改落实\"");
        assertThat(f.chips()).extracting(SearchForm.Chip::value).containsExactly("整改方案", "整改台账", "整改落实");
    }

    @Test
    void quotesInFilterValuesCannotBreakTheSyntax() {
        assertThat(form("type", "a\" OR \"b").query()).isEqualTo("type:\"a OR b\"");
    }

    @Test
    void linksEncodeEveryCharacterThatMeansSomethingInAUrl() {
        SearchForm f = form("q", "C++ & 100% #1", "unit", "区建工局");
        assertThat(f.url()).isEqualTo("/search?q=C%2B%2B+%26+100%25+%231&unit=%E5%8C%BA%E5%BB%BA%E5%B7%A5%E5%B1%80");
        assertThat(f.without("unit", "区建工局")).isEqualTo("/search?q=C%2B%2B+%26+100%25+%231");
    }

    @Test
    void addingAFilterOrSortingGoesBackToPageOne() {
        SearchForm f = form("q", "整改", "page", "3", "sort", "date");
        assertThat(f.page(4)).isEqualTo("/search?q=%E6%95%B4%E6%94%B9&sort=date&page=4");
        assertThat(f.with("year", "2009")).isEqualTo("/search?q=%E6%95%B4%E6%94%B9&year=2009&sort=date");
        assertThat(f.sorted("relevance")).isEqualTo("/search?q=%E6%95%B4%E6%94%B9");
        assertThat(f.request(10).from()).isEqualTo(20);
        assertThat(f.request(10).sort()).isEqualTo(SearchRequest.Sort.DATE);
    }

    @Test
    void badSortAndPageAreRefusedWithAMessage() {
        assertThatThrownBy(() -> form("sort", "x")).hasMessageContaining("sort");
        assertThatThrownBy(() -> form("page", "0")).hasMessageContaining("page");
        assertThatThrownBy(() -> form("page", "abc")).hasMessageContaining("page");
        assertThatThrownBy(() -> form("page", "101")).hasMessageContaining("page");
    }

    @Test
    void pagingShowsNumbersAroundTheCurrentPage() {
        assertThat(Paging.of(95, 10, 5, SearchForm.MAX_PAGE).numbers()).isEqualTo(List.of(2, 3, 4, 5, 6, 7, 8));
        assertThat(Paging.of(95, 10, 5, SearchForm.MAX_PAGE).last()).isEqualTo(10);
        assertThat(Paging.of(0, 10, 1, SearchForm.MAX_PAGE).last()).isEqualTo(1);
        assertThat(Paging.of(1_000_000, 10, 1, SearchForm.MAX_PAGE).last()).isEqualTo(SearchForm.MAX_PAGE);
    }
}
