package org.studykb.library;

import java.util.Locale;
import java.util.Map;

/** A file's kind and size for people: {@code Word 文档 · 37 KB} rather than its media type and bytes. */
public final class FileKinds {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("text/plain", "纯文本"),
            Map.entry("text/html", "网页"),
            Map.entry("application/xhtml+xml", "网页"),
            Map.entry("application/pdf", "PDF 文件"),
            Map.entry("application/msword", "Word 文档"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档"),
            Map.entry("application/vnd.ms-excel", "Excel 表格"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint 演示文稿"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "PowerPoint 演示文稿"),
            Map.entry("application/rtf", "RTF 文档"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument 文档"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument 表格"),
            Map.entry("image/png", "PNG 图片"),
            Map.entry("image/jpeg", "JPEG 图片"),
            Map.entry("image/tiff", "TIFF 图片"));

    private FileKinds() {
    }

    /** The kind's Chinese name; a type we have no name for as 「其他文件（type）」; blank as 「文件」. */
    public static String name(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "文件";
        }
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String name = NAMES.get(base);
        return name != null ? name : "其他文件（" + base + "）";
    }

    /** Whether the kind has a Chinese name. */
    public static boolean named(String contentType) {
        return !name(contentType).startsWith("其他文件") && !name(contentType).equals("文件");
    }

    /** 850 字节, 37 KB, 1.4 MB (1024 based, KB whole, MB with one decimal below 10). */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return mb < 10 ? String.format(Locale.ROOT, "%.1f MB", mb) : Math.round(mb) + " MB";
    }

    /** {@code Word 文档 · 37 KB}; the kind alone when the size is unknown (negative). */
    public static String label(String contentType, long bytes) {
        return bytes < 0 ? name(contentType) : name(contentType) + " · " + size(bytes);
    }
}
