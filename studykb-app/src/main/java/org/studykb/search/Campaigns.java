package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.studykb.access.Viewer;
import org.studykb.index.CatalogEntry;

/**
 * The campaigns (活动) of the index with their phases (阶段): how many documents each has, the dates they span
 * and, for the timeline, the documents of each phase. Phases are ordered by their earliest document. Counts and
 * dates are those of the documents the {@link Viewer} may see.
 */
public final class Campaigns {
    /** Documents without a phase are shown under this name. */
    public static final String NO_PHASE = "未分阶段";

    private final SearchBackend search;
    /** The index version {@link #rows} were read at; none yet. */
    private Long builtFor;
    private List<Row> rows = List.of();

    /** One document as read from the index, with the roles allowed to see it (empty: public). */
    private record Row(String campaign, String phase, Entry entry, List<String> access) {
    }

    public Campaigns(SearchBackend search) {
        this.search = search;
    }

    /** All campaigns with their phases and counts (no document lists). */
    public record Overview(long documents, long withoutCampaign, List<Campaign> campaigns) {
    }

    public record Campaign(String name, long documents, String from, String to, List<Phase> phases) {
    }

    /** A phase: its documents' count and date span; {@code entries} only in a timeline. */
    public record Phase(String name, long documents, String from, String to, List<Entry> entries) {
    }

    public record Entry(String id, String title, String type, String date) {
    }

    public synchronized Overview overview(Viewer viewer) throws IOException {
        refresh();
        List<Row> seen = rows.stream().filter(r -> viewer.sees(r.access())).toList();
        long without = seen.stream().filter(r -> r.campaign() == null).count();
        List<Campaign> light = campaigns(seen).stream().map(c -> new Campaign(c.name(), c.documents(), c.from(), c.to(),
                c.phases().stream().map(p -> new Phase(p.name(), p.documents(), p.from(), p.to(), List.of()))
                        .toList())).toList();
        return new Overview(seen.size(), without, light);
    }

    /** One campaign with the documents of each phase, or empty when no document the viewer may see belongs to it. */
    public synchronized Optional<Campaign> timeline(String name, Viewer viewer) throws IOException {
        refresh();
        List<Row> seen = rows.stream().filter(r -> name.equals(r.campaign()) && viewer.sees(r.access())).toList();
        return campaigns(seen).stream().findFirst();
    }

    private void refresh() throws IOException {
        long version = search.version();
        if (builtFor == null || builtFor != version) {
            List<Row> read = new ArrayList<>();
            for (CatalogEntry d : search.catalog()) {
                read.add(new Row(d.campaign(), d.phase() == null ? NO_PHASE : d.phase(),
                        new Entry(d.id(), d.title(), d.type(), d.date()), d.access()));
            }
            rows = List.copyOf(read);
            builtFor = version;
        }
    }

    /** The campaigns of these documents (those without a campaign are left out), earliest first. */
    private static List<Campaign> campaigns(List<Row> rows) {
        Map<String, Map<String, List<Entry>>> byCampaign = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.campaign() != null) {
                byCampaign.computeIfAbsent(r.campaign(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.phase(), k -> new ArrayList<>()).add(r.entry());
            }
        }
        List<Campaign> campaigns = new ArrayList<>();
        byCampaign.forEach((name, phases) -> campaigns.add(campaign(name, phases)));
        campaigns.sort(Comparator.comparing((Campaign c) -> c.from() == null ? "9999" : c.from())
                .thenComparing(Campaign::name));
        return campaigns;
    }

    private static Campaign campaign(String name, Map<String, List<Entry>> phases) {
        List<Phase> list = new ArrayList<>();
        phases.forEach((phase, entries) -> {
            entries.sort(Comparator.comparing((Entry e) -> e.date() == null ? "9999" : e.date())
                    .thenComparing(Entry::id));
            list.add(new Phase(phase, entries.size(), first(entries), last(entries), List.copyOf(entries)));
        });
        list.sort(Comparator.comparing((Phase p) -> p.name().equals(NO_PHASE))
                .thenComparing(p -> p.from() == null ? "9999" : p.from())
                .thenComparing(Phase::name));
        long count = list.stream().mapToLong(Phase::documents).sum();
        String from = list.stream().map(Phase::from).filter(d -> d != null).min(String::compareTo).orElse(null);
        String to = list.stream().map(Phase::to).filter(d -> d != null).max(String::compareTo).orElse(null);
        return new Campaign(name, count, from, to, List.copyOf(list));
    }

    private static String first(List<Entry> sorted) {
        return sorted.stream().map(Entry::date).filter(d -> d != null).findFirst().orElse(null);
    }

    private static String last(List<Entry> sorted) {
        return sorted.stream().map(Entry::date).filter(d -> d != null).reduce((a, b) -> b).orElse(null);
    }
}
