package org.studykb.rectify;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.index.IndexReport;
import org.studykb.ingest.IngestPipeline;

/**
 * The fixture corpus of {@code src/test/resources/rectify/corpus} plus an .xlsx ledger written here
 * with its columns in an unusual order, indexed into a real index as {@code index} would.
 */
final class FixtureCorpus {
    static final Path CONFIG = Path.of("indexer");
    static final IndexAnalyzers ANALYZERS = IndexAnalyzers.load(CONFIG);
    static final String LEDGER = "整改落实/整改台账.xlsx";

    /** Shuffled on purpose: the header row says which column is which. */
    static final List<String> HEADER = List.of("完成时限", "整改措施", "问题描述", "序号", "责任领导", "完成情况", "责任单位");
    static final List<List<String>> ROWS = List.of(
            List.of("2009年1月底", "每位党组成员挂钩两到三个联系点，按季度驻点调研", "局领导到项目现场蹲点少，调研不够深入", "1", "陈立明",
                    "已完成。联系点制度1月16日印发，12个联系点全部确定", "办公室"),
            List.of("长期坚持", "局务会每周1次、2小时以内，无实质内容的文件不印发", "会开得多、文发得多，局务会经常超时", "2", "陈立明",
                    "持续推进。会议数量同比下降31%", "办公室"));

    private FixtureCorpus() {
    }

    static void copyTo(Path corpus) throws IOException {
        Path from = Path.of("studykb-app/src/test/resources/rectify/corpus");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = corpus.resolve(from.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        writeLedger(corpus.resolve(LEDGER));
    }

    static void writeLedger(Path file) throws IOException {
        writeLedger(file, Optional.empty());
    }

    /** The ledger, created on {@code created} (the day a clerk saved it; empty: now, as POI writes it). */
    static void writeLedger(Path file, Optional<LocalDate> created) throws IOException {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            created.ifPresent(d -> wb.getProperties().getCoreProperties()
                    .setCreated(Optional.of(Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()))));
            Sheet sheet = wb.createSheet("整改台账");
            Row h = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                h.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 0; r < ROWS.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < HEADER.size(); c++) {
                    row.createCell(c).setCellValue(ROWS.get(r).get(c));
                }
            }
            wb.write(out);
        }
    }

    static IndexReport index(Path corpus, Path data) throws IOException {
        return new IndexCorpus(IngestPipeline.load(CONFIG), 2).run(corpus, data, ANALYZERS, IndexProgress.NONE);
    }
}
