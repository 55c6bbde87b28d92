package org.studykb.web.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import org.studykb.rectify.LedgerFixtures;
import org.studykb.rectify.Problem;
import org.studykb.rectify.RectifyService;
import org.studykb.search.SearchService;
import org.studykb.web.security.SignedInUser;

/** 回头看未通过 in the ledger, on the problem page and in the JSON API, over a fixture index with a 回头看 report. */
@WebMvcTest(controllers = {LedgerPage.class, ProblemPage.class, LedgerApiController.class})
@Import({LedgerLinks.class, SignedInUser.class, ReviewFlagPageTest.Services.class})
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc(addFilters = false)
@org.springframework.security.test.context.support.WithMockUser(username = "李静", authorities = "ROLE_LEADER")
class ReviewFlagPageTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Services {
        private Path data;

        @Bean
        RectifyService rectifyService() throws IOException {
            return RectifyService.open(data(), Path.of("indexer"), LedgerFixtures.analyzers(), Optional.empty(),
                    Optional.of(LocalDate.of(2009, 2, 28)));
        }

        @Bean(destroyMethod = "close")
        SearchService searchService() throws IOException {
            return SearchService.open(data(), LedgerFixtures.analyzers());
        }

        private synchronized Path data() throws IOException {
            if (data == null) {
                data = LedgerFixtures.indexedWithReview(Files.createTempDirectory("review-flag"));
            }
            return data;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    RectifyService rectify;

    private Problem reopened() throws IOException {
        return rectify.ledger().problems().stream().filter(Problem::reopened).findFirst().orElseThrow();
    }

    @Test
    void theLedgerFlagsTheReopenedProblemOnly() throws Exception {
        String html = mvc.perform(get("/ledger")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html.split("回头看未通过", -1)).as("one flag").hasSize(2);
        int flag = html.indexOf("回头看未通过");
        assertThat(html.lastIndexOf("局领导下基层调研少", flag)).as("beside the reopened problem")
                .isGreaterThan(html.lastIndexOf("<tr", flag));
    }

    @Test
    void theProblemPageGivesTheFindingAsTheReasonWithALinkToTheReport() throws Exception {
        Problem p = reopened();
        String html = mvc.perform(get("/problems/" + p.id())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("回头看未通过").contains("基层联系点制度落实不到位").contains("销号不实")
                .contains("关于整改落实“回头看”情况的通报").contains("2009-02-26")
                .contains("/document?id=%E6%95%B4%E6%94%B9%E8%90%BD%E5%AE%9E/")
                .contains("超期");
    }

    @Test
    void theApiCarriesTheFinding() throws Exception {
        String json = mvc.perform(get("/api/problems")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(json.split("\"reviewFailed\":\\[\\{", -1)).as("one problem with a finding").hasSize(2);
        assertThat(json).contains("基层联系点制度落实不到位");
    }
}
