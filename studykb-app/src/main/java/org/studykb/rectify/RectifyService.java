package org.studykb.rectify;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.studykb.access.Viewer;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexBackend;

/**
 * The problem ledger over the index and the store: builds it when the index changed, applies the
 * people's decisions when they changed, and records new decisions. Thread-safe; usable from the web,
 * the CLI and tests without Spring.
 */
public final class RectifyService {
    /** The longest reason of a decision, in characters: the store's column holds this many. */
    public static final int MAX_REASON = 1000;

    private final IndexSource index;
    private final RectifyRules rules;
    private final BuildLedger builder;
    private final Optional<DecisionStore> store;
    private long preparedAt = -1;
    private BuildLedger.Prepared prepared;
    private Map<String, List<String>> access = Map.of();
    private long decisionsAt = -1;
    private Ledger ledger;

    /** Where the ledger's documents are read: the embedded index of a data folder, or a backend the caller owns. */
    private interface IndexSource {
        long version() throws IOException;

        ReadIndexedDocs.Snapshot read() throws IOException;
    }

    private RectifyService(IndexSource index, RectifyRules rules, BuildLedger builder, Optional<DecisionStore> store) {
        this.index = index;
        this.rules = rules;
        this.builder = builder;
        this.store = store;
    }

    /**
     * @param config the {@code indexer/} folder with {@code problem-categories.yml}
     * @param store  where decisions are kept; empty: the ledger as the rules give it, read-only
     * @param today  the day statuses are judged at; empty: each campaign's last document date
     */
    public static RectifyService open(Path data, Path config, IndexAnalyzers analyzers, Optional<DecisionStore> store,
                                      Optional<LocalDate> today) {
        return open(data, RectifyRules.load(config), analyzers, store, today);
    }

    /** As above, with the rules already read (the entry points read {@code indexer/} once: IndexerSettings). */
    public static RectifyService open(Path data, RectifyRules rules, IndexAnalyzers analyzers,
                                      Optional<DecisionStore> store, Optional<LocalDate> today) {
        IndexSource embedded = new IndexSource() {
            @Override
            public long version() throws IOException {
                return ReadIndexedDocs.version(data);
            }

            @Override
            public ReadIndexedDocs.Snapshot read() throws IOException {
                return ReadIndexedDocs.read(data);
            }
        };
        return new RectifyService(embedded, rules, new BuildLedger(rules, analyzers, today, StableId.of(data)), store);
    }

    /**
     * As above, reading the documents through an index backend (a SolrCloud collection) that the caller owns and
     * closes; {@code data} still keeps the key of the problems' ids.
     */
    public static RectifyService open(IndexBackend backend, Path data, RectifyRules rules, IndexAnalyzers analyzers,
                                      Optional<DecisionStore> store, Optional<LocalDate> today) {
        IndexSource source = new IndexSource() {
            @Override
            public long version() throws IOException {
                return backend.version();
            }

            @Override
            public ReadIndexedDocs.Snapshot read() throws IOException {
                return ReadIndexedDocs.read(backend);
            }
        };
        return new RectifyService(source, rules, new BuildLedger(rules, analyzers, today, StableId.of(data)), store);
    }

    /** The ledger as of the committed index and the latest decisions. */
    public synchronized Ledger ledger() throws IOException {
        long version = index.version();
        if (prepared == null || version != preparedAt) {
            ReadIndexedDocs.Snapshot snapshot = index.read();
            prepared = builder.prepare(snapshot.docs());
            access = snapshot.access();
            preparedAt = snapshot.version();
            ledger = null;
            if (store.isPresent() && store.get().ready()) {
                store.get().renameFormerIds(prepared.formerIds());
            }
        }
        long changes = store.map(DecisionStore::changes).orElse(0L);
        if (ledger == null || changes != decisionsAt) {
            Decisions decisions = store.map(DecisionStore::load).orElse(Decisions.NONE);
            ledger = builder.apply(prepared, decisions).ledger();
            decisionsAt = changes;
        }
        return ledger;
    }

    /** A problem by its id, or by the id it had before its wordings changed. */
    public synchronized Optional<Problem> problem(String id) throws IOException {
        Ledger l = ledger();
        Optional<Problem> direct = l.problem(id);
        if (direct.isPresent()) {
            return direct;
        }
        for (int i = 0; i < prepared.clusters().size(); i++) {
            if (prepared.clusters().get(i).contains(id)) {
                return l.problem(prepared.clusters().get(i).lead().id());
            }
        }
        return Optional.empty();
    }

    /**
     * The ledger the viewer may see: without the problems raised only in documents they may not see, and the
     * places and links of those documents dropped from the other problems, whose statuses are decided again
     * from what is left; warnings (about decisions and targets) only for those who see everything.
     */
    public synchronized Ledger ledger(Viewer viewer) throws IOException {
        Ledger all = ledger();
        Set<String> hidden = hidden(viewer);
        if (hidden.isEmpty()) {
            return viewer.seesAll() ? all : new Ledger(all.problems(), List.of());
        }
        return new Ledger(VisibleLedger.without(all.problems(), hidden, this::seenWith), List.of());
    }

    /** A problem the viewer may see, by its id or an id it had before, as they may see it. */
    public synchronized Optional<Problem> problem(String id, Viewer viewer) throws IOException {
        Optional<Problem> p = problem(id);
        if (p.isEmpty()) {
            return p;
        }
        return ledger(viewer).problem(p.get().id());
    }

    /**
     * The problem's audit trail as the viewer may see it: without the decisions about measures and outcomes
     * held by documents the viewer may not see (matched by the decided link's key).
     */
    public synchronized List<HistoryEvent> events(String problemId, Viewer viewer) throws IOException {
        Problem p = required(problemId);
        Set<String> hidden = hidden(viewer);
        Set<String> hiddenKeys = prepared.targets().entrySet().stream()
                .filter(e -> hidden.contains(e.getValue().path())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return store.filter(DecisionStore::ready).map(s -> s.events(ids(p), hiddenKeys)).orElse(List.of());
    }

    /** The documents the viewer may not see, by id. */
    private Set<String> hidden(Viewer viewer) {
        if (viewer.seesAll()) {
            return Set.of();
        }
        return access.entrySet().stream().filter(e -> !viewer.sees(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The problem as a reader sees it who may see only some of its places and links: the status and the measure,
     * deadline and result it rests on are decided again from these links alone; a leader's override still wins.
     */
    private Problem seenWith(VisibleLedger.Seen seen) {
        Problem p = seen.problem();
        DecideStatus.Decided d = new DecideStatus(rules.thresholds().suggest())
                .decide(seen.links(), prepared.targets(), LocalDate.parse(p.today()));
        Optional<Measure> m = d.measure();
        Status status = p.overridden() ? Status.parse(p.status()) : d.status();
        return new Problem(p.id(), seen.text(), p.category(), p.campaign(), seen.source(), status.name(),
                List.copyOf(seen.links()), List.copyOf(seen.sources()), seen.firstRaised(), status.open(),
                status.overdue(), m.map(Measure::leader).orElse(""), m.map(Measure::unit).orElse(""),
                d.deadline().map(Deadline::describe).orElse(""), d.result().map(Result::name).orElse(""),
                d.status().name(), p.overrideBy(), p.overrideAt(), p.overrideReason(), p.relapseOf(),
                p.relapseText(), p.today(), d.reopenedBy().stream().map(ReviewFinding::of).toList());
    }

    /** Records that the measure or outcome {@code key} answers the problem. */
    public void confirm(String problemId, String key, String who, String reason) throws IOException {
        decide(problemId, key, Link.CONFIRMED, who, reason);
    }

    /** Records that the suggested measure or outcome {@code key} does not answer the problem; needs a reason. */
    public void reject(String problemId, String key, String who, String reason) throws IOException {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("否定建议的措施或成效需要写明理由：未保存");
        }
        decide(problemId, key, Link.REJECTED, who, reason);
    }

    /** The most candidates {@link #candidates} returns. */
    public static final int MAX_CANDIDATES = 20;

    /**
     * 关联…: the measures, outcomes and rules of the ledger whose text or document title holds every word of
     * {@code words} (split at spaces and punctuation), from documents the viewer may see, without those already
     * confirmed for the problem; measures first, then the newest. Empty words: none.
     */
    public synchronized List<Candidate> candidates(String problemId, String words, Viewer viewer) throws IOException {
        Problem p = problem(problemId, viewer).orElseThrow(() -> new IllegalArgumentException("没有这个问题：" + problemId));
        List<String> terms = java.util.Arrays.stream((words == null ? "" : words).split("[\\s\\p{Punct}，。、；：？！“”‘’（）]+"))
                .filter(w -> !w.isBlank()).limit(10).toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        Set<String> hidden = hidden(viewer);
        Set<String> confirmed = p.links().stream().filter(Link::confirmed).map(Link::key).collect(Collectors.toSet());
        return prepared.targets().values().stream()
                .filter(t -> !hidden.contains(t.path()) && !confirmed.contains(t.key()))
                .filter(t -> terms.stream().allMatch(w -> t.text().contains(w) || t.title().contains(w)))
                .sorted(java.util.Comparator.comparing((Target t) -> t.kind().ordinal())
                        .thenComparing(t -> t.date().orElse(LocalDate.MIN), java.util.Comparator.reverseOrder())
                        .thenComparing(Target::key))
                .limit(MAX_CANDIDATES).map(Candidate::of).toList();
    }

    /**
     * 关联: attaches the measure, outcome or rule {@code key} to the problem by hand, as a confirmed link with its
     * reason (audited, kept across rebuilds like any confirmation); it then counts for the status as a confirmed
     * suggestion does. The problem and the target must be visible to the viewer and the reason given.
     */
    public void attach(String problemId, String key, String who, String reason, Viewer viewer) throws IOException {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("手动关联需要写明理由：未保存");
        }
        synchronized (this) {
            problem(problemId, viewer).orElseThrow(() -> new IllegalArgumentException("没有这个问题：" + problemId));
            Target t = prepared.targets().get(key == null ? "" : key);
            if (t == null || hidden(viewer).contains(t.path())) {
                throw new IllegalArgumentException("没有这条整改措施或成效：" + key);
            }
        }
        decide(problemId, key, Link.CONFIRMED, who, reason);
    }

    /** Takes back a confirmation or rejection: the link is a suggestion again. */
    public void undecide(String problemId, String key, String who, String reason) throws IOException {
        decide(problemId, key, DecisionStore.CLEARED, who, reason);
    }

    private synchronized void decide(String problemId, String key, String state, String who, String reason)
            throws IOException {
        Problem p = required(problemId);
        Target t = prepared.targets().get(key);
        if (t == null) {
            throw new IllegalArgumentException("没有这条整改措施或成效：" + key);
        }
        String before = p.links().stream().filter(l -> l.key().equals(key)).findFirst()
                .map(l -> DecisionStore.word(l.state())).orElse("未列出");
        writable().decideLink(p.id(), key, state, person(who), reason(reason), p.text(), t.text(), before);
    }

    /** A leader sets the status, with a reason; an empty status takes the override back. */
    public synchronized void setStatus(String problemId, String status, String who, String reason) throws IOException {
        Problem p = required(problemId);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("改定状态需要写明理由");
        }
        Status s = status == null || status.isBlank() ? null : Status.parse(status);
        writable().overrideStatus(p.id(), s, person(who), reason(reason), p.text(),
                p.status() + (p.overridden() ? "（改定）" : ""));
    }

    /** Every decision about the problem, oldest first. */
    public List<String> history(String problemId) throws IOException {
        Problem p = required(problemId);
        return store.map(s -> s.history(p.id())).orElse(List.of());
    }

    /**
     * The problem's audit trail, oldest first: who confirmed, rejected or took back which link and who set
     * its status, when, and the state before and after; under any of the ids its wordings had.
     */
    public synchronized List<HistoryEvent> events(String problemId) throws IOException {
        Problem p = required(problemId);
        return store.filter(DecisionStore::ready).map(s -> s.events(ids(p), Set.of())).orElse(List.of());
    }

    /** The problem's id and the ids its wordings had. */
    private List<String> ids(Problem p) {
        List<String> ids = new java.util.ArrayList<>(List.of(p.id()));
        prepared.clusters().stream().filter(c -> c.lead().id().equals(p.id())).findFirst()
                .ifPresent(c -> c.members().forEach(r -> ids.add(r.id())));
        return ids;
    }

    /** Writes problems as an .xlsx 整改台账, each row linking to {@code problemUrl} of the problem's id. */
    public void exportXlsx(List<Problem> problems, java.util.function.Function<String, String> problemUrl,
                           OutputStream out) throws IOException {
        new ExportLedger(rules.thresholds().direct(), problemUrl).write(problems, out);
    }

    /** Writes problems as an .xlsx 整改台账 linking to {@code /problems/{id}} (no server known: a relative address). */
    public void exportXlsx(List<Problem> problems, OutputStream out) throws IOException {
        exportXlsx(problems, id -> "/problems/" + id, out);
    }

    public boolean canDecide() {
        return store.isPresent();
    }

    /** The statuses a leader can set. */
    public List<String> statuses() {
        return java.util.Arrays.stream(Status.values()).map(Enum::name).toList();
    }

    RectifyRules rules() {
        return rules;
    }

    private Problem required(String problemId) throws IOException {
        return problem(problemId).orElseThrow(() -> new IllegalArgumentException("没有这个问题：" + problemId));
    }

    private DecisionStore writable() {
        return store.orElseThrow(() -> new IllegalStateException("没有数据库，无法保存确认和改定"));
    }

    private static String reason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.length() > MAX_REASON) {
            throw new IllegalArgumentException("理由最长 " + MAX_REASON + " 个字，这次写了 " + r.length() + " 个字：未保存，请写短一些");
        }
        return r;
    }

    private static String person(String who) {
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("请写明是谁作出的确认或改定");
        }
        String w = who.strip();
        return w.length() <= 100 ? w : w.substring(0, 100);
    }
}
