package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.studykb.config.ConfigException;

/** The files under indexer/ that ingest owns: they parse, agree with each other and cover every document type. */
class IndexerConfigTest {

    static final Path INDEXER = Path.of("indexer");
    /** The document types of the demo corpus brief. */
    static final List<String> TYPES = List.of("实施方案", "动员讲话", "学习计划", "学习资料", "党课讲稿", "心得体会",
            "调研报告", "工作简报", "通知", "征求意见通知", "意见建议汇总", "座谈会记录", "分析检查报告", "对照检查材料",
            "民主生活会材料", "组织生活会材料", "群众评议", "整改方案", "整改台账", "整改报告", "建章立制", "满意度测评",
            "总结报告", "督导组反馈");

    @Test
    void everyIndexerFileParses() {
        IngestSettings settings = IngestSettings.load(INDEXER);
        RuleBook rules = RuleBook.load(INDEXER);
        CampaignBook campaigns = CampaignBook.load(INDEXER);
        assertThat(settings.htmlChrome()).isNotEmpty();
        assertThat(settings.ocr()).isEqualTo(new OcrSettings(Runtime.getRuntime().availableProcessors(), 150, 3,
                "chi_sim"));
        assertThat(rules.rules()).isNotEmpty();
        assertThat(campaigns.campaigns()).extracting(Campaign::name).contains("深入学习实践科学发展观活动",
                "党的群众路线教育实践活动", "“不忘初心、牢记使命”主题教育", "党史学习教育",
                "学习贯彻习近平新时代中国特色社会主义思想主题教育");
        IngestPipeline pipeline = IngestPipeline.load(INDEXER);
        assertThat(pipeline.limits().maxBytes()).isEqualTo(100L * 1024 * 1024);
        assertThat(pipeline.limits().maxTime()).isEqualTo(Duration.ofSeconds(180));
        assertThat(pipeline.limits().maxChars()).isEqualTo(2_000_000);
    }

    /** ingest.yml issuer-lines: a whole line naming only an organ, never a title or who a material is about. */
    @ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "中共江州市水务局委员会            | true",
            "中共江州市水务局党组              | true",
            "江州市北湖区人民政府办公室        | true",
            "江州市水务局                      | true",
            "北湖区党史学习教育领导小组        | true",
            "中共江州市水务局党组关于开展党史学习教育的实施方案 | false",
            "江州市水务局领导班子              | false",
            "市委党史学习教育第二指导组        | false",
            "关于成立党史学习教育领导小组      | false",
            "加快构建新发展格局                | false",
            "在市水务局党史学习教育动员会上的讲话 | false",
    })
    void issuerLinesAreOnlyOrganNames(String line, boolean issuer) {
        assertThat(IngestSettings.load(INDEXER).isIssuerLine(line)).isEqualTo(issuer);
    }

    @Test
    void ruleNamesAreUnique() {
        List<String> names = RuleBook.load(INDEXER).rules().stream().map(Rule::name).toList();
        assertThat(new HashSet<>(names)).hasSameSizeAs(names);
    }

    @Test
    void everyTypeHasARuleAndEveryRuleSetsAKnownType() {
        Set<String> ruleTypes = typeRuleValues();
        assertThat(ruleTypes).containsExactlyInAnyOrderElementsOf(TYPES);
    }

    @Test
    void everyTypeBelongsToSomePhaseOrIsDeclaredPhaseFree() {
        CampaignBook campaigns = CampaignBook.load(INDEXER);
        for (String type : typeRuleValues()) {
            assertThat(campaigns.mappedTypes().contains(type) || campaigns.phaseFreeTypes().contains(type))
                    .as("type %s is in some phase mapping or phase-free", type).isTrue();
        }
        assertThat(campaigns.phaseFreeTypes()).doesNotContainAnyElementsOf(campaigns.mappedTypes());
        assertThat(campaigns.mappedTypes()).as("a type written in every phase still has a default phase")
                .containsAll(campaigns.throughoutTypes());
        for (Campaign c : campaigns.campaigns()) {
            for (Campaign.Phase p : c.phases()) {
                assertThat(TYPES).as("types of %s / %s", c.name(), p.name()).containsAll(p.types());
                p.from().ifPresent(from -> assertThat(c.contains(from)).as("%s starts inside %s", p.name(), c.name())
                        .isTrue());
            }
        }
    }

    @Test
    void phaseDateRangesOfACampaignDoNotOverlap() {
        for (Campaign c : CampaignBook.load(INDEXER).campaigns()) {
            List<Campaign.Phase> dated = c.phases().stream().filter(p -> p.from().isPresent()).toList();
            for (int i = 1; i < dated.size(); i++) {
                assertThat(dated.get(i).from().get()).as(c.name()).isAfter(dated.get(i - 1).to().get());
            }
        }
    }

    private static Set<String> typeRuleValues() {
        Set<String> out = new HashSet<>();
        RuleBook.load(INDEXER).rules().stream().filter(r -> r.target() == Rule.Target.TYPE)
                .forEach(r -> out.add(r.value()));
        return out;
    }

    private static final String INGEST = """
            limits:
              max-file-size: 1MB
              max-time-per-file: 10s
              max-text-chars: 1000
            html-chrome: ['打印本页']
            title:
              junk: ['新建.*']
              not-title-lines: ['附件[0-9]*']
            """;
    private static final String TYPES_YML = """
            settings:
              body-chars: 500
              place-factors: {title: 1.0, filename: 0.8, body: 0.4}
              title-end-bonus: 2.0
              regex-timeout: 100ms
            rules:
              - name: 通知
                type: 通知
                words: [通知]
            """;
    private static final String CAMPAIGNS_YML = """
            weights: {name: 10, alias: 6, keyword: 3, date-range: 5, phase: 10}
            phase-free-types: [通知]
            campaigns:
              - name: 甲活动
                from: 2008-09-01
                to: 2009-02-28
                phases:
                  - name: 学习调研
                    from: 2008-09-01
                    to: 2008-11-15
            """;

    @Test
    void ocrSettingsAreOptionalAndThreadsNeverExceedTheCores(@TempDir Path dir) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        write(dir, INGEST, TYPES_YML, CAMPAIGNS_YML);
        assertThat(IngestSettings.load(dir).ocr()).isEqualTo(OcrSettings.DEFAULT);
        write(dir, INGEST + "ocr:\n  threads: 64\n  dpi: 300\n  page-segmentation: 6\n  languages: chi_sim+eng\n",
                TYPES_YML, CAMPAIGNS_YML);
        assertThat(IngestSettings.load(dir).ocr()).isEqualTo(new OcrSettings(cores, 300, 6, "chi_sim+eng"));
        write(dir, INGEST + "ocr:\n  threads: auto\n", TYPES_YML, CAMPAIGNS_YML);
        assertThat(IngestSettings.load(dir).ocr().threads()).isEqualTo(cores);
    }

    @Test
    void aSmallValidConfigurationLoads(@TempDir Path dir) throws IOException {
        write(dir, INGEST, TYPES_YML, CAMPAIGNS_YML);
        assertThat(IngestPipeline.load(dir).limits()).isEqualTo(new IngestLimits(1024 * 1024, Duration.ofSeconds(10),
                1000));
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("types.yml", "  - name: 通知\n    type: 通知\n    words: [函]", 10, "规则名称重复"),
                Arguments.of("types.yml", "  - name: 坏\n    type: 通知\n    regex: '(通知'", 12, "正则表达式有误"),
                Arguments.of("types.yml", "  - name: 边界\n    type: 通知\n    regex: '\\b通知'", 12, "不要用"),
                Arguments.of("types.yml", "  - name: 未知\n    type: 通知\n    words: [通知]\n    colour: red", 13,
                        "未知的键"),
                Arguments.of("types.yml", "  - name: 两项\n    type: 通知\n    phase: 学习调研\n    words: [a]", 10,
                        "只设定"),
                Arguments.of("types.yml", "  - name: 方式\n    type: 通知\n    how: SOME\n    words: [通知]", 12,
                        "未知的取值"),
                Arguments.of("types.yml", "  - name: 活动\n    campaign: 不存在的活动\n    words: [通知]", 10,
                        "不存在的活动"),
                Arguments.of("types.yml", "  - name: 阶段\n    phase: 不存在的阶段\n    words: [通知]", 10,
                        "不在任何活动中"),
                Arguments.of("campaigns.yml",
                        "  - name: 乙活动\n    from: 2008-13-01\n    to: 2009-01-01\n    phases: []", 12, "日期应写成"),
                Arguments.of("campaigns.yml",
                        "  - name: 乙活动\n    from: 2009-01-01\n    to: 2008-01-01\n    phases: []", 11, "结束日期早于"),
                Arguments.of("campaigns.yml",
                        "  - name: 甲活动\n    from: 2009-01-01\n    to: 2009-02-01\n    phases: []", 11, "活动名称重复"),
                Arguments.of("ingest.yml", "extra: 1", 9, "未知的键"),
                Arguments.of("ingest.yml", "ocr:\n  speed: fast", 10, "未知的键"),
                Arguments.of("ingest.yml", "ocr:\n  threads: many", 10, "应为整数"),
                Arguments.of("ingest.yml", "ocr:\n  dpi: 20", 10, "应不小于 50"),
                Arguments.of("ingest.yml", "ocr:\n  page-segmentation: 14", 10, "--psm"),
                Arguments.of("ingest.yml", "ocr:\n  languages: chi sim", 10, "语言应写成"),
                Arguments.of("ingest.yml", "extra: [unclosed", 10, "YAML 格式错误"));
    }

    @ParameterizedTest(name = "{0} line {2}: {3}")
    @MethodSource("malformedFiles")
    void aMalformedFileIsReportedWithFileAndLine(String file, String appended, int line, String message,
                                                @TempDir Path dir) throws IOException {
        String extra = appended + "\n";
        write(dir, INGEST + (file.equals("ingest.yml") ? extra : ""),
                TYPES_YML + (file.equals("types.yml") ? extra : ""),
                CAMPAIGNS_YML + (file.equals("campaigns.yml") ? extra : ""));
        assertThatThrownBy(() -> IngestPipeline.load(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(line));
    }

    private static void write(Path dir, String ingest, String types, String campaigns) throws IOException {
        Files.writeString(dir.resolve("ingest.yml"), ingest, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("types.yml"), types, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("campaigns.yml"), campaigns, StandardCharsets.UTF_8);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) throws IOException {
        copyIndexer(dir);
        Files.delete(dir.resolve("campaigns.yml"));
        assertThatThrownBy(() -> IngestPipeline.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("campaigns.yml").hasMessageContaining("不存在");
    }

    static void copyIndexer(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(INDEXER)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }
}
