package org.studykb.web;

import java.io.IOException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.studykb.search.SearchRequest;
import org.studykb.search.SearchResponse;
import org.studykb.search.SearchService;

/** {@code GET /api/search?q=…&sort=relevance|date&from=0&size=10}: the search results as JSON. */
@RestController
class SearchApiController {
    private final SearchService search;
    private final StudykbProperties properties;

    SearchApiController(SearchService search, StudykbProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    @GetMapping("/api/search")
    SearchResponse search(@RequestParam(name = "q", defaultValue = "") String q,
                          @RequestParam(name = "sort", defaultValue = "relevance") String sort,
                          @RequestParam(name = "from", defaultValue = "0") int from,
                          @RequestParam(name = "size", defaultValue = "0") int size) throws IOException {
        search.refresh();
        return search.search(new SearchRequest(q, SearchPage.sortOf(sort), from,
                size <= 0 ? properties.pageSize() : size));
    }
}
