package org.studykb.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.studykb.search.SearchRequest;
import org.studykb.search.SearchService;

/** The search page: one box, the hits with their snippets. */
@Controller
class SearchPage {
    private final SearchService search;
    private final StudykbProperties properties;

    SearchPage(SearchService search, StudykbProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    @GetMapping("/")
    String search(@RequestParam(name = "q", defaultValue = "") String q,
                  @RequestParam(name = "sort", defaultValue = "relevance") String sort,
                  @RequestParam(name = "from", defaultValue = "0") int from, Model model) throws IOException {
        search.refresh();
        model.addAttribute("q", q);
        model.addAttribute("documents", search.documentCount());
        if (!q.isBlank()) {
            model.addAttribute("result", search.search(new SearchRequest(q, sortOf(sort), from,
                    properties.pageSize())));
        }
        return "search";
    }

    static SearchRequest.Sort sortOf(String sort) {
        return "date".equals(sort.toLowerCase(Locale.ROOT)) ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE;
    }
}
