package org.studykb.web.search;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.studykb.library.Paging;
import org.studykb.search.Citations;
import org.studykb.search.SearchResponse;
import org.studykb.search.SearchBackend;
import org.studykb.search.TitleMarks;
import org.studykb.web.StudykbProperties;
import org.studykb.web.security.CurrentUser;

/**
 * The results page: total and time, hits with their titles marked, best passages and a ready citation each, facets,
 * filters, sort and pages.
 */
@Controller
class SearchPage {
    private final SearchBackend search;
    private final StudykbProperties properties;
    private final CurrentUser user;
    private final TitleMarks titles;
    private final Citations citations;

    SearchPage(SearchBackend search, StudykbProperties properties, CurrentUser user, TitleMarks titles,
               Citations citations) {
        this.search = search;
        this.properties = properties;
        this.user = user;
        this.titles = titles;
        this.citations = citations;
    }

    @GetMapping("/search")
    String search(@RequestParam MultiValueMap<String, String> params, Model model) throws IOException {
        SearchForm form = SearchForm.of(params);
        model.addAttribute("form", form);
        if (!form.isEmpty()) {
            search.refresh();
            SearchResponse result = search.search(form.request(properties.pageSize()), user.viewer());
            if (!result.correctedFrom().isEmpty()) {
                model.addAttribute("asTyped", form.asTyped());
                model.addAttribute("form", form.corrected(result.query()));
            }
            model.addAttribute("result", result);
            model.addAttribute("titles", titles.of(result));
            model.addAttribute("citations", citations.ofHits(result, user.viewer()));
            model.addAttribute("paging", Paging.of(result.total(), properties.pageSize(), form.page(), SearchForm.MAX_PAGE));
        }
        return "search";
    }
}
