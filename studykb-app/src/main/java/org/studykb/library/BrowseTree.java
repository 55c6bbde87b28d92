package org.studykb.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.studykb.access.Viewer;
import org.studykb.search.Campaigns;

/**
 * The home page's browse tree: campaign → phase → document type, with how many documents the viewer may see in
 * each. Campaigns and phases in {@link Campaigns}' order; types most documents first.
 */
public final class BrowseTree {
    /** Documents without a type are counted under this name (no link: there is no value to filter by). */
    public static final String NO_TYPE = "未分类型";

    private final Campaigns campaigns;

    public BrowseTree(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** A type and its count under one phase. */
    public record TypeCount(String type, long documents) {
        public boolean typed() {
            return !NO_TYPE.equals(type);
        }
    }

    /** The types under each campaign and phase: {@code types(campaign, phase)}. */
    public record Tree(Map<String, Map<String, List<TypeCount>>> byCampaign) {
        public List<TypeCount> types(String campaign, String phase) {
            return byCampaign.getOrDefault(campaign, Map.of()).getOrDefault(phase, List.of());
        }
    }

    public Tree of(Viewer viewer) throws IOException {
        Map<String, Map<String, List<TypeCount>>> tree = new LinkedHashMap<>();
        for (Campaigns.Campaign c : campaigns.overview(viewer).campaigns()) {
            Map<String, List<TypeCount>> phases = new LinkedHashMap<>();
            for (Campaigns.Phase p : campaigns.timeline(c.name(), viewer).map(Campaigns.Campaign::phases)
                    .orElse(List.of())) {
                Map<String, Long> counts = new TreeMap<>();
                p.entries().forEach(e -> counts.merge(e.type() == null ? NO_TYPE : e.type(), 1L, Long::sum));
                List<TypeCount> types = new ArrayList<>();
                counts.forEach((type, n) -> types.add(new TypeCount(type, n)));
                types.sort(Comparator.comparing((TypeCount t) -> !t.typed())
                        .thenComparing(TypeCount::documents, Comparator.reverseOrder()));
                phases.put(p.name(), List.copyOf(types));
            }
            tree.put(c.name(), phases);
        }
        return new Tree(tree);
    }
}
