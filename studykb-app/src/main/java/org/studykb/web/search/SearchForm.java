package org.studykb.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import org.studykb.index.Fields;
import org.studykb.search.SearchRequest;

/**
 * What the search form asked: the words, the facet filters (values of one field are alternatives), the sort
 * and the page; and the links of the results page that change one of them. Filters become query syntax
 * ({@code type:"…"}), so a filter typed in the box and one clicked in the sidebar mean the same.
 *
 * @param filters field → values, for the fields of {@link Fields#FACETS}
 */
record SearchForm(String q, Map<String, List<String>> filters, SearchRequest.Sort sort, int page, boolean typed) {
    static final int MAX_PAGE = 100;

    /** An active filter and the link that removes it. */
    record Chip(String field, String value, String removeUrl) {
    }

    static SearchForm of(MultiValueMap<String, String> params) {
        String q = params.getFirst("q") == null ? "" : params.getFirst("q");
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String field : Fields.FACETS) {
            List<String> values = params.getOrDefault(field, List.of()).stream()
                    .map(v -> v.replace("\"", "").strip()).filter(v -> !v.isEmpty()).distinct().toList();
            if (!values.isEmpty()) {
                filters.put(field, values);
            }
        }
        return new SearchForm(q, filters, sortOf(params.getFirst("sort")), pageOf(params.getFirst("page")),
                "1".equals(params.getFirst("typed")));
    }

    static SearchRequest.Sort sortOf(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchRequest.Sort.RELEVANCE;
        }
        return switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw new IllegalArgumentException("参数 sort 只能是 relevance（相关度）或 date（日期）");
        };
    }

    private static int pageOf(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page.strip());
            if (n >= 1 && n <= MAX_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("参数 page 应为 1 到 " + MAX_PAGE + " 之间的页码");
    }

    public boolean isEmpty() {
        return q.isBlank() && filters.isEmpty();
    }

    /** The words and the filters, in query syntax. */
    public String query() {
        StringBuilder sb = new StringBuilder(q.strip());
        filters.forEach((field, values) -> values.forEach(v -> sb.append(sb.length() > 0 ? " " : "")
                .append(field).append(":\"").append(v).append('"')));
        return sb.toString();
    }

    SearchRequest request(int pageSize) {
        return new SearchRequest(query(), sort, (page - 1) * pageSize, pageSize, !typed && filters.isEmpty());
    }

    public boolean active(String field, String value) {
        return filters.getOrDefault(field, List.of()).contains(value);
    }

    public List<Chip> chips() {
        List<Chip> chips = new ArrayList<>();
        filters.forEach((field, values) -> values.forEach(v -> chips.add(new Chip(field, v, without(field, v)))));
        return chips;
    }

    public String url() {
        return link("/search", q, filters, sort, page);
    }

    /** The form for the corrected query the results answer, so that its links page through those. */
    SearchForm corrected(String query) {
        return new SearchForm(query, filters, sort, page, false);
    }

    /** The search as typed, never corrected. */
    public String asTyped() {
        return new SearchForm(q, filters, sort, 1, true).url();
    }

    public String with(String field, String value) {
        Map<String, List<String>> f = copy();
        List<String> values = new ArrayList<>(f.getOrDefault(field, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        f.put(field, values);
        return link("/search", q, f, sort, 1);
    }

    public String without(String field, String value) {
        Map<String, List<String>> f = copy();
        List<String> values = new ArrayList<>(f.getOrDefault(field, List.of()));
        values.remove(value);
        if (values.isEmpty()) {
            f.remove(field);
        } else {
            f.put(field, values);
        }
        return link("/search", q, f, sort, 1);
    }

    public String sorted(String by) {
        return link("/search", q, filters, sortOf(by), 1);
    }

    public String page(int n) {
        return link("/search", q, filters, sort, n);
    }

    /** The citations of this page as a text file. */
    public String export() {
        return link("/api/citations", q, filters, sort, page);
    }

    private Map<String, List<String>> copy() {
        return new LinkedHashMap<>(filters);
    }

    private String link(String path, String q, Map<String, List<String>> filters, SearchRequest.Sort sort,
                        int page) {
        StringBuilder sb = new StringBuilder(path).append("?q=").append(enc(q));
        if (typed) {
            sb.append("&typed=1");
        }
        filters.forEach((field, values) -> values.forEach(v -> sb.append('&').append(field).append('=')
                .append(enc(v))));
        if (sort == SearchRequest.Sort.DATE) {
            sb.append("&sort=date");
        }
        if (page > 1) {
            sb.append("&page=").append(page);
        }
        return sb.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
