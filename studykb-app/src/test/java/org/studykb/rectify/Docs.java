package org.studykb.rectify;

import java.nio.file.Path;

/** Small documents for tests, written like the demo corpus sources (front matter, then the lines). */
final class Docs {
    static final String C1 = "深入学习实践科学发展观活动";

    private Docs() {
    }

    static SourceDoc of(String path, String type, String date, String... lines) {
        StringBuilder sb = new StringBuilder("---\nfile: ").append(path).append("\ntitle: ").append(lines[0])
                .append("\ntype: ").append(type).append("\ncampaign: ").append(C1).append("\ndate: ").append(date)
                .append("\n---\n");
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        return ReadSourceTexts.parse(path, sb.toString());
    }

    static RectifyRules rules() {
        return RectifyRules.load(Path.of("indexer"));
    }
}
