package org.studykb.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The libraries the baseline rows need and the product jar leaves out (provided scope in pom.xml;
 * {@code mvn package} copies them to {@code target/eval-lib}, which scripts/eval.sh adds with
 * {@code -Dloader.path}). Checked by class name before {@link WriteRuns} is loaded: the JVM verifies
 * WriteRuns against SmartChineseAnalyzer, so a missing jar would otherwise surface as a
 * NoClassDefFoundError from deep inside the run.
 */
final class BaselineLibraries {
    /** A class of each library, by the library's artifact name. */
    static final Map<String, String> REQUIRED = Map.of(
            "lucene-analysis-smartcn", "org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer",
            "lucene-queryparser", "org.apache.lucene.queryparser.classic.MultiFieldQueryParser");

    private BaselineLibraries() {
    }

    /** Refuses to start when a library is not on the class path, naming every one that is missing. */
    static void require(Map<String, String> classByLibrary) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(classByLibrary).entrySet()) {
            try {
                Class.forName(e.getValue(), false, BaselineLibraries.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError absent) {
                missing.add(e.getKey());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("基线所需的评测库不在类路径上：" + String.join("、", missing)
                    + "（产品 jar 不含它们；mvn package 把它们复制到 target/eval-lib，请用 scripts/eval.sh 运行，"
                    + "或给 PropertiesLauncher 加 -Dloader.path=target/eval-lib）");
        }
    }
}
