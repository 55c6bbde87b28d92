package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;

/**
 * The weights of the ranking model decide the order, over a real index of four documents: the same query ranks
 * by title or by body as the title weight says, and by nearness as the proximity weight says (the
 * words alone prefer the document that repeats them apart); neither the n-gram net nor {@code exact} rewards a
 * string verbatim where its words are sure, and {@code spread} adds a document's further passages to its best one.
 */
class RankingModelTest {
    @TempDir
    static Path corpus;
    @TempDir
    static Path data;
    static IndexAnalyzers analyzers;

    @BeforeAll
    static void indexFixtures() throws IOException {
        write("标题.txt", "医保报销工作情况\n\n今年共办理业务一千余件，窗口服务有所改进。\n\n群众满意度有所提高，报销周期缩短。");
        write("正文.txt", "工作总结\n\n医保窗口排队长，医保政策宣传少，报销周期长，报销材料多。\n\n"
                + "下一步将简化医保报销流程，压缩报销时限。");
        write("相邻.txt", "情况通报一\n\n群众反映干部作风问题。\n\n此外还有其他事项需要说明和处理。");
        write("分散.txt", "情况通报二\n\n干部下基层少，干部调研不深入。\n\n此外还有许多事项，最后提到机关作风和工作作风也要改进。");
        write("原样.txt", "会议简报\n\n会上通报了收受红包回扣的问题。");
        write("分述.txt", "党课讲稿\n\n医生不能收红包，红包伤害医患关系，拒收红包是底线。\n\n药品回扣同样不能拿。");
        write("陪会.txt", "会风通知\n\n今后一律不再陪会。");
        write("一段.txt", "整改通知\n\n严禁收受购物卡，严禁以购物卡名义变相收受购物卡。");
        write("多段.txt", "整改报告\n\n一、清退购物卡。\n\n二、登记购物卡。\n\n三、公开购物卡。\n\n四、查处购物卡。"
                + "\n\n五、通报购物卡。");
        Path config = Path.of("indexer");
        analyzers = IndexAnalyzers.load(config);
        new IndexCorpus(IngestPipeline.load(config), 1).run(corpus, data, analyzers, IndexProgress.NONE);
    }

    @Test
    void theTitleWeightDecidesBetweenATitleAndABodyThatDiscussesTheWords() throws IOException {
        RankingWeights shipped = RankingWeights.shipped();
        assertThat(top(shipped.with("title", 4f), "医保报销")).startsWith("标题.txt");
        assertThat(top(shipped.with("title", 0f), "医保报销")).startsWith("正文.txt");
    }

    @Test
    void theProximityWeightPrefersWordsThatStandTogether() throws IOException {
        RankingWeights wordsOnly = RankingWeights.shipped().with("passage", 0f).with("exact", 0f).with("net", 0f)
                .with("slop", 4).with("near", 0f);
        assertThat(top(wordsOnly, "干部作风")).startsWith("分散.txt", "相邻.txt");
        assertThat(top(wordsOnly.with("near", 4f), "干部作风")).startsWith("相邻.txt", "分散.txt");
    }

    @Test
    void theNetHasNoBigramAcrossTwoSureWordsSoTheVerbatimStringIsNotCountedAgain() throws IOException {
        RankingWeights wordsAndNet = RankingWeights.shipped().with("passage", 0f).with("exact", 0f).with("near", 0f)
                .with("net", 1f);
        // 红包回扣: a 包回 bigram would make the short note that holds the string once outrank the lecture on both
        assertThat(top(wordsAndNet, "红包回扣")).startsWith("分述.txt", "原样.txt");
    }

    @Test
    void theVerbatimBonusIsOnlyForAClauseWhoseCutIsDoubtful() throws IOException {
        RankingWeights wordsAndNet = RankingWeights.shipped().with("passage", 0f).with("exact", 0f).with("near", 0f)
                .with("net", 1f);
        // 红包 | 回扣 are sure words: however large exact is, the string held once does not outrank the lecture
        assertThat(top(wordsAndNet.with("exact", 4f), "红包回扣")).startsWith("分述.txt", "原样.txt");
        // 陪 | 会 is a doubtful cut: the verbatim string still earns the bonus
        assertThat(score(wordsAndNet.with("exact", 4f), "陪会", "陪会.txt"))
                .isGreaterThan(score(wordsAndNet, "陪会", "陪会.txt"));
    }

    @Test
    void theSpreadWeightAddsTheFurtherPassagesOfADocument() throws IOException {
        RankingWeights bestOnly = RankingWeights.shipped().with("passage", 4f).with("spread", 0f);
        assertThat(top(bestOnly, "购物卡")).startsWith("一段.txt", "多段.txt");
        assertThat(top(bestOnly.with("spread", 0.9f), "购物卡")).startsWith("多段.txt", "一段.txt");
    }

    private static List<String> top(RankingWeights weights, String query) throws IOException {
        try (SearchService service = SearchService.open(data, analyzers, weights)) {
            return service.rankScored(query, 10).stream().map(SearchBackend.ScoredId::id).toList();
        }
    }

    private static float score(RankingWeights weights, String query, String id) throws IOException {
        try (SearchService service = SearchService.open(data, analyzers, weights)) {
            return service.rankScored(query, 10).stream().filter(hit -> hit.id().equals(id))
                    .map(SearchBackend.ScoredId::score).findFirst().orElseThrow();
        }
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
    }
}
