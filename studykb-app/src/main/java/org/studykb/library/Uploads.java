package org.studykb.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.io.InputStreamSource;

import org.studykb.index.CorpusFiles;
import org.studykb.index.Fields;
import org.studykb.index.IndexFiles;
import org.studykb.index.ManualValues;
import org.studykb.index.Overrides;
import org.studykb.ingest.IngestResult;
import org.studykb.search.DocumentView;
import org.studykb.search.Documents;
import org.studykb.search.SearchBackend;
import org.studykb.access.Viewer;
import org.studykb.store.DataFolder;
import org.studykb.store.ManualEdit;
import org.studykb.store.ManualValuesStore;
import org.studykb.access.Role;
import org.studykb.store.UploadRecords;

/**
 * Files added from the browser: each is checked (size, type by content), stored under {@code <data>/uploads}
 * with a name we generate, read with the same ingest pipeline as the corpus, indexed and recorded. A file whose
 * content the index already holds (an earlier upload or a corpus file) in a document the uploader may see is not
 * stored again: the answer names that document; when only hidden (内部) documents hold it, it is stored as new. Every file gets its own result; a failure says which file and why, and leaves nothing behind.
 * An upload is finished when it is recorded in the store, after its file and its index entry.
 */
public final class Uploads {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final IndexFiles index;
    private final Documents documents;
    private final UploadRecords records;
    private final ManualValuesStore overrides;
    private final SearchBackend search;
    private final Path data;
    private final UploadLimits settings;
    private final ContentTypes types;
    private final EditChecks checks;

    public Uploads(IndexFiles index, Documents documents, UploadRecords records, ManualValuesStore overrides,
            SearchBackend search, Path data, UploadLimits settings, EditChecks checks) {
        this.checks = checks;
        this.index = index;
        this.documents = documents;
        this.records = records;
        this.overrides = overrides;
        this.search = search;
        this.data = data;
        this.settings = settings;
        this.types = new ContentTypes(settings.allowedTypes());
    }

    /** A file as it arrived: the name the browser sent (display only), its size and its bytes. */
    public record Incoming(String name, long size, InputStreamSource content) {
    }

    /**
     * What became of one file: its document id and title, or why it was refused.
     *
     * @param duplicate true when the content was already there: {@code id} is that document, nothing was stored
     */
    public record Result(String file, boolean ok, String id, String title, String reason, boolean duplicate) {
    }

    /**
     * Each file is checked, stored, indexed and recorded, and made 内部 for {@code access} (none: public) from its
     * first indexing on. {@code uploader} must be able to see what they upload, and learns nothing of documents
     * they may not see.
     */
    public List<Result> accept(List<Incoming> files, String actor, Set<Role> access, Viewer uploader) throws IOException {
        return accept(files, actor, ManualEdit.access(access), uploader);
    }

    /**
     * As above, with the values set up front ({@code preset}: campaign, phase, tags and who may see it; its type is
     * left to the rules when null), kept as the manual values of each file uploaded. A preset that does not hold
     * together (an unknown campaign, a phase of another campaign, a 内部 mark that locks the uploader out) is
     * refused before any file is looked at; a refused file is recorded for 我的上传 and leaves nothing else.
     */
    public List<Result> accept(List<Incoming> files, String actor, ManualEdit preset, Viewer uploader)
            throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("没有选择文件");
        }
        ManualEdit mark = preset.access() == null ? new ManualEdit(preset.type(), preset.phase(), preset.campaign(),
                preset.tags(), Set.of()) : preset;
        AccessRoles.checkNotLockedOut(mark, uploader);
        checks.check(mark, null, null, DocumentPages.known(search, uploader));
        Path dir = CorpusFiles.uploadsDir(data);
        DataFolder.createDirectories(dir);
        List<Result> results = new ArrayList<>();
        for (Incoming f : files) {
            Result r = acceptOne(dir, f, actor, mark, uploader);
            if (!r.ok()) {
                records.addRefused(new UploadRecords.Refused(r.file(), r.reason(), actor, UploadRecords.now()));
            }
            results.add(r);
        }
        if (results.stream().anyMatch(Result::ok)) {
            search.refreshNow();
        }
        return results;
    }

    /** The manual values a new upload is first indexed with: the preset's, set by the uploader now. */
    static ManualValues presetValues(ManualEdit preset, String actor) {
        Instant now = Instant.now();
        List<ManualValues.Manual> values = new ArrayList<>();
        for (var field : List.of(Map.entry(Fields.TYPE, nonNull(preset.type())),
                Map.entry(Fields.PHASE, nonNull(preset.phase())), Map.entry(Fields.CAMPAIGN, nonNull(preset.campaign())),
                Map.entry(Fields.ACCESS, preset.access() == null ? "" : ManualEdit.accessValue(preset.access())))) {
            if (!field.getValue().isEmpty()) {
                values.add(new ManualValues.Manual(field.getKey(), field.getValue(), actor, now));
            }
        }
        if (preset.tags() != null) {
            preset.tags().forEach(t -> values.add(new ManualValues.Manual(Fields.TAG, t, actor, now)));
        }
        return new ManualValues(values);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private Result acceptOne(Path dir, Incoming f, String actor, ManualEdit mark, Viewer uploader)
            throws IOException {
        String name = displayName(f.name());
        long max = settings.maxFileBytes();
        if (f.size() == 0) {
            return failed(name, "文件是空的");
        }
        if (f.size() > max) {
            return failed(name, "文件太大（" + mb(f.size()) + "），上限是 " + mb(max));
        }
        Path incoming = dir.resolve(".incoming-" + UUID.randomUUID());
        try {
            String sha256 = copy(f.content(), incoming);
            String type = types.detect(incoming);
            if (!types.allowed(type)) {
                return failed(name, "不支持的文件类型（按内容识别为 " + type + "）；可以上传：" + ContentTypes.describe());
            }
            Optional<Result> same = sameContent(name, sha256, uploader);
            if (same.isPresent()) {
                return same.get();
            }
            String stored = LocalDateTime.now().format(STAMP) + "-" + UUID.randomUUID().toString().substring(0, 8)
                    + types.extension(type);
            Path file = dir.resolve(stored);
            move(incoming, file);
            String id = CorpusFiles.UPLOADS + "/" + stored;
            ManualValues preset = presetValues(mark, actor);
            IngestResult result = index.add(data, file, preset.isEmpty() ? overrides
                    : Overrides.of(Map.of(id, preset)));
            if (result instanceof IngestResult.Failed failed) {
                Files.deleteIfExists(file);
                return failed(name, "无法读取：" + failed.failure().reason());
            }
            var doc = ((IngestResult.Ingested) result).document();
            if (!preset.isEmpty()) {
                overrides.set(doc.id(), mark, actor);
            }
            records.add(new UploadRecords.Upload(stored, doc.id(), name, type, f.size(), sha256, actor,
                    UploadRecords.now()));
            return new Result(name, true, doc.id(), doc.title().value().orElse(name), "", false);
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    /**
     * The document that already holds this content and the uploader may see: the answer to a duplicate upload.
     * Empty when there is none, or only documents the uploader may not see: then the file is taken as new (stored
     * and indexed as the uploader's own document), so the answer tells them nothing about what they cannot see.
     */
    private Optional<Result> sameContent(String name, String sha256, Viewer uploader) throws IOException {
        List<String> ids = new ArrayList<>(documents.idsWithContent(sha256, uploader));
        records.bySha256(sha256).map(UploadRecords.Upload::docId).filter(id -> !ids.contains(id))
                .ifPresent(ids::add);
        for (String id : ids) {
            Optional<DocumentView> doc = documents.get(id, uploader);
            if (doc.isPresent()) {
                String title = doc.get().title() == null ? id : doc.get().title();
                return Optional.of(new Result(name, true, id, title,
                        "内容与已有文档「" + title + "」相同，未重复保存", true));
            }
        }
        return Optional.empty();
    }

    private static Result failed(String name, String reason) {
        return new Result(name, false, null, null, reason, false);
    }

    /**
     * Makes uploads whole after a crash (kill -9, power loss) or a restore, before the service takes requests.
     * An upload is finished once recorded: a file without a record never got its answer, so it is taken out of
     * the index and set aside in {@code uploads/.unfinished} (not deleted: a person may want it); a half-copied
     * {@code .incoming-} file is deleted; a recorded upload missing from the index is indexed again.
     */
    public Recovery recover() throws IOException {
        Path dir = CorpusFiles.uploadsDir(data);
        if (!Files.isDirectory(dir)) {
            return new Recovery(List.of(), List.of(), List.of());
        }
        List<String> setAside = new ArrayList<>();
        List<String> reindexed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(".incoming-")) {
                Files.deleteIfExists(file);
                continue;
            }
            String id = CorpusFiles.UPLOADS + "/" + name;
            if (!name.startsWith(".") && records.byDocId(id).isEmpty()) {
                index.remove(id);
                Path aside = dir.resolve(UNFINISHED);
                DataFolder.createDirectories(aside);
                move(file, aside.resolve(name));
                setAside.add(id);
            }
        }
        for (UploadRecords.Upload u : records.all()) {
            Path file = dir.resolve(u.storedName());
            if (!Files.isRegularFile(file)) {
                missing.add(u.docId());
            } else if (documents.get(u.docId(), Viewer.OPERATOR).isEmpty()) {
                index.add(data, file, overrides);
                reindexed.add(u.docId());
            }
        }
        if (!setAside.isEmpty() || !reindexed.isEmpty()) {
            search.refreshNow();
        }
        return new Recovery(setAside, reindexed, missing);
    }

    /** Folder under {@code uploads} for files whose upload never finished; hidden, so never indexed. */
    public static final String UNFINISHED = ".unfinished";

    /**
     * What {@link #recover()} did.
     *
     * @param setAside  ids of unfinished uploads taken out of the index and moved to {@code uploads/.unfinished}
     * @param reindexed ids of recorded uploads that the index lacked, indexed again
     * @param missing   ids of recorded uploads whose file is gone (nothing to do but tell)
     */
    public record Recovery(List<String> setAside, List<String> reindexed, List<String> missing) {
        public boolean nothing() {
            return setAside.isEmpty() && reindexed.isEmpty() && missing.isEmpty();
        }
    }

    /** The last part of the name the browser sent, for messages only. */
    static String displayName(String sent) {
        if (sent == null || sent.isBlank()) {
            return "（未命名文件）";
        }
        String s = sent.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        return s.isEmpty() ? "（未命名文件）" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static String copy(InputStreamSource source, Path target) throws IOException {
        try (InputStream raw = source.getInputStream();
             DigestInputStream in = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            DataFolder.ownerOnly(target); // an upload may be 内部: for its owner alone, like the whole data folder
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
