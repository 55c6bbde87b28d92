package org.studykb.library;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.LoggerFactory;

import org.studykb.access.Viewer;
import org.studykb.store.DataFolder;

/**
 * The pages of a PDF original as PNG images, for its preview: one image per page, rendered when first asked for and
 * kept under {@code <data>/cache/previews/}, in a folder named by the document's id and the SHA-256 of its file (a
 * changed file gets new images). A document the viewer may not see is not found, as for the original file. A PDF
 * that cannot be opened is answered with a sentence saying so, never an exception's text.
 */
public final class PdfPageImages {
    /** The most pages a preview shows; a longer PDF says so and offers the file. */
    public static final int MAX_PAGES = 300;
    /** Resolution of the images: sharp enough to read body text at a screen's width. */
    static final float DPI = 110f;
    /** The longest side of an image, in pixels: a poster-sized page is rendered smaller, not larger. */
    static final int MAX_SIDE = 2_400;
    /** Renderings at the same time: each holds a page's pixels, and the machine has other work. */
    private static final Semaphore RENDERING = new Semaphore(2);

    private final OriginalFiles files;
    private final Path cache;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public PdfPageImages(OriginalFiles files, Path data) {
        this.files = files;
        this.cache = data.resolve(DataFolder.CACHE).resolve("previews");
    }

    /**
     * What a PDF's preview shows.
     *
     * @param pages   how many pages the file has (0 when it could not be opened)
     * @param shown   how many of them have images, {@link #MAX_PAGES} at most
     * @param problem why there are no images, in a sentence for people; empty when there are
     */
    public record Pages(int pages, int shown, String problem) {
        public boolean readable() {
            return problem.isEmpty();
        }
    }

    /** Page images shown on one view of the preview; the others are a link away. */
    public static final int PER_VIEW = 10;

    /**
     * One view of a PDF's preview: the pages whose images it shows, from {@code first} to {@code last} (from 1),
     * and the links to the other views.
     */
    public record View(Pages pages, int first, int last, Paging paging) {
        /** The numbers of the pages this view shows (none when the file could not be opened). */
        public List<Integer> numbers() {
            return IntStream.rangeClosed(first, last).boxed().toList();
        }

        /** The pages of view {@code k} as its link says them: 11–20. */
        public String label(int k) {
            return ((k - 1) * PER_VIEW + 1) + "–" + Math.min(pages.shown(), k * PER_VIEW);
        }
    }

    /** View {@code view} (from 1; past the last shows the last) of a document's page images. */
    public View view(String id, int view, Viewer viewer) throws IOException {
        Pages pages = pages(id, viewer);
        int lastView = Math.max(1, (pages.shown() + PER_VIEW - 1) / PER_VIEW);
        Paging paging = Paging.of(pages.shown(), PER_VIEW, Math.min(Math.max(1, view), lastView), Integer.MAX_VALUE);
        int first = (paging.current() - 1) * PER_VIEW + 1;
        return new View(pages, first, Math.min(pages.shown(), first + PER_VIEW - 1), paging);
    }

    /** Whether a document's media type is PDF, so that its preview shows page images. */
    public static boolean isPdf(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/pdf");
    }

    /** The page count of a document's PDF, or why it cannot be shown; {@link NotFound} as for its download. */
    public Pages pages(String id, Viewer viewer) throws IOException {
        OriginalFiles.Download original = files.find(id, viewer);
        if (!isPdf(original.contentType())) {
            throw new NotFound("这份文件不是 PDF，没有页面图片：" + id);
        }
        Path dir = folder(id, original.file());
        Path count = dir.resolve("pages");
        if (Files.isRegularFile(count)) {
            return counted(Integer.parseInt(Files.readString(count, StandardCharsets.US_ASCII).strip()));
        }
        try (PDDocument pdf = Loader.loadPDF(original.file().toFile())) {
            int n = pdf.getNumberOfPages();
            write(count, Integer.toString(n).getBytes(StandardCharsets.US_ASCII));
            return counted(n);
        } catch (InvalidPasswordException e) {
            return new Pages(0, 0, "这份 PDF 有密码保护，无法预览页面；请下载原文件查看。");
        } catch (IOException e) {
            LoggerFactory.getLogger(PdfPageImages.class).warn("preview of {}: the PDF cannot be opened: {}", id,
                    e.toString());
            return new Pages(0, 0, "这份 PDF 无法打开（文件已损坏或不完整），不能预览页面；可以下载原文件查看。");
        }
    }

    private static Pages counted(int n) {
        return new Pages(n, Math.min(n, MAX_PAGES), n == 0 ? "这份 PDF 没有页面。" : "");
    }

    /**
     * The PNG of page {@code n} (from 1) of a document's PDF, rendered now when the cache has none;
     * {@link NotFound} for a page outside the previewed ones, a file that is not a PDF or cannot be opened.
     */
    public Path image(String id, int n, Viewer viewer) throws IOException {
        Pages pages = pages(id, viewer);
        if (!pages.readable() || n < 1 || n > pages.shown()) {
            throw new NotFound("没有这一页的图片：" + id + " 第 " + n + " 页");
        }
        Path file = files.find(id, viewer).file();
        Path png = folder(id, file).resolve(n + ".png");
        if (Files.isRegularFile(png)) {
            return png;
        }
        RENDERING.acquireUninterruptibly();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (Files.isRegularFile(png)) {
                return png;
            }
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(n - 1, dpi(pdf.getPage(n - 1).getCropBox()),
                    ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            write(png, out.toByteArray());
            return png;
        } catch (IOException e) {
            LoggerFactory.getLogger(PdfPageImages.class).warn("preview of {} page {}: {}", id, n, e.toString());
            throw new NotFound("这一页无法显示（PDF 文件已损坏或不完整）：" + id + " 第 " + n + " 页");
        } finally {
            RENDERING.release();
        }
    }

    /** {@link #DPI}, or less for a page whose longer side would pass {@link #MAX_SIDE} pixels. */
    static float dpi(PDRectangle box) {
        float longest = Math.max(box.getWidth(), box.getHeight()) / 72f;
        return longest <= 0 ? DPI : Math.min(DPI, MAX_SIDE / longest);
    }

    /** The cache folder of a document's file: a digest of its id, and the SHA-256 of the file's bytes. */
    private Path folder(String id, Path file) throws IOException {
        return cache.resolve(hex(sha256(id.getBytes(StandardCharsets.UTF_8))).substring(0, 24) + "-"
                + fileHash(file).substring(0, 24));
    }

    /** The file's SHA-256, read once per size and time of change. */
    private String fileHash(Path file) throws IOException {
        String key = file.toAbsolutePath() + "\n" + Files.size(file) + "\n" + Files.getLastModifiedTime(file);
        String known = hashes.get(key);
        if (known != null) {
            return known;
        }
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int r = in.read(buffer); r > 0; r = in.read(buffer)) {
                digest.update(buffer, 0, r);
            }
        }
        String hash = hex(digest.digest());
        hashes.put(key, hash);
        return hash;
    }

    /** Writes the bytes beside their place and moves them there, so a reader never sees half a file. */
    private static void write(Path target, byte[] bytes) throws IOException {
        DataFolder.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), ".part-", ".tmp", DataFolder.ownerOnlyFile());
        try {
            Files.write(part, bytes);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
