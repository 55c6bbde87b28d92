package org.studykb.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Fixture files for ingest tests: copies of the small committed files, and files made on the spot. */
public final class TestFiles {

    static final Path RESOURCES = Path.of("studykb-app/src/test/resources/ingest");
    private static final Path CJK_FONT = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    private TestFiles() {
    }

    /** Copies every committed fixture into {@code root}. */
    static void copyFixtures(Path root) throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path f : files.toList()) {
                Files.copy(f, root.resolve(f.getFileName()));
            }
        }
    }

    /** A page image of Chinese text, as a scanner makes it. */
    static BufferedImage page(List<String> lines) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Font font;
        try {
            font = Files.exists(CJK_FONT) ? Font.createFont(Font.TRUETYPE_FONT, CJK_FONT.toFile()).deriveFont(56f)
                    : new Font(Font.SANS_SERIF, Font.PLAIN, 56);
        } catch (FontFormatException e) {
            throw new IOException("cannot read " + CJK_FONT, e);
        }
        BufferedImage img = new BufferedImage(2480, 300 + 120 * lines.size(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 200, 250 + i * 120);
        }
        g.dispose();
        return img;
    }

    /** A PDF holding only a page image: no text layer. */
    public static Path scannedPdf(Path file, List<String> lines) throws IOException {
        BufferedImage img = page(lines);
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            float w = PDRectangle.A4.getWidth();
            float h = w * img.getHeight() / img.getWidth();
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, PDRectangle.A4.getHeight() - h, w, h);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF of scanned pages only, one page image per list of lines, in order. */
    static Path scannedPages(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (List<String> lines : pages) {
                addScannedPage(doc, lines);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** The fixture PDF (a text layer, no images) followed by scanned pages. */
    static Path textThenScannedPages(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(RESOURCES.resolve("notice.pdf").toFile())) {
            for (List<String> lines : pages) {
                addScannedPage(doc, lines);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Adds an empty page of {@code inches} square (PDF allows up to 200): too large to render for OCR. */
    static Path withHugePage(Path pdf, int index, float inches) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage huge = new PDPage(new PDRectangle(inches * 72, inches * 72));
            if (index >= doc.getNumberOfPages()) {
                doc.addPage(huge);
            } else {
                doc.getPages().insertBefore(huge, doc.getPage(index));
            }
            doc.save(pdf.resolveSibling(pdf.getFileName() + ".tmp").toFile());
        }
        return Files.move(pdf.resolveSibling(pdf.getFileName() + ".tmp"), pdf,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void addScannedPage(PDDocument doc, List<String> lines) throws IOException {
        BufferedImage img = page(lines);
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        float w = PDRectangle.A4.getWidth();
        float h = w * img.getHeight() / img.getWidth();
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
            cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, PDRectangle.A4.getHeight() - h, w, h);
        }
    }

    static Path png(Path file, List<String> lines) throws IOException {
        ImageIO.write(page(lines), "png", file.toFile());
        return file;
    }

    /** The fixture PDF, with an open password. */
    static Path encryptedPdf(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(RESOURCES.resolve("notice.pdf").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A .docx whose document part inflates to 1 GB from under 5 MB. */
    static Path zipBombDocx(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED); // fast to write, still ~230:1
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
                    officeDocument" Target="word/document.xml"/></Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 1024; i++) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** An OLE2 file that is neither Word nor anything else Tika knows: what an old WPS file looks like to it. */
    static Path unknownOle2(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            byte[] junk = new byte[4096];
            new java.util.Random(7).nextBytes(junk);
            fs.createDocument(new java.io.ByteArrayInputStream(junk), "KingsoftContents");
            fs.writeFilesystem(out);
        }
        return file;
    }

    /** Bytes that decode to nothing sensible: NULs and control characters. */
    static Path binaryJunk(Path file) throws IOException {
        byte[] junk = new byte[8192];
        new java.util.Random(42).nextBytes(junk);
        for (int i = 0; i < junk.length; i += 16) {
            junk[i] = 0;
        }
        Files.write(file, junk);
        return file;
    }

}
