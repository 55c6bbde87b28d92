package org.studykb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query set in scripts/eval agrees with itself and with the corpus sources in
 * scripts/corpus/src: every topic has a class and judgments, every judged document exists.
 */
class EvalDataTest {
    static final Path EVAL = Path.of("scripts/eval");
    static final Path SOURCES = Path.of("scripts/corpus/src");
    static final Set<String> CLASSES = Set.of("keyword", "multiword", "question", "synonym", "traditional",
            "pinyin", "phrase", "latin_number", "oov", "names");
    static final Pattern FILE = Pattern.compile("(?m)^file:\\s*(.+?)\\s*$");

    static List<Topics.Topic> topics;
    static Qrels qrels;
    static QueryClasses classes;
    /** Source text (front matter removed) of every corpus document, by its id ({@code file:}). */
    static Map<String, String> sources;

    @BeforeAll
    static void read() throws IOException {
        topics = Topics.read(EVAL.resolve("topics.tsv"));
        qrels = Qrels.read(EVAL.resolve("qrels.txt"));
        classes = QueryClasses.read(EVAL.resolve("classes.tsv"));
        sources = new HashMap<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = FILE.matcher(text);
                assertThat(m.find()).as("%s has a file: line", f).isTrue();
                String body = text.substring(text.indexOf("\n---", m.end()) + 4);
                assertThat(sources.put(m.group(1), body)).as("file: %s is unique", m.group(1)).isNull();
            }
        }
    }

    @Test
    void thereAreAtLeastSixtyDistinctTopics() {
        assertThat(topics).hasSizeGreaterThanOrEqualTo(60);
        assertThat(topics.stream().map(Topics.Topic::id).distinct().count()).isEqualTo(topics.size());
        assertThat(topics).allSatisfy(t -> assertThat(t.query()).isNotBlank());
    }

    @Test
    void everyTopicHasAKnownClassAndEveryClassAtLeastFiveTopics() {
        assertThat(topics).allSatisfy(t -> assertThat(classes.of(t.id())).as(t.id()).isIn(CLASSES));
        Map<String, Long> perClass = topics.stream()
                .collect(Collectors.groupingBy(t -> classes.of(t.id()), TreeMap::new, Collectors.counting()));
        assertThat(perClass.keySet()).containsExactlyInAnyOrderElementsOf(CLASSES);
        assertThat(perClass.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
        Set<String> ids = topics.stream().map(Topics.Topic::id).collect(Collectors.toSet());
        assertThat(classes.asMap().keySet()).isSubsetOf(ids);
    }

    @Test
    void everyTopicHasARelevantDocumentAndEveryJudgmentATopic() {
        Set<String> ids = topics.stream().map(Topics.Topic::id).collect(Collectors.toSet());
        assertThat(topics).allSatisfy(t -> assertThat(qrels.of(t.id()).values()).as(t.id()).contains(2));
        assertThat(qrels.queries()).allSatisfy(q -> assertThat(ids).contains(q));
    }

    @Test
    void everyJudgedDocumentIsACorpusSource() {
        for (String q : qrels.queries()) {
            assertThat(qrels.of(q).keySet()).as(q).allSatisfy(id -> assertThat(sources).containsKey(id));
        }
    }

    /** Our rule for quoted phrases: grade 2 means the phrase is in the document verbatim. */
    @Test
    void aQuotedPhraseJudgedHighlyRelevantOccursVerbatim() {
        Pattern quoted = Pattern.compile("\"([^\"]+)\"");
        for (Topics.Topic t : topics) {
            Matcher m = quoted.matcher(t.query());
            while (m.find()) {
                String phrase = m.group(1);
                qrels.of(t.id()).forEach((id, grade) -> {
                    if (grade == 2) {
                        assertThat(sources.get(id)).as("%s %s", t.id(), id).contains(phrase);
                    }
                });
            }
        }
        assertThat(topics.stream().filter(t -> "phrase".equals(classes.of(t.id()))))
                .allSatisfy(t -> assertThat(t.query()).matches(".*\"[^\"]+\".*"));
    }

    @Test
    void traditionalQueriesAreWrittenInTraditionalCharacters() {
        Pattern traditionalOnly = Pattern.compile("[對檢整實評專辦農員會節約機關聯繫層報況]");
        assertThat(topics.stream().filter(t -> "traditional".equals(classes.of(t.id()))))
                .allSatisfy(t -> assertThat(traditionalOnly.matcher(t.query()).find()).as(t.query()).isTrue());
    }

    @Test
    void pinyinQueriesHaveNoHanCharacters() {
        assertThat(topics.stream().filter(t -> "pinyin".equals(classes.of(t.id()))))
                .allSatisfy(t -> assertThat(t.query()).matches("[a-z ]+"));
    }
}
