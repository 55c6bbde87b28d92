package org.studykb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes N plain UTF-8 text documents into a folder, deterministically (fixed seed): passages of the
 * demo corpus sources (front matter skipped) mixed with paragraphs of the real reports, sizes spread
 * like real files (most 1–5 KB, some 20–100 KB), spread over subfolders.
 *
 * <pre>ScaledCorpus OUT N [CORPUS_SRC] [REPORTS]</pre>
 */
public final class ScaledCorpus {
    static final long SEED = 20261125L;

    private ScaledCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ScaledCorpus OUT N [CORPUS_SRC=scripts/corpus/src] [REPORTS=../shared/data/reports]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path corpusSrc = Path.of(args.length > 2 ? args[2] : "scripts/corpus/src");
        Path reports = Path.of(args.length > 3 ? args[3] : "../shared/data/reports");
        List<String> demo = paragraphs(corpusSrc, true);
        List<String> real = paragraphs(reports, false);
        if (demo.isEmpty() || real.isEmpty()) {
            throw new IOException("no paragraphs read from " + corpusSrc + " (" + demo.size() + ") or "
                    + reports + " (" + real.size() + ")");
        }
        long chars = write(out, n, demo, real);
        System.out.printf("ScaledCorpus: %d documents, %d chars in %s (%d demo and %d real paragraphs)%n",
                n, chars, out, demo.size(), real.size());
    }

    static long write(Path out, int n, List<String> demo, List<String> real) throws IOException {
        Random random = new Random(SEED);
        long chars = 0;
        for (int i = 0; i < n; i++) {
            int targetBytes = targetSize(random);
            StringBuilder text = new StringBuilder();
            String first = pick(random, demo, real);
            text.append(title(first)).append('\n');
            while (text.length() * 3 < targetBytes) { // Chinese text is about 3 bytes a char in UTF-8
                text.append(pick(random, demo, real)).append('\n');
            }
            Path dir = out.resolve(String.format("unit%02d/%d", i % 20, 2000 + (i / 20) % 25));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(String.format("doc%06d.txt", i)), text, StandardCharsets.UTF_8);
            chars += text.length();
        }
        return chars;
    }

    /** Most files 1–5 KB, a tenth 5–20 KB, a twentieth 20–100 KB. */
    static int targetSize(Random random) {
        double p = random.nextDouble();
        if (p < 0.85) {
            return 1024 + random.nextInt(4 * 1024);
        }
        if (p < 0.95) {
            return 5 * 1024 + random.nextInt(15 * 1024);
        }
        return 20 * 1024 + random.nextInt(80 * 1024);
    }

    private static String pick(Random random, List<String> demo, List<String> real) {
        List<String> from = random.nextBoolean() ? demo : real;
        return from.get(random.nextInt(from.size()));
    }

    private static String title(String paragraph) {
        String t = paragraph.replaceFirst("^#+\\s*", "");
        int end = t.indexOf('。');
        return end > 0 && end < 40 ? t.substring(0, end) : t.substring(0, Math.min(30, t.length()));
    }

    static List<String> paragraphs(Path dir, boolean frontMatter) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            int start = 0;
            if (frontMatter && !lines.isEmpty() && lines.get(0).strip().equals("---")) {
                start = 1;
                while (start < lines.size() && !lines.get(start).strip().equals("---")) {
                    start++;
                }
                start++;
            }
            for (String line : lines.subList(Math.min(start, lines.size()), lines.size())) {
                String p = line.strip();
                if (p.length() >= 8) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
