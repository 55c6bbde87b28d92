package org.studykb.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One judged collection: its documents, queries, judgments, query classes and the scores expected of it, and
 * where there is one, a table of each file's metadata as the judges read it with the map from their type
 * names to ours ({@link MetadataScore}). {@code scripts/eval/collections.tsv} lists them, one a line
 * ({@code name<TAB>corpus<TAB>topics<TAB>qrels<TAB>classes<TAB>expected[<TAB>docs<TAB>types]}, types {@code -}
 * when the judges use our type names; paths relative
 * to the working folder, the repository root for eval.sh), so the demo collection and another unit's
 * (linchuan, under {@code ../shared/data}) are scored by the same run.
 */
record EvalCollection(String name, Path corpus, Path topics, Path qrels, Path classes, Path expected, Path docs,
                      Path types) {

    /** A collection kept as the demo one is: topics.tsv, qrels.txt, classes.tsv and expected.yaml in one folder. */
    static EvalCollection inFolder(String name, Path corpus, Path evalDir) {
        return new EvalCollection(name, corpus, evalDir.resolve("topics.tsv"), evalDir.resolve("qrels.txt"),
                evalDir.resolve("classes.tsv"), evalDir.resolve("expected.yaml"), null, null);
    }

    static List<EvalCollection> read(Path file, Path root) throws IOException {
        List<EvalCollection> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 6 && f.length != 8 || java.util.Arrays.stream(f).anyMatch(String::isBlank)) {
                throw new IllegalArgumentException(file + " 第 " + (i + 1) + " 行：应为 name<TAB>corpus<TAB>topics"
                        + "<TAB>qrels<TAB>classes<TAB>expected（6 列），或再加 docs<TAB>types（8 列）");
            }
            if (!names.add(f[0].strip())) {
                throw new IllegalArgumentException(file + " 第 " + (i + 1) + " 行：集合 " + f[0] + " 重复");
            }
            out.add(new EvalCollection(f[0].strip(), root.resolve(f[1].strip()), root.resolve(f[2].strip()),
                    root.resolve(f[3].strip()), root.resolve(f[4].strip()), root.resolve(f[5].strip()),
                    f.length == 8 ? root.resolve(f[6].strip()) : null, f.length == 8 ? root.resolve(f[7].strip()) : null));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + "：没有列出任何集合");
        }
        return out;
    }

    /** What is missing for this collection to be scored, in words; empty when everything is there. */
    List<String> missing() {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(corpus)) {
            out.add("文件夹不存在：" + corpus);
        }
        List<Path> files = new ArrayList<>(List.of(topics, qrels, classes));
        if (docs != null) {
            files.add(docs);
        }
        if (types != null && !types.getFileName().toString().equals("-")) {
            files.add(types);
        }
        for (Path p : files) {
            if (!Files.isRegularFile(p)) {
                out.add("文件不存在：" + p);
            }
        }
        return out;
    }
}
