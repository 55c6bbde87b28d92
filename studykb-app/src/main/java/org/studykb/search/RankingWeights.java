package org.studykb.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The few weights of the ranking model (docs/ranking.md), as data: the shipped values are in
 * {@code ranking.properties} beside this class, written by {@code scripts/fit-ranking.sh} with where they came
 * from. Every weight multiplies one kind of evidence; the body words' BM25 is the unit.
 *
 * @param title    BM25 of the title words (and the title's n-gram clauses), relative to the body words
 * @param near     the clause's words within {@code slop} positions of each other in the body (a sloppy phrase)
 * @param slop     how far apart the words of a clause may be for {@code near}
 * @param exact    the clause verbatim (a phrase over the n-grams), body; title gets {@code exact × title}
 * @param allWords a flat bonus when one clause's words are all in the record (下基层调研: 下基层 and 调研)
 * @param net      the n-gram safety net (most of the clause's bigrams, any order)
 * @param type     a query word that names the document's type (实施方案, 心得体会)
 * @param pinyin   the title's pinyin, for a query typed in pinyin
 * @param passage  the document's passage evidence added to its score
 * @param spread   how passage evidence is folded: the best passage's score, plus {@code spread} times the
 *                 second's, {@code spread²} times the third's, … (0: the best passage only; below 1 the sum
 *                 saturates, so many weak passages never outweigh one strong one)
 * @param k1       BM25 term-frequency saturation
 * @param b        BM25 length normalisation
 * @param source   where the values came from (the fit, its collection and its figures)
 */
public record RankingWeights(float title, float near, int slop, float exact, float allWords, float net, float type,
                             float pinyin, float passage, float spread, float k1, float b, String source) {

    /** The names of the weights a fit may change, in the order the fit visits them. */
    public static final List<String> FITTED = List.of("title", "near", "slop", "exact", "allWords", "net", "type",
            "passage", "spread", "k1", "b");

    private static final String RESOURCE = "ranking.properties";

    public RankingWeights {
        for (Map.Entry<String, Float> e : values(title, near, slop, exact, allWords, net, type, pinyin, passage, spread,
                k1, b).entrySet()) {
            if (!Float.isFinite(e.getValue()) || e.getValue() < 0) {
                throw new IllegalArgumentException("排序权重 " + e.getKey() + " 必须是非负数：" + e.getValue());
            }
        }
        if (b > 1) {
            throw new IllegalArgumentException("排序权重 b 必须在 0 到 1 之间：" + b);
        }
        if (spread >= 1) {
            throw new IllegalArgumentException("排序权重 spread 必须小于 1：" + spread);
        }
    }

    /** The weights that ship, read from {@code ranking.properties} on the class path. */
    public static RankingWeights shipped() {
        try (InputStream in = RankingWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("缺少排序权重文件 " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return of(p, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取排序权重 " + RESOURCE, e);
        }
    }

    /** Weights from properties; fails naming {@code where} and the key on a missing, unknown or bad value. */
    public static RankingWeights of(Properties p, String where) {
        for (String key : p.stringPropertyNames()) {
            if (!FITTED.contains(key) && !key.equals("pinyin") && !key.equals("source")) {
                throw new IllegalArgumentException(where + "：未知的排序权重 " + key);
            }
        }
        return new RankingWeights(number(p, "title", where), number(p, "near", where),
                Math.round(number(p, "slop", where)), number(p, "exact", where), number(p, "allWords", where),
                number(p, "net", where), number(p, "type", where), number(p, "pinyin", where),
                number(p, "passage", where), number(p, "spread", where), number(p, "k1", where),
                number(p, "b", where),
                p.getProperty("source", ""));
    }

    private static float number(Properties p, String key, String where) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException(where + "：缺少排序权重 " + key);
        }
        try {
            return Float.parseFloat(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "：排序权重 " + key + " 不是数：" + v, e);
        }
    }

    /** The value of a weight by name. */
    public float get(String name) {
        Float v = values(title, near, slop, exact, allWords, net, type, pinyin, passage, spread, k1, b).get(name);
        if (v == null) {
            throw new IllegalArgumentException("未知的排序权重 " + name);
        }
        return v;
    }

    /** The same weights with one changed. */
    public RankingWeights with(String name, float v) {
        Map<String, Float> m = values(title, near, slop, exact, allWords, net, type, pinyin, passage, spread, k1, b);
        if (!m.containsKey(name)) {
            throw new IllegalArgumentException("未知的排序权重 " + name);
        }
        m.put(name, v);
        return new RankingWeights(m.get("title"), m.get("near"), Math.round(m.get("slop")), m.get("exact"),
                m.get("allWords"), m.get("net"), m.get("type"), m.get("pinyin"), m.get("passage"), m.get("spread"),
                m.get("k1"), m.get("b"), source);
    }

    /** The same weights, saying where they came from. */
    public RankingWeights from(String newSource) {
        return new RankingWeights(title, near, slop, exact, allWords, net, type, pinyin, passage, spread, k1, b,
                newSource);
    }

    /** The weights as the lines of {@code ranking.properties}, in a stable order. */
    public String properties() {
        StringBuilder sb = new StringBuilder();
        values(title, near, slop, exact, allWords, net, type, pinyin, passage, spread, k1, b).forEach((k, v) -> sb
                .append(k)
                .append(" = ").append(k.equals("slop") ? Integer.toString(Math.round(v))
                        : String.format(Locale.ROOT, "%.3f", v)).append('\n'));
        return sb.toString();
    }

    @Override
    public String toString() {
        return properties().strip().replace('\n', ' ').replace(" = ", "=");
    }

    private static Map<String, Float> values(float title, float near, int slop, float exact, float allWords,
                                             float net, float type, float pinyin, float passage, float spread,
                                             float k1, float b) {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("near", near);
        m.put("slop", (float) slop);
        m.put("exact", exact);
        m.put("allWords", allWords);
        m.put("net", net);
        m.put("type", type);
        m.put("pinyin", pinyin);
        m.put("passage", passage);
        m.put("spread", spread);
        m.put("k1", k1);
        m.put("b", b);
        return m;
    }
}
