package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 回头看未通过, over two real indexes of the fixture corpus: without and with a 回头看 report (written by us, in the
 * demo's manner) finding that the 基层联系点 task, declared done in the ledger and the report, was not.
 */
class ReviewFindingTest {
    static final String REVIEW = "整改落实/整改回头看情况通报.txt";
    static final LocalDate TODAY = LocalDate.of(2009, 2, 28);
    /** The day the ledger was saved, before the report and the 回头看. */
    static final LocalDate LEDGER_DAY = LocalDate.of(2009, 2, 10);

    @TempDir
    static Path dir;
    static Ledger before;
    static Ledger after;
    static Path reviewed;

    @BeforeAll
    static void indexBothWays() throws IOException {
        before = ledgerOf(dir.resolve("without"), false);
        after = ledgerOf(dir.resolve("with"), true);
        reviewed = dir.resolve("with").resolve("data");
    }

    private static Ledger ledgerOf(Path root, boolean review) throws IOException {
        Path corpus = root.resolve("corpus");
        Path data = root.resolve("data");
        FixtureCorpus.copyTo(corpus);
        FixtureCorpus.writeLedger(corpus.resolve(FixtureCorpus.LEDGER), Optional.of(LEDGER_DAY));
        if (review) {
            Path to = corpus.resolve(REVIEW);
            Files.copy(Path.of("studykb-app/src/test/resources/rectify/review").resolve(REVIEW), to,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        FixtureCorpus.index(corpus, data);
        return RectifyService.open(data, FixtureCorpus.CONFIG, FixtureCorpus.ANALYZERS, Optional.empty(),
                Optional.of(TODAY)).ledger();
    }

    static Problem about(Ledger ledger, String words) {
        return ledger.problems().stream().filter(p -> p.sources().stream().anyMatch(s -> s.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no problem raised as 「" + words + "」"));
    }

    @Test
    void withoutTheReviewTheTaskStandsRectified() {
        Problem p = about(before, "局领导下基层调研少");
        assertThat(p.status()).isEqualTo("已整改");
        assertThat(p.reviewFailed()).isEmpty();
        assertThat(before.problems()).noneMatch(Problem::reopened);
    }

    @Test
    void theReviewReopensTheTaskItFoundUndoneWithItsFindingAsTheReason() {
        Problem p = about(after, "局领导下基层调研少");
        assertThat(p.status()).as("the plan's deadline 2009-01-31 has passed").isEqualTo("超期");
        assertThat(p.ruleStatus()).isEqualTo("超期");
        assertThat(p.open()).isTrue();
        assertThat(p.reviewFailed()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(REVIEW);
            assertThat(f.date()).isEqualTo("2009-02-26");
            assertThat(f.text()).startsWith("基层联系点制度落实不到位").contains("销号不实");
        });
        assertThat(p.explanation()).contains("回头看未通过");
    }

    @Test
    void theReviewsOtherItemsAreOutcomesAndReopenNothing() {
        assertThat(after.problems()).extracting(Problem::text).containsExactlyElementsOf(
                before.problems().stream().map(Problem::text).toList());
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < after.problems().size(); i++) {
            if (!after.problems().get(i).status().equals(before.problems().get(i).status())) {
                changed.add(after.problems().get(i).text());
            }
        }
        assertThat(changed).hasSize(2);
        Problem paid = about(after, "工程款拨付慢");
        assertThat(about(before, "工程款拨付慢").status()).isEqualTo("超期");
        assertThat(paid.status()).as("成效保持，未出现反弹: done, not a finding").isEqualTo("已整改");
        assertThat(paid.reviewFailed()).isEmpty();
        assertThat(after.problems()).filteredOn(Problem::reopened).extracting(Problem::text)
                .singleElement().asString().contains("局领导下基层调研少");
    }

    @Test
    void problemsJsonKeepsItsFieldsAndAddsTheFinding() {
        ProblemsCommandTest.Run r = ProblemsCommandTest.run("problems", "--data", reviewed.toString(), "--config",
                "indexer", "--json", "--today", TODAY.toString());
        assertThat(r.code()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        List<String> fields = new ArrayList<>();
        root.get(0).propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("id", "text", "category", "campaign", "source", "status", "links",
                "sources", "firstRaised", "open", "overdue", "leader", "unit", "deadline", "result", "ruleStatus",
                "overrideBy", "overrideAt", "overrideReason", "relapseOf", "relapseText", "today", "reviewFailed");
        List<JsonNode> reopened = new ArrayList<>();
        root.forEach(p -> {
            if (!p.get("reviewFailed").isEmpty()) {
                reopened.add(p);
            }
        });
        assertThat(reopened).singleElement().satisfies(p -> {
            assertThat(p.get("status").asString()).isEqualTo("超期");
            JsonNode f = p.get("reviewFailed").get(0);
            assertThat(f.get("path").asString()).isEqualTo(REVIEW);
            assertThat(f.get("passage").isInt()).isTrue();
            assertThat(f.get("text").asString()).contains("销号不实");
        });
    }

    @Test
    void theExportNotesTheFailedReview() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Problem p = about(after, "局领导下基层调研少");
        new ExportLedger(0.2, id -> "/problems/" + id).write(List.of(p), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row header = wb.getSheetAt(0).getRow(0);
            Row row = wb.getSheetAt(0).getRow(1);
            int status = -1;
            int note = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                status = header.getCell(c).getStringCellValue().equals("状态") ? c : status;
                note = header.getCell(c).getStringCellValue().equals("说明") ? c : note;
            }
            assertThat(row.getCell(status).getStringCellValue()).isEqualTo("超期");
            assertThat(row.getCell(note).getStringCellValue()).startsWith("回头看未通过：基层联系点制度落实不到位")
                    .contains("《关于整改落实“回头看”情况的通报》");
        }
    }
}
