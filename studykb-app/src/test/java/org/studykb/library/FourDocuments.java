package org.studykb.library;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import javax.sql.DataSource;

import org.studykb.access.Role;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexFiles;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;
import org.studykb.search.SearchService;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualEdit;
import org.studykb.store.ManualValuesStore;
import org.studykb.store.StoreDatabase;

/**
 * Four small documents of one campaign indexed into a fresh data folder with a real store: a lecture and an
 * opinion list (学习调研, 分析检查), a plan (整改落实), and a supervision notice without a phase. Types, phases and
 * the campaign are set by hand so the test does not depend on what the rules infer.
 */
final class FourDocuments implements Closeable {
    static final Path CONFIG = Path.of("indexer");
    static final String CAMPAIGN = "深入学习实践科学发展观活动";
    static final String LECTURE = "学习调研/党课讲稿.txt";
    static final String OPINIONS = "分析检查/意见建议汇总.txt";
    static final String PLAN = "整改落实/整改方案.txt";
    static final String NOTICE = "督导组/情况通报.txt";

    final Path corpus;
    final DataSource store;
    final AuditLog audit;
    final ManualValuesStore manual;
    final SearchService search;
    final IndexFiles index;

    FourDocuments(Path root) throws IOException {
        corpus = root.resolve("corpus");
        write(LECTURE, "讲一天党课\n\n科学发展观的第一要义是发展，核心是以人为本。\n\n我们要转变作风，深入基层，服务群众。\n");
        write(OPINIONS, "意见建议汇总\n\n1. 领导干部下基层调研少，有时走马观花。\n\n2. 会议多、文件多，会议时间长。\n");
        write(PLAN, "领导班子整改落实方案\n\n一、建立班子成员基层联系点制度，每季度蹲点不少于3天。\n\n二、精简会议文件。\n");
        write(NOTICE, "督导情况通报\n\n三公经费支出把关不严，公务接待超标准。\n");
        Path data = root.resolve("data");
        store = StoreDatabase.openH2(data);
        audit = new AuditLog(store);
        manual = new ManualValuesStore(store, audit);
        manual.set(LECTURE, new ManualEdit("党课讲稿", "学习调研", CAMPAIGN, List.of()), "测试数据");
        manual.set(OPINIONS, new ManualEdit("意见建议汇总", "分析检查", CAMPAIGN, List.of()), "测试数据");
        manual.set(PLAN, new ManualEdit("整改方案", "整改落实", CAMPAIGN, List.of()), "测试数据");
        manual.set(NOTICE, new ManualEdit("情况通报", null, CAMPAIGN, List.of()), "测试数据");
        IndexAnalyzers analyzers = IndexAnalyzers.load(CONFIG);
        IngestPipeline pipeline = IngestPipeline.load(CONFIG);
        new IndexCorpus(pipeline, 1, manual).run(corpus, data, analyzers, IndexProgress.NONE);
        search = SearchService.open(data, analyzers);
        index = new IndexFiles(pipeline, analyzers, data);
    }

    /** Writes a document into the corpus folder. */
    Path write(String name, String text) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Adds a new file to the index, as an upload or a rescan does. */
    void add(String name, String text) throws IOException {
        index.add(corpus, write(name, text), manual);
        search.refreshNow();
    }

    /** Makes a document 内部 for 领导 (and administrators), as the editor does. */
    void makeInternal(String id) throws IOException {
        manual.set(id, new ManualEdit(null, null, null, null, EnumSet.of(Role.LEADER)), "admin");
        index.reindex(id, manual);
        search.refreshNow();
    }

    @Override
    public void close() throws IOException {
        search.close();
    }
}
