package org.studykb.index;

import java.util.List;
import java.util.Map;

/**
 * What an index run did, for the console summary and the {@code --report} JSON.
 *
 * @param files     files found under the corpus folder (not counting skipped ones)
 * @param added     new files indexed
 * @param updated   changed files (or files analysed under an older dictionary) indexed again
 * @param unchanged files left as they were, without reading them again
 * @param deleted   files gone from the folder and removed from the index
 * @param failures  every file that could not be read, with the reason; includes earlier failures of unchanged files
 * @param skipped   paths left out on purpose (hidden files, Office lock files), with why
 * @param byType    documents in the index per type (after the run); {@code 未分类} for none
 */
public record IndexReport(
        String corpus,
        String data,
        String startedAt,
        double seconds,
        int files,
        int added,
        int updated,
        int unchanged,
        int deleted,
        List<Problem> failures,
        List<Problem> skipped,
        List<Problem> warnings,
        int documents,
        int passages,
        Map<String, Integer> byType,
        Map<String, Integer> byPhase,
        Map<String, Integer> byCampaign) {

    /** A path and what is wrong with it. */
    public record Problem(String path, String reason, String detail) {
    }

    public int failed() {
        return failures.size();
    }

    /** docs/architecture.md: 0 every file indexed; 3 some files could not be read. */
    public int exitCode() {
        return failures.isEmpty() ? 0 : 3;
    }
}
