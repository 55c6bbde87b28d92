package org.studykb.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

import org.studykb.config.ConfigFile;

/**
 * The rules of {@code indexer/types.yml}: settings for weighing matches, and rules, each setting exactly one of
 * {@code type}, {@code campaign} or {@code phase}. Defaults: {@code how: ANY}, {@code where: [title, filename]},
 * {@code weight: 10}.
 */
record RuleBook(RuleSettings settings, List<Rule> rules) {

    static final String FILE = "types.yml";
    private static final Set<String> RULE_KEYS = Set.of("name", "type", "campaign", "phase", "how", "where",
            "words", "regex", "weight");
    private static final Pattern MILLIS = Pattern.compile("(\\d+)\\s*(ms|s)");

    static RuleBook load(Path configDir) {
        ConfigFile file = ConfigFile.read(configDir.resolve(FILE));
        Map<String, Node> top = file.mapping(file.root(), Set.of("settings", "rules"));
        RuleSettings settings = settings(file, file.required(top, "settings", file.root()));
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (Node node : file.sequence(file.required(top, "rules", file.root()))) {
            Rule rule = rule(file, node);
            Integer earlier = names.putIfAbsent(rule.name(), rule.line());
            if (earlier != null) {
                throw file.error(node, "规则名称重复: " + rule.name() + "（第 " + earlier + " 行已有）");
            }
            rules.add(rule);
        }
        return new RuleBook(settings, List.copyOf(rules));
    }

    static Rule rule(ConfigFile file, Node node) {
        Map<String, Node> map = file.mapping(node, RULE_KEYS);
        int line = node.getStartMark().getLine() + 1;
        String name = file.scalar(file.required(map, "name", node));
        List<Rule.Target> targets = new ArrayList<>();
        for (Rule.Target t : Rule.Target.values()) {
            if (map.containsKey(t.label())) {
                targets.add(t);
            }
        }
        if (targets.size() != 1) {
            throw file.error(node, "规则 " + name + " 应只设定 type、campaign、phase 中的一项");
        }
        Rule.Target target = targets.get(0);
        String value = file.scalar(map.get(target.label()));
        boolean hasRegex = map.containsKey("regex");
        Rule.How how = map.containsKey("how") ? enumValue(file, map.get("how"), Rule.How.class)
                : hasRegex ? Rule.How.REGEX : Rule.How.ANY;
        if ((how == Rule.How.REGEX) != hasRegex || (!hasRegex && !map.containsKey("words"))
                || (hasRegex && map.containsKey("words"))) {
            throw file.error(node, "规则 " + name + ": REGEX 用 regex，ANY/ALL/LITERAL 用 words");
        }
        Set<Rule.Place> where = EnumSet.noneOf(Rule.Place.class);
        for (Node w : map.containsKey("where") ? listNodes(file, map.get("where")) : List.<Node>of()) {
            where.add(enumValue(file, w, Rule.Place.class));
        }
        if (where.isEmpty()) {
            where = EnumSet.of(Rule.Place.TITLE, Rule.Place.FILENAME);
        }
        List<String> words = hasRegex ? List.of() : file.strings(map.get("words")).stream()
                .map(w -> how == Rule.How.LITERAL ? w : RuleSubject.fold(w)).toList();
        List<Pattern> patterns = hasRegex ? file.patterns(map.get("regex")) : List.of();
        double weight = map.containsKey("weight") ? file.number(map.get("weight")) : 10;
        if (weight <= 0) {
            throw file.error(map.get("weight"), "权重应大于 0");
        }
        return new Rule(name, target, value, how, Set.copyOf(where), words, patterns, weight, line);
    }

    private static List<Node> listNodes(ConfigFile file, Node node) {
        return node instanceof org.yaml.snakeyaml.nodes.SequenceNode ? file.sequence(node) : List.of(node);
    }

    private static RuleSettings settings(ConfigFile file, Node node) {
        Map<String, Node> map = file.mapping(node, Set.of("body-chars", "place-factors", "title-end-bonus",
                "regex-timeout"));
        Map<Rule.Place, Double> factors = new EnumMap<>(Rule.Place.class);
        Node factorsNode = file.required(map, "place-factors", node);
        for (Map.Entry<String, Node> e : file.mapping(factorsNode, Set.of("title", "body", "filename")).entrySet()) {
            factors.put(Rule.Place.valueOf(e.getKey().toUpperCase(Locale.ROOT)), file.number(e.getValue()));
        }
        Node timeoutNode = file.required(map, "regex-timeout", node);
        Matcher m = MILLIS.matcher(file.scalar(timeoutNode));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw file.error(timeoutNode, "时间应写成 200ms 或 1s 这样");
        }
        Duration timeout = m.group(2).equals("ms") ? Duration.ofMillis(Long.parseLong(m.group(1)))
                : Duration.ofSeconds(Long.parseLong(m.group(1)));
        return new RuleSettings(file.integer(file.required(map, "body-chars", node), 1), Map.copyOf(factors),
                file.number(file.required(map, "title-end-bonus", node)), timeout);
    }

    static <E extends Enum<E>> E enumValue(ConfigFile file, Node node, Class<E> type) {
        String text = file.scalar(node);
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw file.error(node, "未知的取值 '" + text + "'，可用: " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
