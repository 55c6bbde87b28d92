package org.studykb.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.studykb.index.IndexFiles;
import org.studykb.index.IndexRuns;
import org.studykb.ingest.IngestResult;
import org.studykb.search.FailedFiles;
import org.studykb.search.SearchBackend;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualValuesStore;

/**
 * 索引状态, for the administrator: the last index runs, every file that could not be read with its reason, whether
 * scanned files can be read (OCR), and a retry that reads one failed file again and says what became of it.
 */
public final class IndexStatus {
    /** The most runs shown. */
    public static final int RUNS = 10;
    private static final Logger log = LoggerFactory.getLogger(IndexStatus.class);

    private final FailedFiles failed;
    private final IndexFiles index;
    private final ManualValuesStore manual;
    private final SearchBackend search;
    private final AuditLog audit;
    private final Path data;
    private final boolean ocr;

    public IndexStatus(FailedFiles failed, IndexFiles index, ManualValuesStore manual, SearchBackend search,
                       AuditLog audit, Path data, boolean ocr) {
        this.failed = failed;
        this.index = index;
        this.manual = manual;
        this.search = search;
        this.audit = audit;
        this.data = data;
        this.ocr = ocr;
    }

    /**
     * What the page shows.
     *
     * @param runs   the last index runs, newest first
     * @param failed every file that could not be read, by path
     * @param ocr    true when Tesseract with chi_sim reads scanned PDFs and images
     */
    public record Status(List<IndexRuns.Run> runs, List<FailedFiles.Failed> failed, boolean ocr) {
        public String ocrNote() {
            return ocr ? "可用：扫描件和图片用 Tesseract（简体中文 chi_sim）识别文字"
                    : "不可用：扫描件和图片读不出文字；安装 tesseract-ocr 和 tesseract-ocr-chi-sim 后重启服务即可";
        }
    }

    public Status status() throws IOException {
        return new Status(IndexRuns.recent(data, RUNS), failed.all(), ocr);
    }

    /**
     * What became of a retry.
     *
     * @param indexed true when the file was read and is searchable now; false when it failed again (or could not
     *                be tried: the reason says why)
     */
    public record Retry(String id, boolean indexed, String message) {
    }

    /**
     * Reads one failed file again (with the manual values of the store) and indexes it, or records the new
     * failure; audited either way. A path that is not among the failed files is {@link NotFound}.
     */
    public Retry retry(String id, String actor) throws IOException {
        FailedFiles.Failed before = failed.of(id)
                .orElseThrow(() -> new NotFound("没有这个读取失败的文件：" + id));
        Retry retry;
        try {
            IngestResult result = index.reindex(id, manual);
            search.refreshNow();
            retry = result instanceof IngestResult.Failed f
                    ? new Retry(id, false, "仍无法读取：" + f.failure().reason())
                    : new Retry(id, true, "已重新读取并索引，现在可以检索");
        } catch (IOException e) {
            log.warn("retry of {} failed: {}", id, e.getMessage());
            retry = new Retry(id, false, "未能重试：" + e.getMessage());
        }
        audit.record(actor, AuditLog.Action.RETRY_INDEX, id, "无法读取：" + before.reason(), retry.message());
        return retry;
    }
}
