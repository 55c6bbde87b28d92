package org.studykb.rectify;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the ledger as the usual 整改台账 sheet, one row a problem, with a filter row and a frozen header.
 * 状态 holds the status only (why it differs from the rules goes to 说明); 整改措施 and 完成情况 show only
 * confirmed links and links strong enough to be linked directly ({@code direct} in the rules): a weaker
 * suggested measure is marked 待确认, a weaker suggested outcome is left out.
 */
final class ExportLedger {
    static final List<String> HEADER = List.of("序号", "问题", "类别", "活动", "首次提出", "来源", "整改措施", "责任领导",
            "责任单位", "完成时限", "完成情况", "状态", "说明", "链接");
    private static final int[] WIDTHS = {6, 48, 12, 16, 12, 36, 48, 10, 14, 16, 40, 8, 36, 12};
    static final int CELL_MAX = 32_000;
    static final String UNCONFIRMED = "【待确认】";
    static final String LINK_TEXT = "查看";

    private final double direct;
    private final Function<String, String> problemUrl;

    /**
     * @param direct     the score from which a suggested link counts as stated (the rules' {@code direct})
     * @param problemUrl the absolute address of a problem's page, from its id
     */
    ExportLedger(double direct, Function<String, String> problemUrl) {
        this.direct = direct;
        this.problemUrl = problemUrl;
    }

    void write(List<Problem> problems, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("整改台账");
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle date = wb.createCellStyle();
            date.cloneStyleFrom(wrap);
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle link = wb.createCellStyle();
            link.cloneStyleFrom(wrap);
            Font blue = wb.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
            link.setFont(blue);
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
                    Cell cell = row.createCell(c + 1);
                    cell.setCellStyle(wrap);
                    Optional<LocalDate> day = HEADER.get(c + 1).equals("首次提出") ? day(cells.get(c)) : Optional.empty();
                    if (day.isPresent()) {
                        cell.setCellValue(day.get());
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(cut(cells.get(c)));
                    }
                }
                Cell cell = row.createCell(HEADER.size() - 1);
                cell.setCellValue(LINK_TEXT);
                Hyperlink to = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
                to.setAddress(problemUrl.apply(p.id()));
                cell.setHyperlink(to);
                cell.setCellStyle(link);
                r++;
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));
            wb.write(out);
        }
    }

    /** The cells between 序号 and 链接, in the order of {@link #HEADER}. */
    List<String> cells(Problem p) {
        Set<String> from = new LinkedHashSet<>();
        p.sources().forEach(s -> from.add("《" + s.title() + "》"));
        List<Link> measures = p.linksOf(LinkKind.MEASURE.word());
        List<Link> sure = measures.stream().filter(this::sure).toList();
        StringBuilder measure = new StringBuilder();
        if (sure.isEmpty()) {
            measures.stream().limit(1).forEach(l -> measure.append(UNCONFIRMED).append(l.text()));
        } else {
            sure.forEach(l -> measure.append(measure.isEmpty() ? "" : "\n").append(l.text()));
        }
        StringBuilder done = new StringBuilder();
        p.linksOf(LinkKind.OUTCOME.word()).stream().filter(this::sure).limit(2).forEach(l -> done
                .append(done.isEmpty() ? "" : "\n").append(l.result().isEmpty() ? "" : l.result() + "：")
                .append(l.text()));
        return List.of(p.text(), p.category(), p.campaign(), p.firstRaised(), String.join("\n", from),
                measure.toString(), p.leader(), p.unit(), p.deadline(), done.toString(), p.status(), note(p));
    }

    /**
     * 说明: a failed 回头看 with its finding, a relapse, and a leader's override with its reason; empty when the rules'
     * status stands alone.
     */
    static String note(Problem p) {
        List<String> notes = new ArrayList<>();
        for (ReviewFinding f : p.reviewFailed()) {
            notes.add("回头看未通过：" + f.text() + "（《" + f.title() + "》" + (f.date().isEmpty() ? "" : "，" + f.date())
                    + "）");
        }
        if (!p.relapseOf().isEmpty()) {
            notes.add("反弹回潮" + (p.relapseText().isEmpty() ? "" : "：" + p.relapseText()));
        }
        if (p.overridden()) {
            notes.add(p.overrideBy() + "改定" + (p.overrideAt().isEmpty() ? "" : "（" + p.overrideAt() + "）")
                    + (p.status().equals(p.ruleStatus()) ? "" : "，按规则为" + p.ruleStatus()) + "：" + p.overrideReason());
        }
        return String.join("\n", notes);
    }

    /** A confirmed link, or a suggestion scored at least as high as a directly stated one. */
    private boolean sure(Link l) {
        return l.confirmed() || l.score() >= direct;
    }

    /** A full date (2019-07-02); a bare year or month stays text. */
    private static Optional<LocalDate> day(String s) {
        try {
            return s.length() == 10 ? Optional.of(LocalDate.parse(s)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String cut(String s) {
        return s.length() <= CELL_MAX ? s : s.substring(0, CELL_MAX) + "…";
    }
}
