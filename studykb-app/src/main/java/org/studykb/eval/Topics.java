package org.studykb.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A topics file: {@code qid<TAB>query} per line, UTF-8; blank lines, {@code #} comments and a first
 * line that names the columns ({@code qid<TAB>query}) are skipped.
 */
public final class Topics {
    private Topics() {
    }

    public record Topic(String id, String query) {
    }

    public static List<Topic> read(Path file) throws IOException {
        List<Topic> topics = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#") || topics.isEmpty() && line.strip().equals("qid\tquery")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.substring(0, tab).isBlank()) {
                throw new IllegalArgumentException(file + " 第 " + (i + 1) + " 行：应为 qid<TAB>查询");
            }
            topics.add(new Topic(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
        }
        return topics;
    }
}
