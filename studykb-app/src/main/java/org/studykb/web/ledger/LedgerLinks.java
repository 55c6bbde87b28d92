package org.studykb.web.ledger;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import org.studykb.rectify.LedgerFilter;

/** Addresses used by the ledger pages: a passage of a document, a problem, the ledger with its filters. */
@Component
public class LedgerLinks {

    /** {@code /document?id=分析检查/报告.docx&p=7#p-7}: the passage on the page of the document that holds it (encoded). */
    public String document(String path, int passage) {
        return "/document?id=" + UriUtils.encodeQueryParam(path, StandardCharsets.UTF_8) + "&p=" + passage
                + "#p-" + passage;
    }

    public String problem(String id) {
        return "/problems/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    /** The query string of a filter, for the export and the status links: {@code ?campaign=…&status=…}. */
    public String query(LedgerFilter f) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("campaign", f.campaign());
        params.put("category", f.category());
        params.put("status", f.status());
        params.put("unit", f.unit());
        params.put("leader", f.leader());
        params.put("overdue", f.overdue() ? "true" : "");
        params.put("open", f.open() ? "true" : "");
        params.put("due", f.dueDays() >= 0 ? Integer.toString(f.dueDays()) : "");
        String q = params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return q.isEmpty() ? "" : "?" + q;
    }

    /** The same filter with another status (empty: any). */
    public String withStatus(LedgerFilter f, String status) {
        return "/ledger" + query(f.withStatus(status));
    }

    /** The ledger of one responsible leader. */
    public String leader(String name) {
        return "/ledger" + query(new LedgerFilter("", "", "", "", false, false, name, -1));
    }

    /** The ledger of one unit. */
    public String unit(String name) {
        return "/ledger" + query(new LedgerFilter("", "", "", name, false, false));
    }
}
