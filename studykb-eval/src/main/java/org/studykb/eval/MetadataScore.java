package org.studykb.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How well ingest read a collection's documents, against a table of what the judges say each file is
 * ({@code file, title, doc_type, campaign, phase, date} columns, found by the header; {@code path} and
 * {@code type} are read as file and doc_type): the share of files
 * whose title, type, campaign, phase and date we got right. Titles compare without punctuation, spaces,
 * a ——subtitle and a bracketed note at the end: the note is how a reader cites the document, not its printed
 * heading, and collections write it differently (「对照检查材料（刘志强）」 with the name alone, or the post too, or
 * the 文号 or the bulletin's issue); phases without a bracketed note; a date is right when ours begins with the judges'
 * (2013-07 is matched by 2013-07-16, not the other way round); types go through the collection's map
 * from the judges' names to ours (alternatives separated by |). A file we could not read counts as wrong.
 */
final class MetadataScore {
    static final List<String> FIELDS = List.of("title", "type", "campaign", "phase", "date");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s\\u3000]+");
    private static final Pattern NOTE = Pattern.compile("[（(][^（）()]*[）)]\\s*$");

    /** One field of one file we got wrong: what the judges wrote and what we have. */
    record Miss(String file, String field, String gold, String ours) {
    }

    /** Share right per field, over {@code files} judged files, and every miss. */
    record Result(int files, Map<String, Double> accuracy, List<Miss> misses) {
    }

    private MetadataScore() {
    }

    static Result score(Path goldDocs, Path typeMap, Map<String, Map<String, String>> ours) throws IOException {
        Map<String, Set<String>> types = typeMap == null || typeMap.getFileName().toString().equals("-") ? Map.of()
                : readTypeMap(typeMap);
        List<Map<String, String>> gold = readGold(goldDocs);
        Map<String, Integer> right = new LinkedHashMap<>();
        FIELDS.forEach(f -> right.put(f, 0));
        List<Miss> misses = new ArrayList<>();
        for (Map<String, String> g : gold) {
            Map<String, String> mine = ours.getOrDefault(g.get("file"), Map.of());
            for (String field : FIELDS) {
                String want = g.getOrDefault(field, "");
                String have = mine.getOrDefault(field, "");
                if (matches(field, want, have, types)) {
                    right.merge(field, 1, Integer::sum);
                } else {
                    misses.add(new Miss(g.get("file"), field, want, have));
                }
            }
        }
        Map<String, Double> accuracy = new LinkedHashMap<>();
        right.forEach((f, n) -> accuracy.put(f, gold.isEmpty() ? 0 : (double) n / gold.size()));
        return new Result(gold.size(), accuracy, misses);
    }

    static boolean matches(String field, String gold, String ours, Map<String, Set<String>> types) {
        return switch (field) {
            case "title" -> !ours.isBlank() && title(gold).equals(title(ours));
            case "phase" -> !ours.isBlank() && phase(gold).equals(phase(ours));
            case "date" -> !gold.isBlank() && ours.startsWith(gold.strip());
            case "type" -> types.getOrDefault(gold.strip(), Set.of(gold.strip())).contains(ours.strip());
            default -> gold.strip().equals(ours.strip());
        };
    }

    static String title(String s) {
        int sub = s.indexOf("——");
        String main = sub > 0 ? s.substring(0, sub) : s;
        main = NOTE.matcher(main.strip()).replaceAll("");
        return PUNCTUATION.matcher(main).replaceAll("");
    }

    static String phase(String s) {
        return NOTE.matcher(s.strip()).replaceAll("").strip();
    }

    private static Map<String, Set<String>> readTypeMap(Path file) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException(file + " 第 " + (i + 1) + " 行：应为 评判用的类型<TAB>我们的类型");
            }
            if (out.put(f[0].strip(), Set.of(f[1].strip().split("\\s*\\|\\s*"))) != null) {
                throw new IllegalArgumentException(file + " 第 " + (i + 1) + " 行：" + f[0] + " 重复");
            }
        }
        return out;
    }

    private static List<Map<String, String>> readGold(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + "：是空文件");
        }
        List<String> names = java.util.Arrays.stream(lines.get(0).replace("\uFEFF", "").split("\t"))
                .map(n -> switch (n.strip()) {
                    case "path" -> "file";
                    case "doc_type" -> "type";
                    default -> n.strip();
                }).toList();
        for (String need : List.of("file", "title", "type", "campaign", "phase", "date")) {
            if (!names.contains(need)) {
                throw new IllegalArgumentException(file + " 第 1 行：缺少 " + need + " 列");
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < names.size() && c < f.length; c++) {
                row.put(names.get(c), f[c].strip());
            }
            out.add(row);
        }
        return out;
    }

    /** The misses as a table, one a line. */
    static String missesTsv(Result r) {
        StringBuilder sb = new StringBuilder("file\tfield\tgold\tours\n");
        r.misses().forEach(m -> sb.append(String.join("\t", m.file(), m.field(), m.gold(), m.ours())).append('\n'));
        return sb.toString();
    }
}
