package org.studykb.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.studykb.search.SearchService;

/** Writes a TREC run: {@code qid Q0 docid rank score tag}, document-level, best first. */
public final class TrecRun {
    private TrecRun() {
    }

    /** Runs every topic and writes the run file; returns the number of topics. */
    public static int write(SearchService service, Path topicsFile, Path runFile, int size, String tag)
            throws IOException {
        List<Topics.Topic> topics = Topics.read(topicsFile);
        Path parent = runFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(runFile, StandardCharsets.UTF_8)) {
            for (Topics.Topic topic : topics) {
                int rank = 0;
                for (SearchService.ScoredId hit : service.rankScored(topic.query(), size)) {
                    rank++;
                    w.write(String.format(Locale.ROOT, "%s Q0 %s %d %.6f %s%n", topic.id(), docid(hit.id()), rank,
                            hit.score(), tag));
                }
            }
        }
        return topics.size();
    }

    /** A docid with {@code %} and spaces escaped, so every line keeps six fields. */
    public static String docid(String id) {
        return id.replace("%", "%25").replace(" ", "%20");
    }

    /** The inverse of {@link #docid}. */
    public static String id(String docid) {
        return docid.replace("%20", " ").replace("%25", "%");
    }
}
