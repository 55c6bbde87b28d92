package org.studykb.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.test.context.DynamicPropertyRegistry;

import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.index.IndexReport;
import org.studykb.ingest.IngestPipeline;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualEdit;
import org.studykb.store.ManualValuesStore;
import org.studykb.store.Passwords;
import org.studykb.access.Role;
import org.studykb.store.UserAccounts;
import org.studykb.store.StoreDatabase;

/**
 * A small corpus indexed into a fresh data folder, with manual values already in the store: seven documents,
 * one with {@code <script>} and HTML in its text, one in its file name, one HTML page whose title holds
 * markup. Types, phases and campaigns are set by hand, so facets exist whatever the ingest pipeline infers.
 */
public final class WebFixture {
    public static final Path CONFIG = Path.of("indexer");
    static final String CAMPAIGN = "深入学习实践科学发展观活动";
    static final String LECTURE = "学习调研/党课讲稿.txt";
    static final String OPINIONS = "分析检查/意见建议汇总.txt";
    static final String PLAN = "整改落实/整改方案.txt";
    static final String ESSAY = "学习调研/心得体会.txt";
    static final String REPORT = "整改落实/总结报告.txt";
    static final String SCRIPT = "<img src=x onerror=alert(1)>脚本.txt";
    static final String PAGE = "网页/含脚本的网页.html";

    private static WebFixture shared;

    final Path root;
    final Path corpus;
    public final Path data;
    final IndexReport report;

    private WebFixture(Path root) throws IOException {
        this.root = root;
        this.corpus = root.resolve("corpus");
        this.data = root.resolve("data");
        write(LECTURE, "讲一天党课：深入学习实践科学发展观\n\n科学发展观的第一要义是发展，核心是以人为本。\n\n"
                + "我们要转变作风，深入基层，服务群众，坚持下基层调研。\n");
        write(OPINIONS, "意见建议汇总\n\n1. 领导干部下基层调研少，有时走马观花。\n\n2. 会议多、文件多，会议时间长。\n\n"
                + "3. 工程款拨付慢，拖欠施工企业进度款。\n");
        write(PLAN, "领导班子整改落实方案\n\n一、建立班子成员基层联系点制度，每季度蹲点不少于3天。\n\n"
                + "二、精简会议文件，每周局务会控制在1次。\n");
        write(ESSAY, "学习科学发展观心得体会\n\n通过学习，我认识到以人为本是科学发展观的核心。\n\n作为党员要带头转变作风。\n");
        write(REPORT, "学习实践活动总结报告\n\n活动中共收集意见建议58条，整改落实42项，群众满意度96%。\n");
        write(SCRIPT, "含有标记的文档 <script>alert('x')</script>\n\n<b>加粗</b> 整改 & 落实 \"双引号\" 'single'\n");
        write(PAGE, "<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                + "<title>含脚本的网页 &lt;script&gt;alert(2)&lt;/script&gt;</title></head><body>"
                + "<h1>含脚本的网页 &lt;script&gt;alert(2)&lt;/script&gt;</h1>"
                + "<p>网页正文讲群众路线，并写到 &lt;iframe src=x&gt; 这样的标记。</p>"
                + "<script>document.title='pwned'</script></body></html>");
        DataSource store = StoreDatabase.openH2(data);
        ManualValuesStore manual = new ManualValuesStore(store, new AuditLog(store));
        String who = "测试数据";
        manual.set(LECTURE, new ManualEdit("党课讲稿", "学习调研", CAMPAIGN, List.of()), who);
        manual.set(ESSAY, new ManualEdit("心得体会", "学习调研", CAMPAIGN, List.of()), who);
        manual.set(OPINIONS, new ManualEdit("意见建议汇总", "分析检查", CAMPAIGN, List.of()), who);
        manual.set(PLAN, new ManualEdit("整改方案", "整改落实", CAMPAIGN, List.of("台账")), who);
        manual.set(REPORT, new ManualEdit("总结报告", "整改落实", CAMPAIGN, List.of()), who);
        manual.set(SCRIPT, ManualEdit.tags(List.of("<i>斜体</i>")), who);
        UserAccounts users = new UserAccounts(store, new AuditLog(store));
        for (Role role : Role.values()) {
            users.create(login(role), role.label() + "甲", Passwords.encoder().encode(password(role)), EnumSet.of(role));
        }
        IndexAnalyzers analyzers = IndexAnalyzers.load(CONFIG);
        report = new IndexCorpus(IngestPipeline.load(CONFIG), 2, manual)
                .run(corpus, data, analyzers, IndexProgress.NONE);
        if (report.documents() != 7) {
            throw new IllegalStateException("fixture: expected 7 documents, got " + report);
        }
    }

    /**
     * Writes one more file into the corpus and indexes the corpus again, as {@code studykb index} does (the run
     * recorded for 索引状态 too); returns the run's report.
     */
    IndexReport addAndIndex(String name, byte[] content) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        DataSource store = StoreDatabase.openH2(data);
        IndexReport run = new IndexCorpus(IngestPipeline.load(CONFIG), 2,
                new ManualValuesStore(store, new AuditLog(store)).snapshot())
                .run(corpus, data, IndexAnalyzers.load(CONFIG), IndexProgress.NONE);
        org.studykb.index.IndexRuns.record(data, run);
        return run;
    }

    /** The fixture's user with one role: member, writer, leader, admin. */
    static String login(Role role) {
        return switch (role) {
            case MEMBER -> "member";
            case WRITER -> "writer";
            case LEADER -> "leader";
            case ADMIN -> "admin";
        };
    }

    static String password(Role role) {
        return "pw-" + login(role) + "-2026";
    }

    /** An HTTP Basic header for the fixture's user with that role. */
    static String basic(Role role) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (login(role) + ":" + password(role)).getBytes(StandardCharsets.UTF_8));
    }

    /** One fixture for the tests that only read; tests that change documents make their own. */
    public static synchronized WebFixture shared() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    static WebFixture create() {
        try {
            Path root = Files.createTempDirectory("studykb-web-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            return new WebFixture(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("studykb.data", data::toString);
        registry.add("studykb.config", () -> CONFIG.toAbsolutePath().toString());
    }

    private void write(String name, String text) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    /** The names of the uploaded originals kept under {@code <data>/uploads}, sorted; none before the first upload. */
    public List<String> uploadedFiles() throws IOException {
        Path dir = data.resolve("uploads");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
