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

/**
 * What {@code indexer/ingest.yml} says: the limits, how scanned pages are read, the site chrome to drop from web pages, and which titles are
 * junk (metadata titles never used) or which top lines are never a title.
 */
record IngestSettings(IngestLimits limits, OcrSettings ocr, List<Pattern> htmlChrome, List<Pattern> junkTitles,
                      List<Pattern> notTitleLines) {

    static final String FILE = "ingest.yml";
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min)", Pattern.CASE_INSENSITIVE);

    static IngestSettings load(Path configDir) {
        ConfigFile file = ConfigFile.read(configDir.resolve(FILE));
        Map<String, Node> top = file.mapping(file.root(), Set.of("limits", "ocr", "html-chrome", "title"));
        Node limitsNode = file.required(top, "limits", file.root());
        Map<String, Node> limits = file.mapping(limitsNode,
                Set.of("max-file-size", "max-time-per-file", "max-text-chars"));
        IngestLimits parsed = new IngestLimits(
                size(file, file.required(limits, "max-file-size", limitsNode)),
                duration(file, file.required(limits, "max-time-per-file", limitsNode)),
                file.integer(file.required(limits, "max-text-chars", limitsNode), 1));
        Node titleNode = file.required(top, "title", file.root());
        Map<String, Node> title = file.mapping(titleNode, Set.of("junk", "not-title-lines"));
        OcrSettings ocr = top.containsKey("ocr") ? OcrSettings.load(file, top.get("ocr")) : OcrSettings.DEFAULT;
        return new IngestSettings(parsed, ocr,
                file.patterns(file.required(top, "html-chrome", file.root())),
                file.patterns(file.required(title, "junk", titleNode)),
                file.patterns(file.required(title, "not-title-lines", titleNode)));
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
