package org.studykb.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.studykb.search.SearchBackend;

/** Writes a TREC run: {@code qid Q0 docid rank score tag}, document-level, best first. */
public final class TrecRun {
    private TrecRun() {
    }

    /** Anything that ranks documents for a query: our search service or a baseline index. */
    @FunctionalInterface
    public interface Ranker {
        List<SearchBackend.ScoredId> rank(String query, int size) throws IOException;
    }

    /** Runs every topic and writes the run file; returns the number of topics. */
    public static int write(SearchBackend service, Path topicsFile, Path runFile, int size, String tag)
            throws IOException {
        List<Topics.Topic> topics = Topics.read(topicsFile);
        write(service::rankScored, topics, runFile, size, tag);
        return topics.size();
    }

    public static void write(Ranker ranker, List<Topics.Topic> topics, Path runFile, int size, String tag)
            throws IOException {
        Path parent = runFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(runFile, StandardCharsets.UTF_8)) {
            for (Topics.Topic topic : topics) {
                int rank = 0;
                for (SearchBackend.ScoredId hit : ranker.rank(topic.query(), size)) {
                    rank++;
                    w.write(String.format(Locale.ROOT, "%s Q0 %s %d %.6f %s%n", topic.id(), docid(hit.id()), rank,
                            hit.score(), tag));
                }
            }
        }
    }

    /** Reads a run back: the document ids of each query, unescaped, in rank order. */
    public static Map<String, List<String>> read(Path runFile) throws IOException {
        record Line(String qid, String id, int rank) {
        }
        List<Line> lines = new ArrayList<>();
        List<String> text = Files.readAllLines(runFile, StandardCharsets.UTF_8);
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 6) {
                throw new IllegalArgumentException(runFile + " 第 " + (i + 1) + " 行：应为 qid Q0 docid rank score tag");
            }
            try {
                lines.add(new Line(f[0], id(f[2]), Integer.parseInt(f[3])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(runFile + " 第 " + (i + 1) + " 行：名次不是整数：" + f[3], e);
            }
        }
        lines.sort(Comparator.comparingInt(Line::rank));
        Map<String, List<String>> byQuery = new LinkedHashMap<>();
        for (Line l : lines) {
            byQuery.computeIfAbsent(l.qid(), k -> new ArrayList<>()).add(l.id());
        }
        return byQuery;
    }

    /** A docid with {@code %} and spaces escaped, so every line keeps six fields. */
    public static String docid(String id) {
        return id.replace("%", "%25").replace(" ", "%20");
    }

    /** The inverse of {@link #docid}. */
    public static String id(String docid) {
        StringBuilder sb = new StringBuilder(docid.length());
        for (int i = 0; i < docid.length(); i++) {
            if (docid.startsWith("%20", i)) {
                sb.append(' ');
                i += 2;
            } else if (docid.startsWith("%25", i)) {
                sb.append('%');
                i += 2;
            } else {
                sb.append(docid.charAt(i));
            }
        }
        return sb.toString();
    }
}
