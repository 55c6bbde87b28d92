package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The ledger in the whole application, wired by {@link LedgerConfiguration} over the shared web fixture
 * (whose plan states no problems and shares few words with the opinions, so nothing is linked there:
 * {@code LedgerPageTest} and the rectify tests cover linking).
 */
class LedgerAppTest extends MockMvcSupport {

    @Test
    void theLedgerListsTheFixtureOpinionsInTheSiteLayout() throws Exception {
        String html = page("/ledger");
        assertThat(html).contains("问题台账").contains("领导干部下基层调研少").contains("工程款拨付慢")
                .contains("/css/site.css").contains("/ledger.js").contains("data-counts=");
        assertThat(page("/ledger/open")).contains("未闭环问题").contains("会议多、文件多");
        assertThat(page("/ledger/overdue")).contains("超期问题");
    }

    @Test
    void theApiAndTheProblemPageAgree() throws Exception {
        String json = body("/api/problems", 200);
        assertThat(json).startsWith("[{\"id\":").contains("\"text\":\"领导干部下基层调研少，有时走马观花\"")
                .contains("\"source\":{\"path\":\"分析检查/意见建议汇总.txt\",\"passage\":");
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f]{16})\"").matcher(json);
        assertThat(id.find()).isTrue();
        assertThat(page("/problems/" + id.group(1))).contains("在哪里提出").contains("/document?id=");
    }

    @Test
    void anUnknownProblemIsAPageNotFound() throws Exception {
        assertThat(body("/problems/000000000000", 404)).contains("没有这个问题");
    }
}
