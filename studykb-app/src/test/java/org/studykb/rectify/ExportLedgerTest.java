package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportLedgerTest {
    private static final double DIRECT = RectifyRules.load(Path.of("indexer")).thresholds().direct();
    private static final String PLAN = "整改/整改方案.docx";

    @Test
    void theShippedThresholdsSeparateAWeakSuggestionFromAStatedOne() {
        assertThat(DIRECT).isGreaterThan(0.17);
    }

    @Test
    void aWorkbookALeaderCanFilterAndFollow() throws IOException {
        Problem overridden = problem("p1", "会议多、文件多", "已整改", "超期",
                List.of(link("measure", "精简会议文件，每月不超过两次", 1.0, Link.SUGGESTED, "m1"),
                        link("outcome", "会议数量同比减少三成", 0.17, Link.SUGGESTED, "o1")),
                "张书记", "2024-03-05", "已核实完成");
        Problem confirmed = problem("p2", "调研走过场", "整改中", "整改中",
                List.of(link("measure", "每季度蹲点调研一次", 0.05, Link.SUGGESTED, "m2"),
                        link("outcome", "形成调研报告12篇", 0.12, Link.CONFIRMED, "o2"),
                        link("outcome", "调研覆盖全部科室", 0.90, Link.REJECTED, "o3")),
                "", "", "");
        XSSFSheet sheet;
        try (XSSFWorkbook wb = written(List.of(overridden, confirmed))) {
            sheet = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("序号", "问题", "类别", "活动", "首次提出", "来源", "整改措施", "责任领导",
                    "责任单位", "完成时限", "完成情况", "状态", "说明", "链接");
            assertThat(filter(wb)).isEqualTo("整改台账!$A$1:$N$3");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(text(first, "问题")).isEqualTo("会议多、文件多");
            assertThat(text(first, "类别")).isEqualTo("形式主义");
            assertThat(text(first, "活动")).isEqualTo("主题教育");
            Cell raised = first.getCell(header.indexOf("首次提出"));
            assertThat(raised.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(raised.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 6, 12));
            assertThat(text(first, "来源")).isEqualTo("《检视问题清单》");
            assertThat(text(first, "整改措施")).isEqualTo("精简会议文件，每月不超过两次");
            assertThat(text(first, "责任领导")).isEqualTo("李明");
            assertThat(text(first, "责任单位")).isEqualTo("办公室");
            assertThat(text(first, "完成时限")).isEqualTo("2023-12-31");
            assertThat(text(first, "完成情况")).as("a suggestion scored 0.17 is not a result").isEmpty();
            assertThat(text(first, "状态")).isEqualTo("已整改");
            assertThat(text(first, "说明")).isEqualTo("张书记改定（2024-03-05），按规则为超期：已核实完成");
            Cell to = first.getCell(header.indexOf("链接"));
            assertThat(to.getHyperlink().getType()).isEqualTo(HyperlinkType.URL);
            assertThat(to.getHyperlink().getAddress()).isEqualTo("http://kb.example/problems/p1");

            Row second = sheet.getRow(2);
            assertThat(text(second, "整改措施")).isEqualTo(ExportLedger.UNCONFIRMED + "每季度蹲点调研一次");
            assertThat(text(second, "完成情况")).as("confirmed counts however weak; rejected never")
                    .isEqualTo("已完成：形成调研报告12篇");
            assertThat(text(second, "状态")).isEqualTo("整改中");
            assertThat(text(second, "说明")).isEmpty();
            assertThat(second.getCell(header.indexOf("链接")).getHyperlink().getAddress())
                    .isEqualTo("http://kb.example/problems/p2");
        }
    }

    @Test
    void anEmptyLedgerStillHasItsHeaderAndFilter() throws IOException {
        try (XSSFWorkbook wb = written(List.of())) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(filter(wb)).isEqualTo("整改台账!$A$1:$N$1");
        }
    }

    private static XSSFWorkbook written(List<Problem> problems) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportLedger(DIRECT, id -> "http://kb.example/problems/" + id).write(problems, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The range of the sheet's filter row, as Excel keeps it (the built-in name _xlnm._FilterDatabase). */
    private static String filter(XSSFWorkbook wb) {
        List<org.apache.poi.xssf.usermodel.XSSFName> names = wb.getNames(org.apache.poi.xssf.usermodel.XSSFName.BUILTIN_FILTER_DB);
        assertThat(names).hasSize(1);
        return names.get(0).getRefersToFormula();
    }

    private static String text(Row row, String column) {
        return row.getCell(ExportLedger.HEADER.indexOf(column)).getStringCellValue();
    }

    private static Problem problem(String id, String text, String status, String ruleStatus, List<Link> links,
                                   String overrideBy, String overrideAt, String reason) {
        List<Raising> sources = List.of(new Raising("问题/清单.docx", 3, "检视问题清单", "问题清单", "2023-06-12", text, true));
        return new Problem(id, text, "形式主义", "主题教育", new SourceRef("问题/清单.docx", 3), status, links, sources,
                "2023-06-12", false, false, "李明", "办公室", "2023-12-31", "", ruleStatus, overrideBy, overrideAt,
                reason, "", "", "2024-06-01", List.of());
    }

    private static Link link(String kind, String text, double score, String state, String key) {
        return new Link(PLAN, text, kind, score, state, 1, key, "整改方案", "2023-07-01", score >= 1.0,
                kind.equals("outcome") ? "已完成" : "", "李明", "办公室", "2023-12-31", "", "", "");
    }
}
