package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.index.IndexProgress;
import org.studykb.index.IndexCorpus;
import org.studykb.ingest.IngestPipeline;
import org.studykb.store.StoreDatabase;

/**
 * The ledger as a reader may see it, decided in rectify: with the 整改落实情况报告 marked 内部 for 领导, a 党员 sees
 * the problem 会议太多 without the report's outcome, and its history without the decision about that outcome,
 * while the decision about the public 整改方案 stays in it. The history is filtered by the decided link's key.
 */
class VisibleLedgerTest {
    static final Optional<LocalDate> END = Optional.of(LocalDate.of(2009, 2, 28));
    static final Viewer MEMBER = Viewer.of(EnumSet.of(Role.MEMBER));
    static final Viewer LEADER = Viewer.of(EnumSet.of(Role.LEADER));

    @TempDir
    Path corpus;
    @TempDir
    Path data;
    @TempDir
    Path config;
    RectifyService service;

    @BeforeEach
    void indexWithTheReportInternal() throws IOException {
        try (Stream<Path> files = Files.list(FixtureCorpus.CONFIG)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, config.resolve(f.getFileName().toString()));
            }
        }
        Files.writeString(config.resolve("access.yml"),
                "rules:\n  - path: \"整改落实/*整改落实情况报告*\"\n    roles: [LEADER]\n", StandardCharsets.UTF_8);
        FixtureCorpus.copyTo(corpus);
        new IndexCorpus(IngestPipeline.load(config), 2).run(corpus, data, FixtureCorpus.ANALYZERS, IndexProgress.NONE);
        service = RectifyService.open(data, config, FixtureCorpus.ANALYZERS,
                Optional.of(new DecisionStore(StoreDatabase.openH2(data))), END);
    }

    @Test
    void aMemberSeesNeitherTheInternalOutcomeNorTheDecisionAboutIt() throws IOException {
        Problem meetings = service.ledger().problems().stream()
                .filter(p -> p.sources().stream().anyMatch(s -> s.text().contains("会议太多"))).findFirst().orElseThrow();
        Link report = meetings.links().stream().filter(l -> l.path().contains("整改落实情况报告")).findFirst()
                .orElseThrow();
        Link plan = meetings.linksOf("measure").stream().filter(l -> l.path().contains("整改方案")).findFirst()
                .orElseThrow();
        service.confirm(meetings.id(), report.key(), "李静", "报告第二部分写的就是精简会议");
        service.confirm(meetings.id(), plan.key(), "李静", "方案第一条");

        assertThat(service.problem(meetings.id(), LEADER).orElseThrow().links()).extracting(Link::key)
                .contains(report.key(), plan.key());
        assertThat(service.problem(meetings.id(), MEMBER).orElseThrow().links()).extracting(Link::key)
                .contains(plan.key()).doesNotContain(report.key());
        assertThat(service.events(meetings.id(), LEADER)).extracting(HistoryEvent::after)
                .anySatisfy(a -> assertThat(a).contains("方案第一条"))
                .anySatisfy(a -> assertThat(a).contains("精简会议"));
        assertThat(service.events(meetings.id(), MEMBER)).extracting(HistoryEvent::after)
                .anySatisfy(a -> assertThat(a).contains("方案第一条"))
                .noneSatisfy(a -> assertThat(a).contains("精简会议"));
        assertThat(service.ledger(MEMBER).problems()).flatExtracting(Problem::links)
                .noneSatisfy(l -> assertThat(l.path()).contains("整改落实情况报告"));
        assertThat(service.ledger(MEMBER).warnings()).isEmpty();
    }
}
