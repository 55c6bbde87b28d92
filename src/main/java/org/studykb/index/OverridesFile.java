package org.studykb.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code <data>/manual-values.tsv}: a snapshot of the store's manual values, written by the server after
 * every change and read by the {@code index} command, which has no database connection of its own. The
 * store stays the truth; this file is derived and is rewritten from the store when the server starts.
 *
 * <p>One value per line: {@code id<TAB>field<TAB>value<TAB>who<TAB>when}, UTF-8; tab, newline, carriage
 * return and backslash are written {@code \t \n \r \\}; {@code #} starts a comment line.
 */
public final class OverridesFile {
    public static final String NAME = "manual-values.tsv";

    private OverridesFile() {
    }

    public static Path path(Path data) {
        return data.resolve(NAME);
    }

    /** The snapshot in {@code data}, or no overrides when there is none. Fails on a malformed line, naming it. */
    public static Overrides read(Path data) throws IOException {
        Path file = path(data);
        if (!Files.isRegularFile(file)) {
            return Overrides.NONE;
        }
        Map<String, List<ManualValues.Manual>> byId = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            try {
                if (cols.length != 5) {
                    throw new IllegalArgumentException("应有 5 列，实有 " + cols.length + " 列");
                }
                byId.computeIfAbsent(unescape(cols[0]), k -> new ArrayList<>()).add(new ManualValues.Manual(
                        unescape(cols[1]), unescape(cols[2]), unescape(cols[3]), Instant.parse(cols[4])));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IOException(file + " 第 " + (i + 1) + " 行无法读取：" + e.getMessage(), e);
            }
        }
        Map<String, ManualValues> out = new LinkedHashMap<>();
        byId.forEach((id, values) -> out.put(id, new ManualValues(values)));
        return Overrides.of(out);
    }

    /** Replaces the snapshot atomically: an index run reads the old file or the new one, never half of one. */
    public static void write(Path data, Overrides overrides) throws IOException {
        Files.createDirectories(data);
        StringBuilder sb = new StringBuilder("# 人工设定的类型、阶段、活动、标签和可见范围（access）：由 serve 从数据库导出，供 index 命令使用。请勿手工修改。\n");
        Map<String, ManualValues> sorted = new TreeMap<>();
        overrides.ids().forEach(id -> sorted.put(id, overrides.of(id)));
        sorted.forEach((id, values) -> values.values().forEach(m -> sb.append(escape(id)).append('\t')
                .append(escape(m.field())).append('\t').append(escape(m.value())).append('\t')
                .append(escape(m.who())).append('\t').append(m.when()).append('\n')));
        Path tmp = data.resolve("." + NAME + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, path(data), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, path(data), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char next = s.charAt(++i);
            sb.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return sb.toString();
    }
}
