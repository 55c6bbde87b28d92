package org.studykb.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

import org.studykb.config.ConfigFile;

/**
 * The campaigns of {@code indexer/campaigns.yml}, the document types that belong to no single phase, those
 * written in every phase (a phase by default, but the date's phase first), and the weights of campaign
 * evidence. Names, aliases and keywords become rules matched in title, file name and body.
 */
record CampaignBook(List<Campaign> campaigns, Set<String> phaseFreeTypes, Set<String> throughoutTypes,
                    double dateWeight, List<Rule> campaignRules, Map<String, List<Rule>> phaseRules) {

    static final String FILE = "campaigns.yml";
    private static final Set<Rule.Place> EVERYWHERE = Set.of(Rule.Place.TITLE, Rule.Place.FILENAME, Rule.Place.BODY);

    static CampaignBook load(Path configDir) {
        ConfigFile file = ConfigFile.read(configDir.resolve(FILE));
        Node root = file.root();
        Map<String, Node> top = file.mapping(root, Set.of("weights", "phase-free-types", "throughout-types",
                "campaigns"));
        Node weightsNode = file.required(top, "weights", root);
        Map<String, Node> weights = file.mapping(weightsNode, Set.of("name", "alias", "keyword", "date-range",
                "phase"));
        List<Campaign> campaigns = new ArrayList<>();
        List<Rule> campaignRules = new ArrayList<>();
        Map<String, List<Rule>> phaseRules = new java.util.LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (Node node : file.sequence(file.required(top, "campaigns", root))) {
            Campaign c = campaign(file, node);
            if (!names.add(c.name())) {
                throw file.error(node, "活动名称重复: " + c.name());
            }
            campaigns.add(c);
            int line = node.getStartMark().getLine() + 1;
            campaignRules.add(rule(c.name() + "（名称）", Rule.Target.CAMPAIGN, c.name(), List.of(c.name()),
                    file.number(file.required(weights, "name", weightsNode)), line));
            if (!c.aliases().isEmpty()) {
                campaignRules.add(rule(c.name() + "（别称）", Rule.Target.CAMPAIGN, c.name(), c.aliases(),
                        file.number(file.required(weights, "alias", weightsNode)), line));
            }
            if (!c.keywords().isEmpty()) {
                campaignRules.add(rule(c.name() + "（关键词）", Rule.Target.CAMPAIGN, c.name(), c.keywords(),
                        file.number(file.required(weights, "keyword", weightsNode)), line));
            }
            List<Rule> rules = new ArrayList<>();
            for (Campaign.Phase p : c.phases()) {
                List<String> words = new ArrayList<>(List.of(p.name()));
                words.addAll(p.aliases());
                rules.add(rule(c.name() + "/" + p.name(), Rule.Target.PHASE, p.name(), words,
                        file.number(file.required(weights, "phase", weightsNode)), line));
            }
            phaseRules.put(c.name(), List.copyOf(rules));
        }
        Set<String> phaseFree = Set.copyOf(file.strings(file.required(top, "phase-free-types", root)));
        Set<String> throughout = top.containsKey("throughout-types")
                ? Set.copyOf(file.strings(top.get("throughout-types"))) : Set.of();
        return new CampaignBook(List.copyOf(campaigns), phaseFree, throughout,
                file.number(file.required(weights, "date-range", weightsNode)), List.copyOf(campaignRules),
                Map.copyOf(phaseRules));
    }

    Optional<Campaign> campaign(String name) {
        return campaigns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Every document type some phase of some campaign lists. */
    Set<String> mappedTypes() {
        Set<String> out = new LinkedHashSet<>();
        campaigns.forEach(c -> c.phases().forEach(p -> out.addAll(p.types())));
        return out;
    }

    private static Rule rule(String name, Rule.Target target, String value, List<String> words, double weight,
                             int line) {
        return new Rule(name, target, value, Rule.How.ANY, EVERYWHERE,
                words.stream().map(RuleSubject::fold).toList(), List.of(), weight, line);
    }

    private static Campaign campaign(ConfigFile file, Node node) {
        Map<String, Node> map = file.mapping(node, Set.of("name", "aliases", "keywords", "from", "to", "phases"));
        String name = file.scalar(file.required(map, "name", node));
        LocalDate from = date(file, file.required(map, "from", node));
        LocalDate to = date(file, file.required(map, "to", node));
        if (to.isBefore(from)) {
            throw file.error(node, "活动 " + name + " 的结束日期早于开始日期");
        }
        List<Campaign.Phase> phases = new ArrayList<>();
        Set<String> phaseNames = new HashSet<>();
        for (Node p : file.sequence(file.required(map, "phases", node))) {
            Campaign.Phase phase = phase(file, p);
            if (!phaseNames.add(phase.name())) {
                throw file.error(p, "阶段名称重复: " + phase.name());
            }
            phases.add(phase);
        }
        return new Campaign(name, strings(file, map, "aliases"), strings(file, map, "keywords"), from, to,
                List.copyOf(phases));
    }

    private static Campaign.Phase phase(ConfigFile file, Node node) {
        Map<String, Node> map = file.mapping(node, Set.of("name", "aliases", "from", "to", "types"));
        String name = file.scalar(file.required(map, "name", node));
        Optional<LocalDate> from = Optional.ofNullable(map.get("from")).map(n -> date(file, n));
        Optional<LocalDate> to = Optional.ofNullable(map.get("to")).map(n -> date(file, n));
        if (from.isPresent() != to.isPresent() || (from.isPresent() && to.get().isBefore(from.get()))) {
            throw file.error(node, "阶段 " + name + " 应同时写 from 和 to，且 to 不早于 from");
        }
        return new Campaign.Phase(name, strings(file, map, "aliases"), from, to,
                Set.copyOf(strings(file, map, "types")));
    }

    private static List<String> strings(ConfigFile file, Map<String, Node> map, String key) {
        return map.containsKey(key) ? file.strings(map.get(key)) : List.of();
    }

    private static LocalDate date(ConfigFile file, Node node) {
        String text = file.scalar(node);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw file.error(node, "日期应写成 2008-09-20: " + text);
        }
    }
}
