package org.studykb.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values a person may choose for a document, as {@code indexer/} configures them: the campaigns with their
 * phases in order ({@code campaigns.yml}) and the document types the rules and phases name ({@code types.yml},
 * {@code campaigns.yml}). Forms offer them; edits are checked against them.
 *
 * @param phases each campaign's phases, in the order of the file
 * @param types  every configured document type, in the order first named
 */
public record Vocabulary(Map<String, List<String>> phases, List<String> types) {
    public Vocabulary {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        phases.forEach((c, p) -> copy.put(c, List.copyOf(p)));
        phases = java.util.Collections.unmodifiableMap(copy);
        types = List.copyOf(types);
    }

    static Vocabulary of(RuleBook rules, CampaignBook campaigns) {
        Map<String, List<String>> phases = new LinkedHashMap<>();
        Set<String> types = new LinkedHashSet<>();
        rules.rules().stream().filter(r -> r.target() == Rule.Target.TYPE).forEach(r -> types.add(r.value()));
        for (Campaign c : campaigns.campaigns()) {
            List<String> names = new ArrayList<>();
            for (Campaign.Phase p : c.phases()) {
                names.add(p.name());
                types.addAll(p.types().stream().sorted().toList());
            }
            phases.put(c.name(), names);
        }
        types.addAll(campaigns.phaseFreeTypes().stream().sorted().toList());
        types.addAll(campaigns.throughoutTypes().stream().sorted().toList());
        return new Vocabulary(phases, new ArrayList<>(types));
    }

    public List<String> campaigns() {
        return List.copyOf(phases.keySet());
    }

    /** The campaign a phase name belongs to, when exactly one campaign has a phase of that name. */
    public Optional<String> campaignOf(String phase) {
        List<String> owners = phases.entrySet().stream().filter(e -> e.getValue().contains(phase))
                .map(Map.Entry::getKey).toList();
        return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
    }

    /** Every phase name of every campaign, without repeats. */
    public List<String> allPhases() {
        Set<String> all = new LinkedHashSet<>();
        phases.values().forEach(all::addAll);
        return List.copyOf(all);
    }
}
