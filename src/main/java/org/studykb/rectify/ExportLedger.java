package org.studykb.rectify;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the ledger as the usual 整改台账 sheet: 序号, 问题描述, 问题来源, 整改措施, 责任领导, 责任单位, 完成时限, 完成情况, 状态. */
final class ExportLedger {
    static final List<String> HEADER = List.of("序号", "问题描述", "问题来源", "整改措施", "责任领导", "责任单位", "完成时限",
            "完成情况", "状态");
    private static final int[] WIDTHS = {6, 48, 36, 48, 10, 14, 16, 40, 10};
    static final int CELL_MAX = 32_000;

    void write(List<Problem> problems, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("问题台账");
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Row h = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                h.createCell(c).setCellValue(HEADER.get(c));
                h.getCell(c).setCellStyle(head);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Problem p : problems) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                List<String> cells = cells(p);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c + 1).setCellValue(cut(cells.get(c)));
                    row.getCell(c + 1).setCellStyle(wrap);
                }
                r++;
            }
            wb.write(out);
        }
    }

    /** The cells after 序号, in the order of {@link #HEADER}. */
    static List<String> cells(Problem p) {
        Set<String> from = new LinkedHashSet<>();
        p.sources().forEach(s -> from.add("《" + s.title() + "》" + (s.date().isEmpty() ? "" : s.date())));
        List<Link> measures = p.linksOf(LinkKind.MEASURE.word());
        List<Link> confirmed = measures.stream().filter(Link::confirmed).toList();
        List<Link> shown = confirmed.isEmpty() ? measures.stream().limit(1).toList() : confirmed;
        StringBuilder measure = new StringBuilder();
        shown.forEach(l -> measure.append(measure.isEmpty() ? "" : "\n").append(l.text()));
        StringBuilder done = new StringBuilder();
        p.linksOf(LinkKind.OUTCOME.word()).stream().limit(2).forEach(l -> done.append(done.isEmpty() ? "" : "\n")
                .append(l.result().isEmpty() ? "" : l.result() + "：").append(l.text()));
        String status = p.status() + (p.relapseOf().isEmpty() ? "" : "（反弹回潮）")
                + (p.overridden() ? "（" + p.overrideBy() + "改定：" + p.overrideReason() + "）" : "");
        return List.of(p.text(), String.join("\n", from), measure.toString(), p.leader(), p.unit(), p.deadline(),
                done.toString(), status);
    }

    private static String cut(String s) {
        return s.length() <= CELL_MAX ? s : s.substring(0, CELL_MAX) + "…";
    }
}
