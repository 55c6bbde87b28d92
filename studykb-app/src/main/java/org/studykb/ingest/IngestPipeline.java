package org.studykb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.studykb.config.ConfigException;

/**
 * Reads one file into an {@link IngestedDocument} (text, title, date, unit, 文号, type, campaign, phase,
 * passages, each with its provenance) or an {@link IngestFailure} with a reason a person understands.
 * Configuration comes from {@code indexer/}: {@code ingest.yml}, {@code types.yml}, {@code campaigns.yml}.
 * Thread-safe: one pipeline serves all indexing threads.
 */
public final class IngestPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final AtomicLong reads = new AtomicLong();

    private final IngestSettings settings;
    private final TextExtractor extractor;
    private final TitleFinder titles;
    private final Classifier classifier;
    private final AccessRules access;
    private final Vocabulary vocabulary;
    private final ExecutorService parsing = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ingest-parse-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private IngestPipeline(IngestSettings settings, RuleBook rules, CampaignBook campaigns, boolean ocr,
                           AccessRules access) {
        this.settings = settings;
        this.access = access;
        this.extractor = new TextExtractor(settings, ocr);
        this.titles = new TitleFinder(settings);
        this.classifier = new Classifier(rules, campaigns);
        this.vocabulary = Vocabulary.of(rules, campaigns);
    }

    /**
     * Loads the configuration in {@code configDir} (usually {@code indexer/}); OCR is used when Tesseract with
     * chi_sim is installed.
     *
     * @throws ConfigException naming the file and line of the first problem
     */
    public static IngestPipeline load(Path configDir) {
        return load(configDir, OcrSupport.available());
    }

    static IngestPipeline load(Path configDir, boolean ocr) {
        IngestSettings settings = IngestSettings.load(configDir);
        RuleBook rules = RuleBook.load(configDir);
        CampaignBook campaigns = CampaignBook.load(configDir);
        ConfigCheck.crossCheck(configDir, rules, campaigns);
        return new IngestPipeline(settings, rules, campaigns, ocr, AccessRules.load(configDir));
    }

    /** 内部 by a folder rule of {@code access.yml}: the allowed role names joined by commas, with why. */
    public Tagged<String> access(String id) {
        return access.of(id);
    }

    /** The campaigns with their phases and the document types {@code indexer/} configures: what forms offer. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The per-file limits from {@code ingest.yml}. */
    public IngestLimits limits() {
        return settings.limits();
    }

    /** How many files this pipeline was asked to read so far (each a Tika extraction, and OCR for a scan). */
    public long filesRead() {
        return reads.get();
    }

    /** Whether scanned PDFs and images are read with OCR. */
    public boolean ocrEnabled() {
        return extractor.ocrEnabled();
    }

    /**
     * Reads {@code file}; its id is its path relative to {@code corpusRoot}, with {@code /}. Never throws for a
     * bad file and never returns null: a file that cannot be read is a {@link IngestResult.Failed}.
     */
    public IngestResult ingest(Path corpusRoot, Path file) {
        reads.incrementAndGet();
        String id = id(corpusRoot, file);
        try {
            return new IngestResult.Ingested(read(id, file));
        } catch (ReadFailure f) {
            return new IngestResult.Failed(f.toFailure(id));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("unexpected error ingesting {}", id, e);
            return new IngestResult.Failed(new IngestFailure(id, "读取时出现意外错误", ReadFailure.describe(e)));
        }
    }

    static String id(Path corpusRoot, Path file) {
        Path root = corpusRoot.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        Path rel = f.startsWith(root) ? root.relativize(f) : f;
        return rel.toString().replace('\\', '/');
    }

    private IngestedDocument read(String id, Path file) throws ReadFailure {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw ReadFailure.ofAccess(e);
        }
        if (!attrs.isRegularFile()) {
            throw new ReadFailure(ReadFailure.UNREADABLE, attrs.isDirectory() ? "is a directory" : "not a regular file");
        }
        long size = attrs.size();
        if (size == 0) {
            throw new ReadFailure(ReadFailure.EMPTY, "size 0");
        }
        if (size > settings.limits().maxBytes()) {
            throw ReadFailure.tooLarge(size, settings.limits().maxBytes());
        }
        String hash = sha256(file);
        Extraction ex = extractWithTimeLimit(file, size);
        String fileName = file.getFileName().toString();
        List<TextLine> lines = TextLine.split(ex.text());
        TitleFinder.Choice title = titles.find(lines, ex.metaTitle(), ex.headings(), fileName);
        Tagged<DocDate> date = DateFinder.find(lines, title.title().value().orElse(""), ex.metaCreated(),
                Optional.empty(), settings.deadlineColumns());
        Classifier.Result tags = classifier.classify(title.title().value().orElse(""), ex.text(), fileName, date,
                DateFinder.mentioned(lines));
        UnitFinder.Who who = UnitFinder.find(lines, title, settings);
        return new IngestedDocument(id, hash, size, ex.contentType(), ex.ocr(), ex.text(), title.title(), date,
                who.unit(), who.author(), DocNumberFinder.find(lines), tags.type(), tags.campaign(),
                tags.phase(), PassageSplitter.split(ex.text()), ex.warnings(), access.of(id));
    }

    /**
     * A document that states no date of its own, read again in the light of its folder: a year-less date (a
     * ledger's 截至1月23日, its 完成情况's 2月16日) takes the year nearest the middle date of the other documents
     * in the same folder ({@code neighbours}), and campaign and phase follow the date found. The document as it
     * was when it has a date, no year-less date, or no dated neighbours.
     */
    public IngestedDocument inFolder(IngestedDocument doc, List<DocDate> neighbours) {
        List<LocalDate> days = neighbours.stream().filter(d -> d.precision() != DocDate.Precision.YEAR)
                .map(DocDate::value).sorted().toList();
        if (doc.date().isPresent() || days.isEmpty()) {
            return doc;
        }
        LocalDate middle = days.get(days.size() / 2);
        List<TextLine> lines = TextLine.split(doc.text());
        String title = doc.title().value().orElse("");
        Tagged<DocDate> date = DateFinder.find(lines, title, Optional.empty(), Optional.of(middle),
                settings.deadlineColumns());
        if (!date.isPresent()) {
            return doc;
        }
        String fileName = doc.id().substring(doc.id().lastIndexOf('/') + 1);
        Classifier.Result tags = classifier.classify(title, doc.text(), fileName, date, DateFinder.mentioned(lines));
        return new IngestedDocument(doc.id(), doc.contentHash(), doc.size(), doc.contentType(), doc.ocr(), doc.text(),
                doc.title(), date, doc.unit(), doc.author(), doc.docNumber(), doc.type(), tags.campaign(),
                tags.phase(), doc.passages(), doc.warnings(), doc.access());
    }

    private Extraction extractWithTimeLimit(Path file, long size) throws ReadFailure {
        Future<Extraction> future = parsing.submit(() -> extractor.extract(file, size));
        try {
            return future.get(settings.limits().maxTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw ReadFailure.timedOut(settings.limits().maxTime());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReadFailure("读取被中断", ReadFailure.describe(e));
        } catch (ExecutionException e) {
            throw ReadFailure.of(e.getCause());
        }
    }

    private static String sha256(Path file) throws ReadFailure {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw ReadFailure.ofAccess(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
