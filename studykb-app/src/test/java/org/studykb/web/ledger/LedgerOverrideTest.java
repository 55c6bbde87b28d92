package org.studykb.web.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import org.studykb.rectify.DecisionStore;
import org.studykb.rectify.LedgerFixtures;
import org.studykb.rectify.Link;
import org.studykb.rectify.Problem;
import org.studykb.rectify.RectifyService;
import org.studykb.search.Documents;
import org.studykb.search.SearchService;
import org.studykb.web.security.SignedInUser;

/**
 * The ledger as a leader uses it: a status override decides the status text, the 未闭环 and 超期 lists, the counts
 * and the JSON alike; the explanation beside a status agrees with it; a rejection needs a reason. Each test
 * takes its own problem of the fixture (its own store, apart from {@link LedgerPageTest}'s decisions).
 */
@WebMvcTest(controllers = {LedgerPage.class, ProblemPage.class, LedgerApiController.class})
@Import({LedgerLinks.class, SignedInUser.class, LedgerOverrideTest.Services.class})
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc(addFilters = false)
@org.springframework.security.test.context.support.WithMockUser(username = "李静", authorities = "ROLE_LEADER")
class LedgerOverrideTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Services {
        private Path data;

        @Bean
        RectifyService rectifyService() throws IOException {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:ledger-override;DB_CLOSE_DELAY=-1");
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            return RectifyService.open(data(), Path.of("indexer"), LedgerFixtures.analyzers(),
                    Optional.of(new DecisionStore(ds)), Optional.of(LocalDate.of(2009, 2, 28)));
        }

        @Bean(destroyMethod = "close")
        SearchService searchService() throws IOException {
            return SearchService.open(data(), LedgerFixtures.analyzers());
        }

        private synchronized Path data() throws IOException {
            if (data == null) {
                data = LedgerFixtures.indexed(Files.createTempDirectory("ledger-override"));
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

    private String html(String path, String... params) throws Exception {
        var request = get(path);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    /** The count beside a status on the ledger page, as the reader sees it. */
    private static int count(String html, String status) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "status-" + status + "\">" + status + "</span> <span>(\\d+)</span>").matcher(html);
        assertThat(m.find()).as("a count for %s", status).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theOpenViewListsEveryProblemNotRectifiedNorClosed() throws Exception {
        Problem inProgress = about("会议太多");
        Problem overdue = about("工程款拨付慢");
        Problem done = about("局领导下基层调研少");
        assertThat(inProgress.status()).isEqualTo("整改中");
        assertThat(overdue.status()).isEqualTo("超期");
        assertThat(done.status()).isEqualTo("已整改");
        String open = html("/ledger/open");
        assertThat(open).contains("未闭环问题").contains(about("干部交流轮岗很少").text()).contains(inProgress.text())
                .contains(overdue.text()).doesNotContain(done.text());
        long notClosed = rectify.ledger().problems().stream()
                .filter(p -> !p.status().equals("已整改") && !p.status().equals("已销号")).count();
        assertThat(count(open, "整改中")).isPositive();
        assertThat(count(open, "超期")).isPositive();
        assertThat(count(open, "未整改") + count(open, "整改中") + count(open, "超期")).isEqualTo((int) notClosed);
        assertThat(count(open, "已整改") + count(open, "已销号")).isZero();
        assertThat(html("/api/problems", "open", "true")).contains(inProgress.id()).contains(overdue.id())
                .doesNotContain(done.id());
    }

    @Test
    void anOverrideDecidesTheStatusTheListsTheCountsAndTheJson() throws Exception {
        Problem p = about("工程款拨付慢");
        assertThat(p.status()).isEqualTo("超期");
        assertThat(html("/ledger/overdue")).contains(p.text());
        mvc.perform(post("/problems/" + p.id() + "/status").param("status", "整改中")
                .param("reason", "拨付周期已压缩，正在验收")).andExpect(redirectedUrl("/problems/" + p.id()));
        try {
            overriddenToInProgress(p);
        } finally {
            mvc.perform(post("/problems/" + p.id() + "/status").param("status", "")
                    .param("reason", "等验收后再定"));
        }
        assertThat(html("/ledger/overdue")).contains(p.text());
        assertThat(html("/problems/" + p.id())).contains("完成时限已过");
    }

    private void overriddenToInProgress(Problem p) throws Exception {
        String overdue = html("/ledger/overdue");
        assertThat(overdue).doesNotContain(p.text());
        assertThat(count(overdue, "超期")).isZero();
        String ledger = html("/ledger");
        assertThat(count(ledger, "超期")).isZero();
        assertThat(ledger).contains("data-counts=\"{&quot;未整改&quot;:");
        assertThat(html("/api/problems", "overdue", "true")).doesNotContain(p.id());
        assertThat(html("/api/problems", "status", "整改中")).contains("\"id\":\"" + p.id() + "\"")
                .contains("\"overdue\":false");
        String page = html("/problems/" + p.id());
        assertThat(page).contains("status-整改中\">整改中</span>").doesNotContain("完成时限已过")
                .contains("领导改定为整改中").contains("按规则应为 超期");
    }

    @Test
    void aProblemInProgressWithoutAMeasureSaysWhatItRestsOn() throws Exception {
        Problem p = about("干部交流轮岗很少");
        assertThat(p.linksOf("measure")).isEmpty();
        mvc.perform(post("/problems/" + p.id() + "/status").param("status", "整改中")
                .param("reason", "已启动轮岗调研"));
        try {
            String page = html("/problems/" + p.id());
            assertThat(page).contains("status-整改中\">整改中</span>")
                    .contains("（未闭环：领导改定为整改中；没有找到整改措施，尚未见到完成的整改成效）")
                    .doesNotContain("未闭环：没有整改措施）");
        } finally {
            mvc.perform(post("/problems/" + p.id() + "/status").param("status", "").param("reason", "改回按规则"));
        }
        Problem meetings = about("会议太多");
        assertThat(html("/problems/" + meetings.id())).contains("（未闭环：已有整改措施，尚未见到完成的整改成效）");
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedAndNothingIsStored() throws Exception {
        Problem p = about("局领导下基层调研少");
        Link link = p.links().get(0);
        for (String reason : new String[] {"", "   "}) {
            mvc.perform(post("/problems/" + p.id() + "/links/" + link.key() + "/reject").param("reason", reason))
                    .andExpect(redirectedUrl("/problems/" + p.id()))
                    .andExpect(flash().attribute("error", "否定建议的措施或成效需要写明理由：未保存"));
        }
        mvc.perform(post("/problems/" + p.id() + "/links/" + link.key() + "/reject"))
                .andExpect(flash().attribute("error", "否定建议的措施或成效需要写明理由：未保存"));
        assertThat(rectify.problem(p.id()).orElseThrow().links()).filteredOn(l -> l.key().equals(link.key()))
                .singleElement().satisfies(l -> assertThat(l.state()).isEqualTo(link.state()));
        assertThat(rectify.events(p.id())).isEmpty();
        assertThat(html("/problems/" + p.id())).contains("placeholder=\"理由（必填）\" required");
    }

    @Test
    void aRefusedRejectionKeepsWhatWasTypedInItsForm() throws Exception {
        Problem p = about("局领导下基层调研少");
        Link link = p.links().get(0);
        String typed = "不是这一条<b>" + "理".repeat(RectifyService.MAX_REASON);
        var refused = mvc.perform(post("/problems/" + p.id() + "/links/" + link.key() + "/reject")
                .param("reason", typed)).andExpect(flash().attributeExists("error")).andReturn();
        String page = mvc.perform(get("/problems/" + p.id()).flashAttrs(refused.getFlashMap())).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("理由最长 1000 个字").contains("value=\"不是这一条&lt;b&gt;理理")
                .doesNotContain("不是这一条<b>");
        assertThat(rectify.events(p.id())).isEmpty();
    }
}
