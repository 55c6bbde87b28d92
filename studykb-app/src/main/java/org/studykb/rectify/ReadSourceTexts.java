package org.studykb.rectify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.studykb.ingest.Passage;

/**
 * Reads the UTF-8 sources of the demo corpus ({@code scripts/corpus/src/*.txt}: front matter, then
 * the body) as the index would hold them: headings as plain lines, table rows as TAB-separated
 * cells, one passage per line. For evaluation and tests before, or without, an index.
 */
final class ReadSourceTexts {
    private ReadSourceTexts() {
    }

    static List<SourceDoc> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<SourceDoc> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
        return docs;
    }

    static SourceDoc parse(String name, String source) {
        Map<String, String> meta = new HashMap<>();
        List<String> body = new ArrayList<>();
        String[] lines = source.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    String value = lines[i].substring(colon + 1);
                    int hash = value.indexOf("  #");
                    meta.put(lines[i].substring(0, colon).strip(), (hash >= 0 ? value.substring(0, hash) : value).strip());
                }
            }
            i++;
        }
        for (; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("## ")) {
                l = l.substring(3).strip();
            } else if (l.startsWith("# ")) {
                l = l.substring(2).strip();
            } else if (l.indexOf('|') >= 0) {
                l = String.join("\t", new Line(0, l, "", 0, l).cells());
            }
            body.add(l);
        }
        StringBuilder text = new StringBuilder();
        List<Passage> passages = new ArrayList<>();
        for (String l : body) {
            int start = text.length();
            text.append(l);
            passages.add(new Passage(passages.size(), start, text.length(), ItemLabel.at(l).marker(), l));
            text.append('\n');
        }
        String id = meta.getOrDefault("file", name);
        return SourceDoc.of(id, meta.getOrDefault("title", id), meta.get("type"), meta.get("campaign"),
                meta.get("phase"), meta.get("date"), text.toString(), passages);
    }
}
