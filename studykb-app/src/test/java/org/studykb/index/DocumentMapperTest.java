package org.studykb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.analysis.Dictionaries;
import org.studykb.analysis.Gists;
import org.studykb.analysis.NgramAnalyzer;
import org.studykb.analysis.StudyAnalyzer;
import org.studykb.ingest.IngestPipeline;
import org.studykb.ingest.IngestResult;
import org.studykb.ingest.IngestedDocument;

/** A document's keywords and summary come from the words its body was indexed with: one segmentation. */
class DocumentMapperTest {
    static final String TEXT = "关于领导班子专题民主生活会情况的报告\n\n"
            + "会前，领导班子广泛征求意见，班子成员之间开展谈心谈话。会上，班子成员逐一对照检查，开展批评和自我批评。"
            + "会议查摆了领导干部下基层调研少、走马观花的问题。针对查摆的问题，领导班子制定了整改方案，明确整改措施和完成时限。"
            + "下一步，领导班子将建立基层联系点制度，每季度蹲点不少于3天，接受群众监督。";

    @TempDir
    Path corpus;

    /** Counts the texts analysed per field: each one is a segmentation. */
    static final class Counting extends AnalyzerWrapper {
        final Map<String, Integer> analysed = new ConcurrentHashMap<>();
        private final Analyzer delegate;

        Counting(Analyzer delegate) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.delegate = delegate;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return delegate;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            analysed.merge(fieldName, 1, Integer::sum);
            return reader;
        }
    }

    @Test
    void theBodyIsSegmentedOnceForTheIndexAndTheGist() throws IOException {
        Files.writeString(corpus.resolve("报告.txt"), TEXT, StandardCharsets.UTF_8);
        IngestedDocument doc = ((IngestResult.Ingested) IngestPipeline.load(IndexCorpusTest.CONFIG)
                .ingest(corpus, corpus.resolve("报告.txt"))).document();
        Dictionaries dicts = Dictionaries.load(IndexCorpusTest.CONFIG);
        Counting words = new Counting(new StudyAnalyzer(dicts, StudyAnalyzer.Mode.INDEX));
        Analyzer ngrams = new NgramAnalyzer(StudyAnalyzer.Mode.INDEX);
        Gists gists = new Gists(words);
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig(),
                new PerFieldAnalyzerWrapper(words, Map.of(Fields.TITLE_NGRAM, ngrams, Fields.BODY_NGRAM, ngrams)), gists);

        Document record = mapper.map(doc, new DocumentMapper.FileFacts(1, 1, dicts.version())).get(0);

        assertThat(words.analysed).containsEntry(Fields.BODY, 1).doesNotContainKey("");
        List<String> keywords = Arrays.asList(record.getValues(Fields.KEYWORD));
        Gists.Gist alone = gists.of(doc.text());
        assertThat(words.analysed).containsEntry("", 1);
        assertThat(keywords).hasSizeBetween(5, Gists.KEYWORDS).isEqualTo(alone.keywords()).contains("领导班子");
        assertThat(record.get(Fields.SUMMARY)).isNotEmpty().isEqualTo(alone.summary());
    }
}
