package org.studykb.web.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.rectify.DecisionStore;
import org.studykb.rectify.LedgerFixtures;
import org.studykb.rectify.Problem;
import org.studykb.rectify.RectifyService;
import org.studykb.search.SearchService;
import org.studykb.web.security.SignedInUser;

/**
 * 关联… with a 内部 measure: the 整改方案 is marked 内部 for 领导 (access.yml), a 领导 attaches its meeting measure to
 * the 机关食堂 problem by hand; a 党员, who may not see the plan, sees neither the link, nor its text, nor the reason
 * given, on the problem page, in the ledger, in ledger.xlsx or in the JSON API, and the status decided without it.
 */
@WebMvcTest(controllers = {LedgerPage.class, ProblemPage.class, LedgerApiController.class})
@Import({LedgerLinks.class, SignedInUser.class, InternalAttachTest.Services.class})
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc(addFilters = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InternalAttachTest {
    static final String MEASURE = "局务会原则上每周召开一次";
    static final String REASON = "伙委会并入局务会议事";

    @TestConfiguration(proxyBeanMethods = false)
    static class Services {
        private Path data;
        private Path config;

        @Bean
        RectifyService rectifyService() throws IOException {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:internal-attach;DB_CLOSE_DELAY=-1");
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            return RectifyService.open(data(), config, LedgerFixtures.analyzers(), Optional.of(new DecisionStore(ds)),
                    Optional.of(LocalDate.of(2009, 2, 28)));
        }

        @Bean(destroyMethod = "close")
        SearchService searchService() throws IOException {
            return SearchService.open(data(), LedgerFixtures.analyzers());
        }

        /** The fixture indexed with the plan 内部 for 领导. */
        private synchronized Path data() throws IOException {
            if (data == null) {
                Path dir = Files.createTempDirectory("internal-attach");
                config = dir.resolve("config");
                Files.createDirectories(config);
                try (Stream<Path> files = Files.list(Path.of("indexer"))) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(f, config.resolve(f.getFileName().toString()));
                    }
                }
                Files.writeString(config.resolve("access.yml"),
                        "rules:\n  - path: \"整改落实/*整改方案*\"\n    roles: [LEADER]\n", StandardCharsets.UTF_8);
                data = LedgerFixtures.indexed(dir, config);
            }
            return data;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    RectifyService rectify;

    private Problem canteen() throws IOException {
        return rectify.ledger().problems().stream()
                .filter(p -> p.sources().stream().anyMatch(s -> s.text().contains("机关食堂饭菜品种单一"))).findFirst()
                .orElseThrow();
    }

    @Test
    @Order(1)
    @WithMockUser(username = "李静", authorities = "ROLE_LEADER")
    void aLeaderAttachesTheInternalMeasure() throws Exception {
        Problem p = canteen();
        assertThat(p.status()).isEqualTo("未整改");
        String found = mvc.perform(get("/problems/" + p.id()).param("find", "局务会 两小时")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains(MEASURE);
        String key = rectify.candidates(p.id(), "局务会原则上", Viewer.of(EnumSet.of(Role.LEADER))).get(0).key();
        mvc.perform(post("/problems/" + p.id() + "/attach").param("key", key).param("reason", REASON))
                .andExpect(flash().attribute("notice", "已关联"));
        Problem after = canteen();
        assertThat(after.status()).isEqualTo("整改中");
        assertThat(after.links()).anySatisfy(l -> assertThat(l.text()).startsWith(MEASURE));
        String page = mvc.perform(get("/problems/" + p.id())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(MEASURE).contains(REASON);
    }

    @Test
    @Order(2)
    @WithMockUser(username = "王芳", authorities = "ROLE_MEMBER")
    void aMemberSeesNeitherTheLinkNorItsTextAnywhere() throws Exception {
        Problem p = canteen();
        assertThat(p.links()).as("attached by the leader").anySatisfy(l -> assertThat(l.text()).startsWith(MEASURE));
        String page = mvc.perform(get("/problems/" + p.id())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("机关食堂饭菜品种单一").doesNotContain(MEASURE).doesNotContain(REASON)
                .doesNotContain("领导班子整改落实方案").contains("未整改");
        String searched = mvc.perform(get("/problems/" + p.id()).param("find", "局务会 两小时")).andReturn().getResponse()
                .getContentAsString();
        assertThat(searched).doesNotContain(MEASURE);
        String ledger = mvc.perform(get("/ledger")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(ledger).contains("机关食堂饭菜品种单一").doesNotContain(MEASURE);
        String json = mvc.perform(get("/api/problems")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains("机关食堂饭菜品种单一").doesNotContain(MEASURE).doesNotContain(REASON)
                .doesNotContain("整改方案");
        byte[] xlsx = mvc.perform(get("/ledger.xlsx")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    cells.append(c.toString()).append('|');
                }
            }
        }
        assertThat(cells).contains("机关食堂饭菜品种单一").doesNotContain(MEASURE).doesNotContain(REASON);
        assertThat(mvc.perform(post("/problems/" + p.id() + "/attach").param("key", "x").param("reason", "r"))
                .andReturn().getResponse().getStatus()).as("a 党员 may not attach").isEqualTo(403);
    }
}
