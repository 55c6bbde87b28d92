package org.studykb.web.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.studykb.rectify.DecisionStore;
import org.studykb.rectify.LedgerFixtures;
import org.studykb.rectify.Problem;
import org.studykb.rectify.RectifyService;
import org.studykb.search.Documents;
import org.studykb.search.SearchService;
import org.studykb.web.security.SignedInUser;

/** The ledger pages over the real service, a fixture index and an embedded store. */
@WebMvcTest(controllers = {LedgerPage.class, ProblemPage.class, LedgerApiController.class})
@Import({LedgerLinks.class, SignedInUser.class, LedgerPageTest.Services.class})
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc(addFilters = false)
@org.springframework.security.test.context.support.WithMockUser(username = "李静", authorities = "ROLE_LEADER")
class LedgerPageTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Services {
        @Bean
        RectifyService rectifyService() throws IOException {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:ledger-page;DB_CLOSE_DELAY=-1");
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            return RectifyService.open(data(), Path.of("indexer"), LedgerFixtures.analyzers(),
                    Optional.of(new DecisionStore(ds)), Optional.of(LocalDate.of(2009, 2, 28)));
        }

        @Bean(destroyMethod = "close")
        SearchService searchService() throws IOException {
            return SearchService.open(data(), LedgerFixtures.analyzers());
        }

        private Path data;

        private synchronized Path data() throws IOException {
            if (data == null) {
                data = LedgerFixtures.indexed(Files.createTempDirectory("ledger-page"));
            }
            return data;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    RectifyService rectify;

    private Problem about(String words) throws IOException {
        return rectify.ledger().problems().stream()
                .filter(p -> p.sources().stream().anyMatch(s -> s.text().contains(words))).findFirst().orElseThrow();
    }

    @Test
    void theLedgerListsProblemsWithCountsAndTheChartData() throws Exception {
        String html = mvc.perform(get("/ledger")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("问题台账").contains("干部交流轮岗很少").contains("data-counts=\"{&quot;未整改&quot;:")
                .contains("/webjars/echarts/5.3.1/dist/echarts.min.js").contains("/ledger.js")
                .doesNotContain("<script>alert").contains("/document?id=%E5%88%86%E6%9E%90%E6%A3%80%E6%9F%A5/");
    }

    @Test
    void filtersNarrowTheListAndTheOpenViewLeavesOutRectifiedProblems() throws Exception {
        String open = mvc.perform(get("/ledger/open")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(open).contains("未闭环问题").contains("干部交流轮岗很少").doesNotContain("局领导下基层调研少");
        String done = mvc.perform(get("/ledger").param("status", "已整改")).andReturn().getResponse()
                .getContentAsString();
        assertThat(done).contains("局领导下基层调研少").doesNotContain("干部交流轮岗很少");
        mvc.perform(get("/ledger/overdue")).andExpect(status().isOk());
        mvc.perform(get("/api/problems").param("open", "true")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].open").value(true)).andExpect(jsonPath("$[0].links").isArray());
    }

    @Test
    void theProblemPageShowsTheChainWithAnchorsToThePassages() throws Exception {
        Problem p = about("局领导下基层调研少");
        String html = mvc.perform(get("/problems/" + p.id())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("在哪里提出").contains("整改措施").contains("整改成效").contains("基层联系点制度")
                .contains("#p-" + p.source().passage()).contains("/problems/" + p.id() + "/status")
                .contains("确认").contains("否定");
    }

    @Test
    void anUnknownProblemIsNotFound() throws Exception {
        mvc.perform(get("/problems/000000000000")).andExpect(status().isNotFound());
    }

    @Test
    void confirmingAndSettingTheStatusAreSavedAndShown() throws Exception {
        Problem p = about("会议太多");
        String key = p.linksOf("outcome").get(0).key();
        mvc.perform(post("/problems/" + p.id() + "/links/" + key + "/confirm"))
                .andExpect(redirectedUrl("/problems/" + p.id())).andExpect(flash().attribute("notice", "已确认"));
        mvc.perform(post("/problems/" + p.id() + "/status").param("status", "已整改")
                .param("reason", "会议数量已压减三成")).andExpect(redirectedUrl("/problems/" + p.id()));
        Problem after = rectify.problem(p.id()).orElseThrow();
        assertThat(after.status()).isEqualTo("已整改");
        assertThat(after.links()).filteredOn(l -> l.key().equals(key)).singleElement()
                .satisfies(l -> {
                    assertThat(l.state()).isEqualTo("confirmed");
                    assertThat(l.decidedBy()).isEqualTo("李静");
                });
        assertThat(after.overrideBy()).startsWith("李静");
        String html = mvc.perform(get("/problems/" + p.id())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("李静").contains("会议数量已压减三成").contains("已确认");
    }

    @Test
    void theProblemPageShowsItsHistoryWithWhoWhenAndBeforeAndAfter() throws Exception {
        Problem p = about("工程款拨付慢");
        String key = p.linksOf("measure").get(0).key();
        mvc.perform(post("/problems/" + p.id() + "/links/" + key + "/confirm"));
        mvc.perform(post("/problems/" + p.id() + "/links/" + key + "/reject")
                .param("reason", "措施说的是另一件事"));
        String ruleStatus = rectify.problem(p.id()).orElseThrow().status();
        mvc.perform(post("/problems/" + p.id() + "/status").param("status", "已销号")
                .param("reason", "拨付周期已压缩到15天"));
        mvc.perform(post("/problems/" + p.id() + "/status").param("status", "")
                .param("reason", "等验收后再定"));
        assertThat(rectify.events(p.id())).extracting(e -> e.action() + "|" + e.before() + "|" + e.after())
                .satisfiesExactly(
                        e -> assertThat(e).startsWith("确认链接|建议|确认「"),
                        e -> assertThat(e).startsWith("否定链接|确认|否定「").endsWith("」，理由：措施说的是另一件事"),
                        e -> assertThat(e).isEqualTo("改定状态|" + ruleStatus + "|已销号，理由：拨付周期已压缩到15天"),
                        e -> assertThat(e).isEqualTo("取消改定|已销号（改定）|按规则判断，理由：等验收后再定"));
        assertThat(rectify.events(p.id())).allSatisfy(e -> assertThat(e.at()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
        String html = mvc.perform(get("/problems/" + p.id())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<table class=\"history\">").contains("<td>李静</td>").contains("否定链接")
                .contains("<td>已销号（改定）</td>").contains("按规则判断，理由：等验收后再定")
                .doesNotContain("onclick=").doesNotContain("<script>");
    }

    @Test
    void aStatusWithoutAReasonIsRefusedWithAMessage() throws Exception {
        Problem p = about("干部交流轮岗很少");
        mvc.perform(post("/problems/" + p.id() + "/status").param("status", "已整改"))
                .andExpect(flash().attribute("error", "改定状态需要写明理由"));
    }

    @Test
    void aReasonOverTheColumnsLimitIsRefusedNamingTheLimitAndNothingIsStored() throws Exception {
        Problem p = about("干部交流轮岗很少");
        Problem linked = about("局领导下基层调研少");
        String key = linked.links().get(0).key();
        String tooLong = "理".repeat(RectifyService.MAX_REASON + 1);
        mvc.perform(post("/problems/" + p.id() + "/status").param("status", "已整改").param("reason", tooLong))
                .andExpect(redirectedUrl("/problems/" + p.id()))
                .andExpect(flash().attribute("error", "理由最长 1000 个字，这次写了 1001 个字：未保存，请写短一些"));
        mvc.perform(post("/problems/" + linked.id() + "/links/" + key + "/reject").param("reason", tooLong))
                .andExpect(flash().attribute("error", "理由最长 1000 个字，这次写了 1001 个字：未保存，请写短一些"));
        assertThat(rectify.problem(p.id()).orElseThrow().overridden()).isFalse();
        assertThat(rectify.events(p.id())).isEmpty();
        assertThat(rectify.problem(linked.id()).orElseThrow().links()).filteredOn(l -> l.key().equals(key))
                .singleElement().satisfies(l -> assertThat(l.state()).isEqualTo(linked.links().get(0).state()));
        assertThat(rectify.events(linked.id())).isEmpty();
        mvc.perform(post("/problems/" + p.id() + "/status").param("status", "已整改")
                .param("reason", "理".repeat(RectifyService.MAX_REASON))).andExpect(flash().attributeCount(1))
                .andExpect(flash().attributeExists("notice"));
        assertThat(rectify.problem(p.id()).orElseThrow().overrideReason()).hasSize(RectifyService.MAX_REASON);
    }

    @Test
    void textFromDocumentsIsEscaped() throws Exception {
        String html = mvc.perform(get("/ledger")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("网站留言&lt;script&gt;alert(1)&lt;/script&gt;回复慢").doesNotContain("<script>alert");
    }

    @Test
    void theExportIsAnXlsxLedgerWithTheUsualColumns() throws Exception {
        MvcResult r = mvc.perform(get("/ledger.xlsx"))
                .andExpect(content().contentType(LedgerPage.XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            StringBuilder header = new StringBuilder();
            sheet.getRow(0).forEach(c -> header.append(c.getStringCellValue()).append(' '));
            assertThat(header.toString().strip())
                    .isEqualTo("序号 问题 类别 活动 首次提出 来源 整改措施 责任领导 责任单位 完成时限 完成情况 状态 说明 链接");
            assertThat(sheet.getLastRowNum()).isEqualTo(rectify.ledger().problems().size());
            assertThat(sheet.getRow(1).getCell(13).getHyperlink().getAddress())
                    .startsWith("http://localhost/problems/");
        }
    }

    @Test
    void theLedgerCountsOpenOverdueAndDueSoonAndFiltersByLeader() throws Exception {
        java.util.List<Problem> all = rectify.ledger().problems();
        String html = mvc.perform(get("/ledger")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"open-count\">" + all.stream().filter(Problem::open).count() + "<")
                .contains("id=\"overdue-count\">" + all.stream().filter(Problem::overdue).count() + "<")
                .contains("id=\"due-soon-count\">" + all.stream().filter(p -> p.dueWithin(14)).count() + "<");
        assertThat(mvc.perform(get("/ledger/due-soon")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("即将超期问题（14 天内到期");

        long his = all.stream().filter(p -> p.leader().contains("陈立明")).count();
        assertThat(his).isPositive().isLessThan(all.size());
        String mine = mvc.perform(get("/ledger").param("leader", "陈立明")).andReturn().getResponse()
                .getContentAsString();
        assertThat(mine).contains("id=\"shown\">" + his + "<");
        all.stream().filter(p -> p.leader().isEmpty()).forEach(p -> assertThat(mine).doesNotContain(p.id()));

        String groups = mvc.perform(get("/ledger/leaders")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(groups).contains("href=\"/ledger?leader=%E9%99%88%E7%AB%8B%E6%98%8E\">陈立明</a>")
                .containsOnlyOnce("id=\"by-leader\"").containsOnlyOnce("id=\"by-unit\"")
                .contains("<th>责任领导</th>").contains("<th>责任单位</th>").doesNotContain("style=");
    }

    @Test
    void aLeaderFindsAndAttachesAMeasureByHandWithAReason() throws Exception {
        Problem p = about("机关食堂饭菜品种单一");
        assertThat(p.status()).isEqualTo("未整改");
        assertThat(p.linksOf("measure")).isEmpty();
        String found = mvc.perform(get("/problems/" + p.id()).param("find", "局务会 两小时")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains("局务会原则上每周召开一次").contains("/problems/" + p.id() + "/attach")
                .doesNotContain("基层联系点全面建立").doesNotContain("style=");
        String key = rectify.candidates(p.id(), "局务会原则上", org.studykb.access.Viewer.OPERATOR).get(0).key();

        mvc.perform(post("/problems/" + p.id() + "/attach").param("key", key).param("reason", " "))
                .andExpect(flash().attribute("error", "手动关联需要写明理由：未保存"));
        mvc.perform(post("/problems/" + p.id() + "/attach").param("key", "nope").param("reason", "食堂也开会"))
                .andExpect(flash().attribute("error", "没有这条整改措施或成效：nope"));
        assertThat(rectify.events(p.id())).isEmpty();
        assertThat(rectify.problem(p.id()).orElseThrow().status()).isEqualTo("未整改");

        mvc.perform(post("/problems/" + p.id() + "/attach").param("key", key).param("reason", "伙委会并入局务会议事"))
                .andExpect(redirectedUrl("/problems/" + p.id())).andExpect(flash().attribute("notice", "已关联"));
        Problem after = rectify.problem(p.id()).orElseThrow();
        assertThat(after.links()).filteredOn(l -> l.key().equals(key)).singleElement().satisfies(l -> {
            assertThat(l.state()).isEqualTo("confirmed");
            assertThat(l.kind()).isEqualTo("measure");
            assertThat(l.decidedBy()).isEqualTo("李静");
            assertThat(l.reason()).isEqualTo("伙委会并入局务会议事");
        });
        assertThat(after.status()).as("a confirmed measure puts it 整改中 as a confirmed suggestion would")
                .isEqualTo("整改中");
        assertThat(rectify.events(p.id())).extracting(e -> e.action() + "|" + e.before() + "|" + e.after())
                .singleElement().satisfies(e -> assertThat(e).startsWith("确认链接|未列出|确认「局务会原则上")
                        .endsWith("理由：伙委会并入局务会议事"));
        assertThat(rectify.candidates(p.id(), "局务会 两小时", org.studykb.access.Viewer.OPERATOR))
                .extracting(org.studykb.rectify.Candidate::key).doesNotContain(key);
        String html = mvc.perform(get("/problems/" + p.id())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<td>李静</td>").contains("伙委会并入局务会议事").contains("已确认");
    }

    @Test
    void thePrintableReportCountsByStatusAndUnitAndListsTheOpenProblemsWithTheirMeasures() throws Exception {
        java.util.List<Problem> all = rectify.ledger().problems();
        String html = mvc.perform(get("/ledger/print")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("整改情况报告").contains("id=\"print-total\">" + all.size() + "<")
                .contains("id=\"print-open\">" + all.stream().filter(Problem::open).count() + "<")
                .contains("<th>未整改</th>").contains("<td>办公室</td>")
                .doesNotContain("style=").doesNotContain("<script>alert");
        String openPart = html.substring(html.indexOf("id=\"open-problems\""));
        assertThat(all).anyMatch(Problem::open).anyMatch(p -> !p.open());
        all.forEach(p -> {
            String text = org.springframework.web.util.HtmlUtils.htmlEscape(p.text());
            if (p.open()) {
                assertThat(openPart).contains(text);
            } else {
                assertThat(openPart).doesNotContain(text);
            }
        });
    }
}
