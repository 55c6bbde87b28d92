package org.studykb.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

import org.studykb.config.ConfigFile;

/**
 * What {@code indexer/ingest.yml} says: the limits, how scanned pages are read, the site chrome to drop from web
 * pages, which titles are
 * junk (metadata titles never used), which top lines are never a title, and which line above a title only names
 * the issuing organ (发文机关, left out of the title; optional, none when absent), and how the names of one unit
 * written several ways become one (optional {@code units:} rewrites and aliases), and which table columns hold
 * deadlines (optional {@code dates: deadline-columns}: a ledger's date is what it reports done, not what is due).
 */
record IngestSettings(IngestLimits limits, OcrSettings ocr, List<Pattern> htmlChrome, List<Pattern> junkTitles,
                      List<Pattern> notTitleLines, List<Pattern> issuerLines, List<UnitRewrite> unitRewrites,
                      Map<String, String> unitAliases, List<Pattern> deadlineColumns) {

    /** A whole unit name matching {@code match} is written {@code name} ($1 … its groups). */
    record UnitRewrite(Pattern match, String name) {
    }

    static final String FILE = "ingest.yml";
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min)", Pattern.CASE_INSENSITIVE);

    static IngestSettings load(Path configDir) {
        ConfigFile file = ConfigFile.read(configDir.resolve(FILE));
        Map<String, Node> top = file.mapping(file.root(), Set.of("limits", "ocr", "html-chrome", "title",
                "units", "dates"));
        Node limitsNode = file.required(top, "limits", file.root());
        Map<String, Node> limits = file.mapping(limitsNode,
                Set.of("max-file-size", "max-time-per-file", "max-text-chars"));
        IngestLimits parsed = new IngestLimits(
                size(file, file.required(limits, "max-file-size", limitsNode)),
                duration(file, file.required(limits, "max-time-per-file", limitsNode)),
                file.integer(file.required(limits, "max-text-chars", limitsNode), 1));
        Node titleNode = file.required(top, "title", file.root());
        Map<String, Node> title = file.mapping(titleNode, Set.of("junk", "not-title-lines", "issuer-lines"));
        OcrSettings ocr = top.containsKey("ocr") ? OcrSettings.load(file, top.get("ocr")) : OcrSettings.DEFAULT;
        return new IngestSettings(parsed, ocr,
                file.patterns(file.required(top, "html-chrome", file.root())),
                file.patterns(file.required(title, "junk", titleNode)),
                file.patterns(file.required(title, "not-title-lines", titleNode)),
                title.containsKey("issuer-lines") ? file.patterns(title.get("issuer-lines")) : List.of(),
                top.containsKey("units") ? rewrites(file, top.get("units")) : List.of(),
                top.containsKey("units") ? aliases(file, top.get("units")) : Map.of(),
                top.containsKey("dates") ? deadlineColumns(file, top.get("dates")) : List.of());
    }

    private static List<Pattern> deadlineColumns(ConfigFile file, Node dates) {
        Node node = file.mapping(dates, Set.of("deadline-columns")).get("deadline-columns");
        return node == null ? List.of() : file.patterns(node);
    }

    private static List<UnitRewrite> rewrites(ConfigFile file, Node units) {
        Node node = file.mapping(units, Set.of("rewrite", "aliases")).get("rewrite");
        if (node == null) {
            return List.of();
        }
        List<UnitRewrite> out = new java.util.ArrayList<>();
        for (Node item : file.sequence(node)) {
            Map<String, Node> m = file.mapping(item, Set.of("match", "name"));
            Node match = file.required(m, "match", item);
            out.add(new UnitRewrite(file.pattern(match, file.scalar(match)), file.scalar(file.required(m, "name", item))));
        }
        return List.copyOf(out);
    }

    /** 规范名称: [别名…] read as alias → name; an alias under two names is an error. */
    private static Map<String, String> aliases(ConfigFile file, Node units) {
        Node node = file.mapping(units, Set.of("rewrite", "aliases")).get("aliases");
        if (node == null) {
            return Map.of();
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Node> e : file.mapping(node, Set.of()).entrySet()) {
            for (String alias : file.strings(e.getValue())) {
                String before = out.put(alias.strip(), e.getKey().strip());
                if (before != null && !before.equals(e.getKey().strip())) {
                    throw file.error(e.getValue(), "别名「" + alias + "」同时属于「" + before + "」和「" + e.getKey() + "」");
                }
            }
        }
        return Map.copyOf(out);
    }

    /**
     * One name per unit: an alias becomes its name, then the first rewrite that matches the whole name applies
     * (「中国共产党××委员会」「××局党组」→「中共…」).
     */
    String unitName(String raw) {
        String name = raw.strip().replaceAll("[\\s\u3000]+", " ");
        name = unitAliases.getOrDefault(name, name);
        for (UnitRewrite r : unitRewrites) {
            Matcher m = r.match().matcher(name);
            if (m.matches()) {
                return unitAliases.getOrDefault(m.replaceFirst(r.name()), m.replaceFirst(r.name()));
            }
        }
        return name;
    }

    boolean isChrome(String line) {
        return htmlChrome.stream().anyMatch(p -> p.matcher(line).matches());
    }

    boolean isJunkTitle(String title) {
        return junkTitles.stream().anyMatch(p -> p.matcher(title).matches());
    }

    boolean isNotTitleLine(String line) {
        return notTitleLines.stream().anyMatch(p -> p.matcher(line).matches());
    }

    /** A line that only names the issuing organ (中共××委员会 above 关于…的报告). */
    boolean isIssuerLine(String line) {
        return issuerLines.stream().anyMatch(p -> p.matcher(line.strip()).matches());
    }

    private static long size(ConfigFile file, Node node) {
        Matcher m = SIZE.matcher(file.scalar(node));
        if (!m.matches()) {
            throw file.error(node, "大小应写成 100MB、512KB 这样: " + file.scalar(node));
        }
        long n = Long.parseLong(m.group(1));
        long bytes = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "KB" -> n * 1024;
            case "MB" -> n * 1024 * 1024;
            case "GB" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
        if (bytes < 1) {
            throw file.error(node, "大小应大于 0");
        }
        return bytes;
    }

    private static Duration duration(ConfigFile file, Node node) {
        Matcher m = DURATION.matcher(file.scalar(node));
        if (!m.matches()) {
            throw file.error(node, "时间应写成 120s、2m、500ms 这样: " + file.scalar(node));
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "ms" -> Duration.ofMillis(n);
            case "m", "min" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.isZero()) {
            throw file.error(node, "时间应大于 0");
        }
        return d;
    }
}
