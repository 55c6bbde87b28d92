package org.studykb.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last index runs of a data folder, newest last in {@code <data>/index-runs.jsonl} (one JSON object a line,
 * {@value #KEPT} kept): what the 索引状态 page shows. A data folder indexed before this file existed shows the run of
 * {@code <data>/index-report.json} when there is one.
 */
public final class IndexRuns {
    static final String FILE = "index-runs.jsonl";
    static final String REPORT = "index-report.json";
    static final int KEPT = 50;
    private static final Logger log = LoggerFactory.getLogger(IndexRuns.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private IndexRuns() {
    }

    /** One run: when it started (ISO instant), how long it took, and its counts. */
    public record Run(String startedAt, double seconds, int files, int added, int updated, int unchanged,
                      int deleted, int failed, int skipped, int documents, int passages) {
        static Run of(IndexReport r) {
            return new Run(r.startedAt(), r.seconds(), r.files(), r.added(), r.updated(), r.unchanged(), r.deleted(),
                    r.failed(), r.skipped().size(), r.documents(), r.passages());
        }

        /** Files read in this run: new and changed ones. */
        public int indexed() {
            return added + updated;
        }
    }

    /** Adds a run to the data folder's list, dropping the oldest past {@value #KEPT}. */
    public static synchronized void record(Path data, IndexReport report) throws IOException {
        Path file = data.resolve(FILE);
        List<String> lines = new ArrayList<>(Files.isRegularFile(file)
                ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of());
        lines.add(JSON.writeValueAsString(Run.of(report)));
        List<String> kept = lines.subList(Math.max(0, lines.size() - KEPT), lines.size());
        Path tmp = data.resolve(FILE + ".tmp");
        Files.write(tmp, kept, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The last {@code max} runs, newest first; a line that cannot be read is logged and left out. */
    public static List<Run> recent(Path data, int max) throws IOException {
        Path file = data.resolve(FILE);
        List<Run> runs = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0 && runs.size() < max; i--) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                try {
                    runs.add(JSON.readValue(lines.get(i), Run.class));
                } catch (JacksonException e) {
                    log.warn("{} line {} is not an index run, left out: {}", file, i + 1, e.getOriginalMessage());
                }
            }
        } else if (Files.isRegularFile(data.resolve(REPORT)) && max > 0) {
            try {
                runs.add(Run.of(JSON.readValue(data.resolve(REPORT).toFile(), IndexReport.class)));
            } catch (JacksonException e) {
                log.warn("{} is not an index report, left out: {}", data.resolve(REPORT), e.getOriginalMessage());
            }
        }
        return runs;
    }
}
