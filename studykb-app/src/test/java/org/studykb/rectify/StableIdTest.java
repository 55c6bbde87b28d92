package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import org.studykb.index.CorpusIndex;
import org.studykb.store.AuditLog;
import org.studykb.store.StoreDatabase;

/**
 * Problem, measure and outcome ids say nothing about the passage and path they stand for (keyed with the data
 * folder's secret), stay the same when the index is rebuilt, and decisions stored under the former unkeyed ids
 * keep their problems.
 */
class StableIdTest {
    static final Optional<LocalDate> END = Optional.of(LocalDate.of(2009, 2, 28));

    @TempDir
    Path corpus;
    @TempDir
    Path data;
    @TempDir
    Path otherData;

    /** The ids before: the first 6 bytes of SHA-256 over the folded text, a zero byte and the path, in hex. */
    static String unkeyed(String path, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(StableId.normalise(text).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(path.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Ledger ledger(Path data, Optional<DecisionStore> store) throws IOException {
        return RectifyService.open(data, FixtureCorpus.CONFIG, FixtureCorpus.ANALYZERS, store, END).ledger();
    }

    private static Set<String> ids(Ledger ledger) {
        Set<String> ids = new HashSet<>();
        ledger.problems().forEach(p -> {
            ids.add(p.id());
            p.links().forEach(l -> ids.add(l.key()));
        });
        return ids;
    }

    private static Problem about(Ledger ledger, String words) {
        return ledger.problems().stream().filter(p -> p.sources().stream().anyMatch(s -> s.text().contains(words)))
                .findFirst().orElseThrow();
    }

    @Test
    void idsAreNotTheHashOfTextAndPath() throws IOException {
        FixtureCorpus.copyTo(corpus);
        FixtureCorpus.index(corpus, data);
        Ledger ledger = ledger(data, Optional.empty());
        assertThat(ledger.problems()).hasSizeGreaterThan(5);
        for (Problem p : ledger.problems()) {
            assertThat(p.id()).isNotEqualTo(unkeyed(p.source().path(), p.text()));
            for (Link l : p.links()) {
                assertThat(l.key()).isNotEqualTo(unkeyed(l.path(), l.text()));
            }
        }
    }

    @Test
    void idsStayTheSameWhenTheIndexIsRebuiltAndDifferBetweenDataFolders() throws IOException {
        FixtureCorpus.copyTo(corpus);
        FixtureCorpus.index(corpus, data);
        Set<String> first = ids(ledger(data, Optional.empty()));
        deleteIndex(data);
        FixtureCorpus.index(corpus, data);
        assertThat(ids(ledger(data, Optional.empty()))).isEqualTo(first);

        FixtureCorpus.index(corpus, otherData);
        Set<String> other = ids(ledger(otherData, Optional.empty()));
        assertThat(other).hasSameSizeAs(first).doesNotContainAnyElementsOf(first);
    }

    @Test
    void decisionsStoredUnderTheFormerIdsKeepTheirProblems() throws IOException {
        FixtureCorpus.copyTo(corpus);
        FixtureCorpus.index(corpus, data);
        DataSource ds = StoreDatabase.openH2(data);
        Ledger rules = ledger(data, Optional.empty());
        Problem meetings = about(rules, "会议太多");
        Link plan = meetings.linksOf("measure").get(0);
        Problem rotation = about(rules, "干部交流轮岗很少");
        String oldMeetings = unkeyed(meetings.source().path(), meetings.text());
        String oldPlan = unkeyed(plan.path(), plan.text());
        String oldRotation = unkeyed(rotation.source().path(), rotation.text());
        // what the former version wrote: decisions and audit events under the unkeyed ids
        DecisionStore before = new DecisionStore(ds);
        before.decideLink(oldMeetings, oldPlan, Link.CONFIRMED, "李静", "方案第二条就是", meetings.text(), plan.text(),
                "建议");
        before.overrideStatus(oldRotation, Status.整改中, "陈立明", "已列入计划", rotation.text(), "未整改");

        RectifyService upgraded = RectifyService.open(data, FixtureCorpus.CONFIG, FixtureCorpus.ANALYZERS,
                Optional.of(new DecisionStore(ds)), END);
        Ledger after = upgraded.ledger();
        Problem m = about(after, "会议太多");
        assertThat(m.id()).isEqualTo(meetings.id());
        assertThat(m.links()).filteredOn(l -> l.key().equals(plan.key())).singleElement()
                .satisfies(l -> assertThat(l.state()).isEqualTo(Link.CONFIRMED));
        Problem r = about(after, "干部交流轮岗很少");
        assertThat(r.status()).isEqualTo("整改中");
        assertThat(r.overrideReason()).isEqualTo("已列入计划");
        assertThat(upgraded.events(m.id())).extracting(HistoryEvent::action).containsExactly("确认链接");
        assertThat(upgraded.events(r.id())).extracting(HistoryEvent::action).containsExactly("改定状态");
        assertThat(after.warnings()).isEmpty();

        JdbcTemplate jdbc = new JdbcTemplate(ds);
        List<String> stored = jdbc.queryForList("SELECT problem_id FROM rectify_link_decision UNION ALL "
                + "SELECT target_key FROM rectify_link_decision UNION ALL SELECT problem_id FROM "
                + "rectify_status_override", String.class);
        assertThat(stored).containsExactlyInAnyOrder(m.id(), plan.key(), r.id());
        assertThat(new AuditLog(ds).of("problem:" + oldMeetings, 10)).isEmpty();
        assertThat(new AuditLog(ds).of("problem:" + m.id(), 10)).hasSize(1);
    }

    private static void deleteIndex(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(CorpusIndex.indexDir(data))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
