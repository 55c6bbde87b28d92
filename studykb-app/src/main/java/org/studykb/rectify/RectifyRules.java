package org.studykb.rectify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import org.studykb.config.ConfigFile;


/**
 * The rules of {@code indexer/problem-categories.yml}: document roles, problem and excluded
 * section headings, problem cue words, categories, outcome results and similarity thresholds.
 * Loaded once; a malformed file fails with its name and the key that is wrong.
 */
public record RectifyRules(Map<String, Role> roleByType, List<TitleRole> titleRoles, List<String> problemSections,
                    List<String> excludedSections, Pattern problemCues, Pattern notProblems,
                    List<ColumnNames> columns, List<String> outcomePhases, List<String> outcomeExcluded,
                    List<String> planExcluded, List<String> commitmentSections, List<String> distinctItems,
                    List<String> relapseCues, ReviewCues review,
                    List<CategoryRule> categories, List<ResultRule> results, ClosedValues closedValues,
                    Thresholds thresholds) {

    static final String FILE = "problem-categories.yml";

    /** A role set by keywords in a title, for documents without a type. */
    record TitleRole(Role role, List<String> match) {
    }

    /** The names a table header uses for one column. */
    record ColumnNames(TableHeader.Column column, List<String> names) {
    }

    /** 问题分类 rule: the first whose keywords occur (in the heading or the text) names the category. */
    record CategoryRule(String name, boolean heading, List<String> any) {
    }

    /**
     * 回头看: the words that make a report (its title or a heading) a review of the rectification, and the words by
     * which one of its items says that a problem declared rectified was not really done.
     */
    record ReviewCues(List<String> documents, List<String> undone, List<String> negations) {
        /** True when a cue occurs not right after a negation (「未出现反弹」 is not a finding). */
        boolean undone(String text) {
            for (String cue : undone) {
                for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
                    String before = text.substring(Math.max(0, i - 2), i);
                    if (negations.stream().noneMatch(before::contains)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Words that say what an outcome reports. */
    record ResultRule(Result result, List<String> any) {
    }

    /** The values of a ledger's 销号 column (是否销号, 销号情况) that say a row was closed or was not. */
    record ClosedValues(List<String> no, List<String> yes) {
        private static final Pattern DATE = Pattern.compile("\\d{1,4}\\s*[年月日.\\-/]");

        /**
         * True when the cell says the row was closed (是, 已销号, a date), false when it says it was not (否, 未销号);
         * empty when it is blank or says neither. A word of {@code no} wins: 「未销号」 holds 销号.
         */
        Optional<Boolean> closed(String cell) {
            String c = cell == null ? "" : cell.strip();
            if (c.isEmpty()) {
                return Optional.empty();
            }
            if (no.stream().anyMatch(c::contains)) {
                return Optional.of(false);
            }
            if (yes.stream().anyMatch(c::contains) || DATE.matcher(c).find()) {
                return Optional.of(true);
            }
            return Optional.empty();
        }
    }

    record Thresholds(double sameProblem, double attach, double sameMeasure, double joinRestated, double alignMeasures,
                      double suggest, double direct, double relapse, int immediateDays, double learn,
                      double learnAlike) {
    }

    /** The rules of {@code problem-categories.yml} in this folder. */
    public static RectifyRules load(Path configDir) {
        Path file = configDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("缺少整改追踪规则文件：" + file);
        }
        ConfigFile yaml = ConfigFile.read(file);
        return parse(new Node(yaml, "", yaml.root()));
    }

    private static RectifyRules parse(Node root) {
        Node roles = root.get("roles");
        Map<String, Role> byType = new HashMap<>();
        for (Role role : List.of(Role.SOURCE, Role.PLAN, Role.LEDGER, Role.REPORT, Role.RULE)) {
            for (String type : roles.get(role.name().toLowerCase()).strings()) {
                if (byType.put(type, role) != null) {
                    throw roles.error("类型「" + type + "」出现在两个角色中");
                }
            }
        }
        List<TitleRole> titleRoles = new ArrayList<>();
        for (Node n : roles.get("title-keywords").list()) {
            titleRoles.add(new TitleRole(n.get("role").role(), n.get("match").strings()));
        }
        Node sections = root.get("sections");
        Pattern cuePattern = regexes(root.get("problem-cues"));
        Pattern notProblems = regexes(root.get("not-problems"));
        List<ColumnNames> columns = new ArrayList<>();
        for (Node n : root.get("columns").list()) {
            TableHeader.Column column;
            try {
                column = TableHeader.Column.valueOf(n.get("column").string().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw n.error("列只能是 seq、problem、measure、leader、unit、deadline、progress、closed");
            }
            columns.add(new ColumnNames(column, n.get("names").strings()));
        }
        List<CategoryRule> categories = new ArrayList<>();
        for (Node n : root.get("categories").list()) {
            String where = n.get("where").string();
            if (!where.equals("heading") && !where.equals("text")) {
                throw n.error("where 只能是 heading 或 text");
            }
            categories.add(new CategoryRule(n.get("name").string(), where.equals("heading"), n.get("any").strings()));
        }
        List<ResultRule> results = new ArrayList<>();
        for (Node n : root.get("results").list()) {
            Result result;
            try {
                result = Result.valueOf(n.get("result").string());
            } catch (IllegalArgumentException e) {
                throw n.error("结果只能是 已销号、已完成、持续推进、未完成");
            }
            results.add(new ResultRule(result, n.get("any").strings()));
        }
        Node t = root.get("thresholds");
        Thresholds thresholds = new Thresholds(t.get("same-problem").fraction(), t.get("attach").fraction(),
                t.get("same-measure").fraction(), t.get("join-restated").fraction(), t.get("align-measures").fraction(), t.get("suggest").fraction(), t.get("direct").fraction(), t.get("relapse").fraction(),
                (int) t.get("immediate-days").number(), t.get("learn").fraction(),
                t.get("learn-alike").fraction());
        return new RectifyRules(Map.copyOf(byType), List.copyOf(titleRoles), sections.get("problem").strings(),
                sections.get("exclude").strings(), cuePattern, notProblems, List.copyOf(columns),
                root.get("outcome-phases").strings(), root.get("outcome-sections").get("exclude").strings(),
                root.get("plan-sections").get("exclude").strings(),
                root.get("source-measure-sections").strings(), root.get("distinct-items").strings(),
                root.get("relapse-cues").strings(),
                new ReviewCues(root.get("review").get("documents").strings(), root.get("review").get("undone").strings(),
                        root.get("review").get("negations").strings()),
                List.copyOf(categories), List.copyOf(results),
                new ClosedValues(root.get("closed-values").get("no").strings(),
                        root.get("closed-values").get("yes").strings()),
                thresholds);
    }

    /** One pattern that matches when any of the listed regular expressions does. */
    private static Pattern regexes(Node node) {
        List<String> list = node.strings();
        try {
            return Pattern.compile(String.join("|", list.stream().map(c -> "(?:" + c + ")").toList()));
        } catch (PatternSyntaxException e) {
            throw node.error("正则表达式有误：" + e.getDescription());
        }
    }

    /** True when each listed item of a document of this type is a problem of its own (自己查摆问题的材料). */
    boolean distinctItems(String type) {
        return type != null && distinctItems.contains(type.strip());
    }

    boolean isNotProblem(String text) {
        return notProblems.matcher(text).find();
    }

    /** The role of a document: by its type, else by keywords in its title. */
    Role roleOf(String type, String title) {
        if (type != null && !type.isBlank()) {
            return roleByType.getOrDefault(type.strip(), Role.NONE);
        }
        String t = title == null ? "" : title;
        for (TitleRole tr : titleRoles) {
            if (tr.match().stream().anyMatch(t::contains)) {
                return tr.role();
            }
        }
        return Role.NONE;
    }

    /** Headings longer than this say what is wrong (「…不适应科学发展的要求」), they do not name a section. */
    static final int SECTION_NAME_MAX = 16;

    /** PROBLEM, EXCLUDED or NEUTRAL for a section heading; only short headings can exclude. */
    SectionKind sectionKind(String heading) {
        String name = heading.substring(ItemLabel.at(heading).marker().length()).strip();
        if (name.length() <= SECTION_NAME_MAX && excludedSections.stream().anyMatch(name::contains)) {
            return SectionKind.EXCLUDED;
        }
        if (problemSections.stream().anyMatch(heading::contains)) {
            return SectionKind.PROBLEM;
        }
        return SectionKind.NEUTRAL;
    }

    enum SectionKind { PROBLEM, EXCLUDED, NEUTRAL }

    /** Reports count as outcomes in the rectification phases, or when their phase is unknown. */
    boolean isOutcomePhase(String phase) {
        return phase == null || phase.isBlank() || outcomePhases.stream().anyMatch(phase::contains);
    }

    boolean isOutcomeExcluded(String heading) {
        String name = heading.substring(ItemLabel.at(heading).marker().length()).strip();
        return name.length() <= SECTION_NAME_MAX && outcomeExcluded.stream().anyMatch(name::contains);
    }

    /** Sections of a plan whose items are not measures (总体要求, 保障措施 …). */
    /** True when a heading of a document that raises problems opens its own measures (三、整改措施). */
    boolean isCommitmentSection(String heading) {
        String name = heading.substring(ItemLabel.at(heading).marker().length()).strip();
        return name.length() <= SECTION_NAME_MAX && commitmentSections.stream().anyMatch(name::contains);
    }

    boolean isPlanExcluded(String heading) {
        String name = heading.substring(ItemLabel.at(heading).marker().length()).strip();
        return name.length() <= SECTION_NAME_MAX && planExcluded.stream().anyMatch(name::contains);
    }

    boolean hasProblemCue(String text) {
        return problemCues.matcher(text).find();
    }

    boolean hasRelapseCue(String text) {
        return relapseCues.stream().anyMatch(text::contains);
    }

    /** True when a report's title or heading says it is a 回头看 (a review of the rectification). */
    boolean isReview(String titleOrHeading) {
        return review.documents().stream().anyMatch(titleOrHeading::contains);
    }

    /** True when an item of a 回头看 says a problem was not really rectified (销号不实, 整改不到位 …). */
    boolean saysUndone(String text) {
        return review.undone(text);
    }

    /** The category of a problem raised under {@code heading} with {@code text}, with the rule that set it. */
    String categoryOf(String heading, String text) {
        for (CategoryRule rule : categories) {
            String where = rule.heading() ? heading : text;
            if (rule.any().stream().anyMatch(where::contains)) {
                return rule.name();
            }
        }
        return "其他";
    }

    /** The first result whose words occur in the text. */
    Optional<Result> resultOf(String text) {
        for (ResultRule rule : results) {
            if (rule.any().stream().anyMatch(text::contains)) {
                return Optional.of(rule.result());
            }
        }
        return Optional.empty();
    }

    /** Whether a ledger's 销号 cell says the row was closed; empty when it says neither (see {@link ClosedValues}). */
    Optional<Boolean> closed(String cell) {
        return closedValues.closed(cell);
    }

    /**
     * A YAML value with the path to it, read by the one YAML reader of {@code indexer/} ({@link ConfigFile}: duplicate
     * keys refused), for error messages that name the file, the line and the key.
     */
    private record Node(ConfigFile file, String path, org.yaml.snakeyaml.nodes.Node value) {
        Node get(String key) {
            if (!(value instanceof MappingNode)) {
                throw error("应为键值表");
            }
            org.yaml.snakeyaml.nodes.Node v = file.mapping(value, Set.of()).get(key);
            String p = path.isEmpty() ? key : path + "." + key;
            if (v == null) {
                throw file.error(value, "缺少 " + p);
            }
            return new Node(file, p, v);
        }

        List<Node> list() {
            if (!(value instanceof SequenceNode seq)) {
                throw error("应为列表");
            }
            List<Node> out = new ArrayList<>();
            for (int i = 0; i < seq.getValue().size(); i++) {
                out.add(new Node(file, path + "[" + i + "]", seq.getValue().get(i)));
            }
            return out;
        }

        List<String> strings() {
            return list().stream().map(Node::string).toList();
        }

        String string() {
            if (!(value instanceof ScalarNode scalar)) {
                throw error("应为文字");
            }
            return scalar.getValue();
        }

        double number() {
            try {
                return Double.parseDouble(string().strip());
            } catch (NumberFormatException e) {
                throw error("应为数字");
            }
        }

        double fraction() {
            double d = number();
            if (d < 0 || d > 1) {
                throw error("应在 0 到 1 之间");
            }
            return d;
        }

        Role role() {
            try {
                return Role.valueOf(string().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw error("角色只能是 source、plan、ledger、report、rule、none");
            }
        }

        IllegalArgumentException error(String message) {
            return file.error(value, path + " " + message);
        }
    }
}
