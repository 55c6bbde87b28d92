package org.studykb.web.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.studykb.search.Citations;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchResponse;
import org.studykb.search.SearchBackend;
import org.studykb.search.Suggestions;
import org.studykb.access.Viewer;
import org.studykb.web.StudykbProperties;
import org.studykb.web.security.CurrentUser;

/** Search, suggestions and citation export as JSON / plain text. */
@RestController
@Tag(name = "检索")
class SearchApiController {
    static final int MAX_API_SIZE = 100;

    private final SearchBackend search;
    private final Suggestions suggestions;
    private final Citations citations;
    private final StudykbProperties properties;
    private final CurrentUser user;

    SearchApiController(SearchBackend search, Suggestions suggestions, Citations citations,
                        StudykbProperties properties, CurrentUser user) {
        this.search = search;
        this.suggestions = suggestions;
        this.citations = citations;
        this.properties = properties;
        this.user = user;
    }

    @GetMapping("/api/search")
    @Operation(summary = "检索文档", description = "q 用检索式（词、\"短语\"、-排除、OR、type: phase: campaign: year: unit: tag: title:）；"
            + "type、phase、campaign、year、unit、tag 参数是筛选条件，可重复（同一字段的多个值为“或”）")
    SearchResponse search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
                          @RequestParam(name = "q", defaultValue = "") String q,
                          @RequestParam(name = "sort", defaultValue = "relevance") String sort,
                          @RequestParam(name = "from", defaultValue = "0") int from,
                          @RequestParam(name = "size", defaultValue = "0") int size) throws IOException {
        if (from < 0 || from > SearchRequest.MAX_SIZE) {
            throw new IllegalArgumentException("参数 from 应在 0 到 " + SearchRequest.MAX_SIZE + " 之间");
        }
        if (size < 0 || size > MAX_API_SIZE) {
            throw new IllegalArgumentException("参数 size 应在 1 到 " + MAX_API_SIZE + " 之间");
        }
        SearchForm form = SearchForm.of(params);
        search.refresh();
        return search.search(new SearchRequest(form.query(), form.sort(), from,
                size == 0 ? properties.pageSize() : size), user.viewer());
    }

    @GetMapping("/api/suggest")
    @Operation(summary = "输入提示", description = "以所输入文字开头的词（正文和词典中的词）和包含它的文档标题")
    List<Suggestions.Suggestion> suggest(@RequestParam(name = "q", defaultValue = "") String q,
                                         @RequestParam(name = "size", defaultValue = "8") int size)
            throws IOException {
        if (size < 1 || size > 20) {
            throw new IllegalArgumentException("参数 size 应在 1 到 20 之间");
        }
        search.refresh();
        return suggestions.suggest(q, size, user.viewer());
    }

    @GetMapping(value = "/api/citations", produces = "text/plain;charset=UTF-8")
    @Operation(summary = "导出引文", description = "一页检索结果的引文清单（纯文本下载），参数与检索页相同（q、筛选、sort、page）")
    ResponseEntity<String> citations(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
            throws IOException {
        SearchForm form = SearchForm.of(params);
        search.refresh();
        Viewer viewer = user.viewer();
        String text = citations.export(search.search(form.request(properties.pageSize()), viewer), viewer);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("引文.txt", StandardCharsets.UTF_8).build().toString())
                .body(text);
    }
}
