package org.studykb.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.studykb.library.Folders.Entry;
import org.studykb.library.Folders.FolderView;

/**
 * A 备课夹 as a Word outline: the folder's name as the title, its headings as 标题 1, each passage as a paragraph
 * 「……」 with a Word footnote giving where it comes from (《标题》，单位，日期，第 N 段), a whole document as its title
 * with the same footnote, each note below its item, and 参考文献 at the end listing each document once. Items the
 * viewer may no longer see are left out.
 */
final class FolderDocx {
    static final String TITLE = "Title";
    static final String HEADING = "Heading1";
    static final String NOTE = "Note";
    static final String REFERENCES = "参考文献";

    private FolderDocx() {
    }

    static byte[] of(FolderView view) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            paragraph(doc, TITLE).createRun().setText(view.folder().name());
            Map<String, String> references = new LinkedHashMap<>();
            for (Entry e : view.entries()) {
                if (!e.visible()) {
                    continue;
                }
                if (e.heading()) {
                    paragraph(doc, HEADING).createRun().setText(e.item().heading());
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setText(e.text() != null ? "「" + e.text().strip() + "」" : "《" + e.title() + "》（全文）");
                XWPFFootnote note = doc.createFootnote();
                XWPFParagraph np = note.createParagraph();
                np.createRun().setText(footnote(e));
                p.addFootnoteReference(note);
                references.putIfAbsent(e.item().docId(), e.source().substring(1, e.source().length() - 1));
                if (e.item().note() != null) {
                    XWPFRun noted = paragraph(doc, NOTE).createRun();
                    noted.setItalic(true);
                    noted.setText("批注：" + e.item().note());
                }
            }
            if (!references.isEmpty()) {
                paragraph(doc, HEADING).createRun().setText(REFERENCES);
                int n = 0;
                for (String r : references.values()) {
                    doc.createParagraph().createRun().setText("[" + ++n + "] " + r + "。");
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** 《标题》，单位，日期，第 N 段。 */
    static String footnote(Entry e) {
        String source = e.source().substring(1, e.source().length() - 1);
        return source + "，" + e.where() + "。";
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    /** Title and 标题 1 as Word's own heading styles (outline levels, so the navigation pane lists them). */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style(TITLE, "Title", -1, 44), styles));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style(HEADING, "heading 1", 0, 32), styles));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style(NOTE, "Note", -1, 21), styles));
    }

    private static CTStyle style(String id, String name, int outline, int halfPoints) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        if (outline >= 0) {
            s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            s.addNewRPr().addNewB();
        }
        if (s.getRPr() == null) {
            s.addNewRPr();
        }
        s.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return s;
    }
}
