package org.studykb.ingest;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

/** Why one file could not be read: a short Chinese reason for people and the technical detail. */
final class ReadFailure extends Exception {

    static final String EMPTY = "文件是空的（0 字节）";
    static final String ENCRYPTED = "文件已加密（设有打开密码），无法读取";
    static final String ZIP_BOMB = "文件异常：解压后体积过大（疑似压缩炸弹），未读取";
    static final String CORRUPT = "文件已损坏或格式无法识别";
    static final String NOT_TEXT = "不是文本文件：内容是二进制数据，扩展名可能有误";
    static final String NO_ACCESS = "没有读取权限，无法打开文件";
    static final String MISSING = "文件不存在或已被移走（也可能是失效的快捷方式）";
    static final String UNREADABLE = "无法读取文件（可能是文件夹、循环的快捷方式或磁盘错误）";
    static final String NO_OCR = "未提取到文字：可能是扫描件，未安装OCR（tesseract-ocr、tesseract-ocr-chi-sim）";
    static final String NO_TEXT = "未提取到文字：文件中没有可识别的文字";
    static final String WPS = "无法读取这个 WPS 文件：请用 WPS 另存为 .docx 或 .doc 后重新导入";

    private final String reason;
    private final String detail;

    ReadFailure(String reason, String detail) {
        super(reason + (detail.isEmpty() ? "" : " (" + detail + ")"));
        this.reason = reason;
        this.detail = detail;
    }

    String reason() {
        return reason;
    }

    String detail() {
        return detail;
    }

    IngestFailure toFailure(String id) {
        return new IngestFailure(id, reason, detail);
    }

    static ReadFailure tooLarge(long size, long max) {
        return new ReadFailure("文件太大（" + IngestLimits.humanSize(size) + "），超过上限 " + IngestLimits.humanSize(max),
                "size " + size + " > max-file-size " + max);
    }

    static ReadFailure timedOut(Duration limit) {
        return new ReadFailure("读取超时：超过 " + limit.toSeconds() + " 秒仍未读完，已跳过",
                "max-time-per-file " + limit);
    }

    /** Neither a format Tika knows nor UTF-8 or GB18030 text: say what the name promised. */
    static ReadFailure unreadableAsText(Path file, String base) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".wps")) {
            return new ReadFailure(WPS, "detected " + base + "; not a format Tika reads");
        }
        if (name.matches(".*\\.(txt|text|csv|log|htm|html)")) {
            return new ReadFailure(NOT_TEXT, "detected " + base + "; neither UTF-8 nor GB18030 text");
        }
        return new ReadFailure(CORRUPT, "detected " + base);
    }

    /** The file parsed but held no text: a scan without OCR, an unreadable WPS file, or nothing at all. */
    static ReadFailure noText(Path file, String contentType, boolean ocr) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".wps") || contentType.contains("ms-works") || contentType.contains("x-tika-msoffice")) {
            return name.endsWith(".wps") || contentType.contains("ms-works")
                    ? new ReadFailure(WPS, "no text from " + contentType)
                    : new ReadFailure(CORRUPT, "no text from " + contentType);
        }
        if (contentType.startsWith("image/") || contentType.startsWith("application/pdf")) {
            return new ReadFailure(ocr ? ReadFailure.NO_TEXT : ReadFailure.NO_OCR, "no text from " + contentType
                    + (ocr ? " (OCR ran)" : " (OCR unavailable)"));
        }
        return new ReadFailure(NO_TEXT, "no text from " + contentType);
    }

    /** Maps what went wrong while reading to a reason a secretary understands. */
    static ReadFailure of(Throwable error) {
        String detail = describe(error);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ReadFailure rf) {
                return rf;
            }
            String cls = t.getClass().getName();
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof ZeroByteFileException) {
                return new ReadFailure(EMPTY, detail);
            }
            if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException
                    || cls.endsWith("InvalidPasswordException") || msg.contains("encrypted")) {
                return new ReadFailure(ENCRYPTED, detail);
            }
            if (msg.contains("zip bomb") || cls.contains("ZipBomb") || msg.contains("max. ratio")
                    || msg.contains("suspected zip bomb") || t instanceof WriteLimitReachedException) {
                return new ReadFailure(ZIP_BOMB, detail);
            }
            if (t instanceof AccessDeniedException) {
                return new ReadFailure(NO_ACCESS, detail);
            }
            if (t instanceof NoSuchFileException) {
                return new ReadFailure(MISSING, detail);
            }
            if (t instanceof FileSystemLoopException || msg.contains("too many levels of symbolic links")
                    || msg.contains("is a directory")) {
                return new ReadFailure(UNREADABLE, detail);
            }
        }
        return new ReadFailure(CORRUPT, detail);
    }

    /** A file-system error before any parsing: permissions, missing file, a folder, a link loop. */
    static ReadFailure ofAccess(java.io.IOException error) {
        ReadFailure known = of(error);
        return known.reason.equals(CORRUPT) ? new ReadFailure(UNREADABLE, describe(error)) : known;
    }

    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.getClass().getName() + ": " + t.getMessage());
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != t) {
            sb.append(" (cause ").append(root.getClass().getName()).append(": ").append(root.getMessage()).append(')');
        }
        return sb.toString();
    }
}
