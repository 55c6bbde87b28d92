package org.studykb.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.studykb.access.Viewer;

/**
 * Citations as a report writer pastes them: 「passage」（《标题》，单位，日期）. A passage's own 「」 become 『』,
 * line breaks inside it are dropped, and a missing unit or date is left out.
 */
public final class Citations {
    private final Documents documents;

    public Citations(Documents documents) {
        this.documents = documents;
    }

    /** The citation of one passage. */
    public static String of(String passage, String title, String unit, String date) {
        String text = passage == null ? "" : passage.strip()
                .replaceAll("\\s*\\n\\s*", "")
                .replaceAll("[ \\t\\u3000]+", " ")
                .replace('「', '『').replace('」', '』');
        return (text.isEmpty() ? "" : "「" + text + "」") + source(title, unit, date);
    }

    /** （《标题》，单位，日期）: where a citation comes from. */
    public static String source(String title, String unit, String date) {
        StringBuilder sb = new StringBuilder("（《").append(title == null ? "" : title.strip()).append("》");
        if (unit != null && !unit.isBlank()) {
            sb.append("，").append(unit.strip());
        }
        if (date != null && !date.isBlank()) {
            sb.append("，").append(chineseDate(date));
        }
        return sb.append("）").toString();
    }

    /** {@code 2008} → 2008年, {@code 2008-11} → 2008年11月, {@code 2008-11-20} → 2008年11月20日. */
    public static String chineseDate(String iso) {
        String[] parts = iso.strip().split("-");
        if (parts.length > 3 || !iso.strip().matches("\\d{4}(-\\d{1,2}){0,2}")) {
            return iso.strip();
        }
        StringBuilder sb = new StringBuilder(parts[0]).append('年');
        if (parts.length > 1) {
            sb.append(Integer.parseInt(parts[1])).append('月');
        }
        if (parts.length > 2) {
            sb.append(Integer.parseInt(parts[2])).append('日');
        }
        return sb.toString();
    }

    /**
     * The citation of passage {@code ordinal} of a document, or empty when there is no such passage or the viewer
     * may not see the document.
     */
    public java.util.Optional<String> passage(String id, int ordinal, Viewer viewer) throws IOException {
        var doc = documents.get(id, viewer);
        if (doc.isEmpty()) {
            return java.util.Optional.empty();
        }
        return documents.passages(id, Set.of(ordinal), viewer).stream().findFirst()
                .map(p -> of(p.text(), doc.get().title(), doc.get().unit(), doc.get().date()));
    }

    /**
     * Hit id → the citation its 引用 button copies: its best passage (the highest scored, read again whole as the
     * viewer), or the document's source when no passage matched or the viewer may no longer see it.
     */
    public Map<String, String> ofHits(SearchResponse response, Viewer viewer) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (SearchHit hit : response.hits()) {
            Optional<SearchHit.PassageHit> best = hit.passages().stream()
                    .max(Comparator.comparingDouble(SearchHit.PassageHit::score));
            List<DocumentView.PassageText> passage = best.isEmpty() ? List.of()
                    : documents.passages(hit.id(), Set.of(best.get().ordinal()), viewer);
            out.put(hit.id(), passage.isEmpty() ? source(hit.title(), hit.unit(), hit.date())
                    : of(passage.get(0).text(), hit.title(), hit.unit(), hit.date()));
        }
        return out;
    }

    /**
     * A results page as a list of citations: per document its best passages, or its source when none. The
     * response is the viewer's own search; passages are read again as the viewer.
     */
    public String export(SearchResponse response, Viewer viewer) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("检索：").append(response.query()).append("\n");
        sb.append("共 ").append(response.total()).append(" 篇，以下为第 ").append(response.from() + 1).append("–")
                .append(response.from() + response.hits().size()).append(" 篇的引文\n");
        int rank = response.from();
        for (SearchHit hit : response.hits()) {
            sb.append("\n").append(++rank).append(". 《").append(hit.title()).append("》\n");
            Set<Integer> ordinals = new LinkedHashSet<>();
            hit.passages().forEach(p -> ordinals.add(p.ordinal()));
            List<DocumentView.PassageText> passages = ordinals.isEmpty() ? List.of()
                    : documents.passages(hit.id(), ordinals, viewer);
            if (passages.isEmpty()) {
                sb.append(source(hit.title(), hit.unit(), hit.date())).append("\n");
            }
            for (DocumentView.PassageText p : passages) {
                sb.append(of(p.text(), hit.title(), hit.unit(), hit.date())).append("\n");
            }
        }
        return sb.toString();
    }
}
