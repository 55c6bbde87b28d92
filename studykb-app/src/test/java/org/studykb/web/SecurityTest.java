package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.studykb.store.AuditLog;
import org.studykb.store.Passwords;
import org.studykb.access.Role;
import org.studykb.store.StoreDatabase;
import org.studykb.store.UserAccounts;
import org.studykb.web.security.LoginThrottle;
import org.studykb.web.security.PermissionCheck;
import org.studykb.web.security.PublicPage;
import org.studykb.web.security.SecurityConfiguration;
import org.studykb.web.split.SplitPage;

/**
 * Logins, roles, CSRF and headers through the whole application and its real security chain, with no
 * default user: each request signs in as the fixture's user of one role (or not at all).
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@Import(SplitPage.class)
class SecurityTest {
    static final WebFixture FIXTURE = WebFixture.create();

    static {
        Clock longAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC);
        new AuditLog(StoreDatabase.openH2(FIXTURE.data), longAgo)
                .record("admin", AuditLog.Action.USER_CREATED, "user:ancient", null, "党员");
    }
    static final String NO_PROBLEM = "/problems/000000000000";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AuditLog audit;
    @Autowired
    UserAccounts accounts;

    MockMvc mvc;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    private static RequestPostProcessor as(Role role) {
        return httpBasic(WebFixture.login(role), WebFixture.password(role));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void withoutASignInPagesGoToTheLoginAndTheApiAnswers401() throws Exception {
        MvcResult page = mvc.perform(get("/search").param("q", "整改")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(302);
        assertThat(page.getResponse().getRedirectedUrl()).endsWith("/login");
        MvcResult api = mvc.perform(get("/api/search").param("q", "整改")).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(401);
        assertThat(api.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("需要登录")
                .doesNotContain("走马观花");
        assertThat(api.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer").doesNotContain("Basic");
        for (String door : List.of("/", "/document?id=x", "/ledger", "/ledger.xlsx", "/upload", "/admin/users",
                "/admin/audit", "/account", "/campaign?name=x", "/swagger-ui/index.html")) {
            assertThat(status(get(door))).as(door).isEqualTo(302);
        }
        for (String door : List.of("/api/file?id=x", "/api/suggest?q=整", "/api/problems", "/api/cite?id=x",
                "/api/citations?q=x", "/api/document?id=x", "/api/campaigns", "/v3/api-docs")) {
            assertThat(status(get(door))).as(door).isIn(401, 302);
        }
        assertThat(status(get("/login"))).isEqualTo(200);
        assertThat(status(get("/css/site.css"))).isEqualTo(200);
        assertThat(status(get("/actuator/health"))).isEqualTo(200);
    }

    @Test
    void theLoginFormSignsInAndOutAndAWrongPasswordIsAuditedWithoutSayingWhichPartWasWrong() throws Exception {
        MvcResult wrong = mvc.perform(post("/login").param("username", "member").param("password", "不对的密码")
                .with(csrf()).with(from("10.1.0.1"))).andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).endsWith("/login?error");
        MvcResult nobody = mvc.perform(post("/login").param("username", "nobody").param("password", "x")
                .with(csrf()).with(from("10.1.0.1"))).andReturn();
        assertThat(nobody.getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(audit.page("LOGIN_FAILED", "10.1.0.1", 0, 10)).extracting(AuditLog.Event::target)
                .contains("user:member", "user:nobody");

        MvcResult ok = mvc.perform(post("/login").param("username", "member")
                .param("password", WebFixture.password(Role.MEMBER)).with(csrf())).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession session = (MockHttpSession) ok.getRequest().getSession(false);
        String home = mvc.perform(get("/").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("member").contains("退出").doesNotContain("/admin/users");
        MvcResult out = mvc.perform(post("/logout").session(session).with(csrf())).andReturn();
        assertThat(out.getResponse().getStatus()).as(out.getResponse().getContentAsString()).isEqualTo(302);
        assertThat(out.getResponse().getRedirectedUrl()).endsWith("/login?logout");
        assertThat(status(get("/").session(session))).isEqualTo(302);

        assertThat(status(post("/login").param("username", "member")
                .param("password", WebFixture.password(Role.MEMBER)))).as("no CSRF token").isEqualTo(403);
    }

    private String formLogin(String name, String password, String address) throws Exception {
        MvcResult r = mvc.perform(post("/login").param("username", name).param("password", password)
                .with(csrf()).with(from(address))).andReturn();
        return r.getResponse().getRedirectedUrl();
    }

    private String newUser(String name) {
        String password = "right-password-" + Passwords.generate();
        accounts.create(name, "受限用户", Passwords.encoder().encode(password), EnumSet.of(Role.MEMBER));
        return password;
    }

    /** The failed logins of one user name in the audit trail: rows and their counts. */
    private List<AuditLog.Event> failures(String name) {
        return audit.page("LOGIN_FAILED", "user:" + name, 0, 1000);
    }

    @Test
    void failuresPauseOnlyTheNameAndAddressThatMadeThem() throws Exception {
        String name = "throttled";
        String password = newUser(name);
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            assertThat(formLogin(name, "guess" + i, "10.2.0.1")).endsWith("/login?error");
        }
        assertThat(formLogin(name, password, "10.2.0.1")).as("the pair that failed").endsWith("/login?locked");
        String page = mvc.perform(get("/login").param("locked", "")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("登录失败次数过多");
        MvcResult api = mvc.perform(get("/api/search").param("q", "整改").with(httpBasic(name, password))
                .with(from("10.2.0.1"))).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(429);
        assertThat(api.getResponse().getHeader("Retry-After")).isNotBlank();

        assertThat(status(get("/api/search").param("q", "整改").with(httpBasic(name, password))
                .with(from("10.2.0.2")))).as("the right password from another address").isEqualTo(200);
        assertThat(formLogin(name, password, "10.2.0.3")).isEqualTo("/");
        assertThat(formLogin("member", WebFixture.password(Role.MEMBER), "10.2.0.1"))
                .as("another name from the address that failed").isEqualTo("/");
    }

    @Test
    void aNameGuessedFromManyAddressesIsNeverRefusedTheRightPassword() throws Exception {
        String name = "besieged";
        String password = newUser(name);
        for (int i = 0; i <= LoginThrottle.FREE; i++) {
            assertThat(formLogin(name, "guess" + i, "10.7.0." + i)).endsWith("/login?error");
        }
        assertThat(formLogin(name, password, "10.7.1.1")).isEqualTo("/");
        assertThat(status(get("/api/search").param("q", "整改").with(httpBasic(name, password))
                .with(from("10.7.1.2")))).isEqualTo(200);
    }

    @Test
    void aValidTokenIsNeverRefusedWhateverItsAddressFailedBefore() throws Exception {
        String name = "tokenuser";
        String password = newUser(name);
        String token = accounts.createToken(name, "检索脚本", "admin");
        String address = "10.8.0.1";
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            formLogin(name, "guess" + i, address);
        }
        assertThat(formLogin(name, password, address)).endsWith("/login?locked");
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            assertThat(status(get("/api/search").param("q", "整改").header("Authorization", "Bearer skb_forged" + i)
                    .with(from(address)))).isEqualTo(401);
        }
        MvcResult flood = mvc.perform(get("/api/search").param("q", "整改")
                .header("Authorization", "Bearer skb_forged").with(from(address))).andReturn();
        assertThat(flood.getResponse().getStatus()).as("invalid tokens from that address").isEqualTo(429);
        assertThat(flood.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(status(get("/api/search").param("q", "整改").header("Authorization", "Bearer " + token)
                .with(from(address)))).isEqualTo(200);
    }

    @Test
    void eachBadPasswordIsCheckedCountedAndAuditedOnce() throws Exception {
        String name = "counted";
        newUser(name);
        for (int i = 1; i <= 3; i++) {
            assertThat(formLogin(name, "guess" + i, "10.5.0." + i)).endsWith("/login?error");
        }
        assertThat(status(get("/api/search").param("q", "整改").with(httpBasic(name, "guess-basic"))
                .with(from("10.5.0.4")))).isEqualTo(401);
        assertThat(failures(name)).as("four tries from four addresses, form and Basic").hasSize(4)
                .allSatisfy(e -> assertThat(e.count()).isEqualTo(1));

        String other = "fivefree";
        String password = newUser(other);
        for (int i = 1; i <= LoginThrottle.FREE; i++) {
            assertThat(formLogin(other, "guess" + i, "10.5.1.1")).as("try %d", i).endsWith("/login?error");
        }
        assertThat(formLogin(other, password, "10.5.1.1")).as("the sixth try").endsWith("/login?locked");
        assertThat(failures(other).stream().mapToInt(AuditLog.Event::count).sum())
                .as("five failures and one refusal").isEqualTo(LoginThrottle.FREE + 1);
    }

    @Test
    void aFloodOfFailedLoginsFromOneAddressIsAFewAuditRowsWithCounts() throws Exception {
        for (int i = 0; i < 100; i++) {
            formLogin("made-up-user", "guess" + i, "10.9.0.1");
        }
        List<AuditLog.Event> rows = failures("made-up-user");
        assertThat(rows).as("one row a minute").hasSizeBetween(1, 2);
        assertThat(rows.stream().mapToInt(AuditLog.Event::count).sum()).isEqualTo(100);
    }

    @Test
    void eventsOlderThanTheRetentionAreGoneAfterStartUp() {
        assertThat(audit.page(null, "user:ancient", 0, 10)).as("written 400 days ago, kept 365").isEmpty();
        assertThat(audit.page("USER_CREATED", null, 0, 10)).as("the fixture's users, written today").isNotEmpty();
    }

    @Test
    void theAuditPageSaysHowLongTheTrailIsKept() throws Exception {
        String trail = mvc.perform(get("/admin/audit").with(as(Role.ADMIN))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(trail).contains("保留 365 天");
    }

    @Test
    void scriptsSignInWithBasicOrATokenAndNeedNoCsrfToken() throws Exception {
        assertThat(status(get("/api/search").param("q", "整改").with(as(Role.MEMBER)))).isEqualTo(200);
        assertThat(status(get("/api/search").param("q", "整改").with(httpBasic("member", "wrong-password"))
                .with(from("10.3.0.1")))).isEqualTo(401);
        MvcResult created = mvc.perform(post("/admin/users/member/tokens").param("label", "检索脚本")
                .with(as(Role.ADMIN))).andReturn();
        String flash = (String) created.getFlashMap().get("secret");
        Matcher m = Pattern.compile("skb_[A-Za-z0-9_-]+").matcher(flash);
        assertThat(m.find()).isTrue();
        String token = m.group();
        MvcResult search = mvc.perform(get("/api/search").param("q", "走马观花")
                .header("Authorization", "Bearer " + token)).andReturn();
        assertThat(search.getResponse().getStatus()).isEqualTo(200);
        assertThat(search.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(WebFixture.OPINIONS);
        assertThat(search.getRequest().getSession(false)).as("a token opens no session").isNull();
        assertThat(status(get("/api/search").param("q", "整改").header("Authorization", "Bearer skb_forged")
                .with(from("10.3.0.2")))).isEqualTo(401);
        assertThat(status(put("/api/tags").param("id", WebFixture.ESSAY).contentType("application/json").content("{\"tags\":[]}")
                .header("Authorization", "Bearer " + token))).as("a member's token may not tag").isEqualTo(403);
        assertThat(audit.page("TOKEN_CREATED", "member", 0, 5)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
    }

    /** Each action with the roles that may do it; every other role must get 403. */
    @Test
    void everyRoleMayDoWhatItsRoleGrantsAndNothingMore() throws Exception {
        MockMultipartFile file = new MockMultipartFile("files", "权限测试.txt", "text/plain",
                "权限测试文档：整改落实。".getBytes(StandardCharsets.UTF_8));
        Map<String, Action> actions = new java.util.LinkedHashMap<>();
        actions.put("search page", new Action(() -> get("/search").param("q", "整改"), Role.MEMBER));
        actions.put("search api", new Action(() -> get("/api/search").param("q", "整改"), Role.MEMBER));
        actions.put("read document", new Action(() -> get("/document").param("id", WebFixture.PLAN), Role.MEMBER));
        actions.put("download", new Action(() -> get("/api/file").param("id", WebFixture.PLAN), Role.MEMBER));
        actions.put("cite", new Action(() -> get("/api/cite").param("id", WebFixture.PLAN).param("p", "1"), Role.MEMBER));
        actions.put("ledger", new Action(() -> get("/ledger"), Role.MEMBER));
        actions.put("ledger export", new Action(() -> get("/ledger.xlsx"), Role.MEMBER));
        actions.put("upload page", new Action(() -> get("/upload"), Role.WRITER));
        actions.put("upload", new Action(() -> multipart("/api/upload").file(file), Role.WRITER));
        actions.put("tag", new Action(() -> put("/api/tags").param("id", WebFixture.ESSAY)
                .contentType("application/json").content("{\"tags\":[\"学习\"]}"),
                Role.WRITER));
        actions.put("edit metadata", new Action(() -> post("/document/edit").param("id", WebFixture.ESSAY)
                .param("type", "心得体会").param("phase", "学习调研").param("campaign", WebFixture.CAMPAIGN)
                .param("tags", ""), Role.WRITER));
        actions.put("confirm link", new Action(() -> post(NO_PROBLEM + "/links/k/confirm"), Role.LEADER));
        actions.put("attach by hand", new Action(() -> post(NO_PROBLEM + "/attach").param("key", "k")
                .param("reason", "测试"), Role.LEADER));
        actions.put("set status", new Action(() -> post(NO_PROBLEM + "/status").param("status", "已整改")
                .param("reason", "测试"), Role.LEADER));
        actions.put("users page", new Action(() -> get("/admin/users"), Role.ADMIN));
        actions.put("audit page", new Action(() -> get("/admin/audit"), Role.ADMIN));
        actions.put("reset password", new Action(() -> post("/admin/users/throwaway/password"), Role.ADMIN));
        List<String> wrong = new ArrayList<>();
        for (var e : actions.entrySet()) {
            for (Role role : Role.values()) {
                boolean allowed = role.compareTo(e.getValue().lowest()) >= 0;
                int status = status(e.getValue().request().get().with(as(role)));
                if (allowed ? status == 403 || status == 401 || status >= 500 : status != 403) {
                    wrong.add(e.getKey() + " as " + role + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    record Action(java.util.function.Supplier<AbstractMockHttpServletRequestBuilder<?>> request, Role lowest) {
    }

    @Test
    void aSignedInFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        MvcResult login = mvc.perform(post("/login").param("username", "writer")
                .param("password", WebFixture.password(Role.WRITER)).with(csrf())).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(status(post("/document/edit").session(session).param("id", WebFixture.ESSAY)
                .param("type", "党课讲稿"))).isEqualTo(403);
        String form = mvc.perform(get("/document").param("id", WebFixture.ESSAY).session(session)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndTheOtherHeaders() throws Exception {
        MvcResult page = mvc.perform(get("/search").param("q", "整改").with(as(Role.MEMBER))).andReturn();
        String csp = page.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(csp.replaceAll(".*script-src ([^;]*).*", "$1")).doesNotContain("unsafe-inline");
        assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
        MvcResult login = mvc.perform(get("/login")).andReturn();
        assertThat(login.getResponse().getHeader("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CSP);
    }

    /**
     * The CSP forbids inline script and inline style ({@code style-src 'self'}); this keeps the templates from
     * needing them: a style attribute or a {@code <style>} element is ignored by the browser and the page loses
     * its layout (the ledger's chart had no height).
     */
    @Test
    void noTemplateHasInlineScriptEventHandlersOrStyles() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|javascript:"
                + "|<style\\b|\\s(?:th:|data-th-)?style\\s*=", Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("studykb-app/src/main/resources/templates"))) {
            for (Path f : files.toList()) {
                Matcher m = inline.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void userChangesAreAuditedAndOnlyTheAdministratorReadsTheTrail() throws Exception {
        MvcResult created = mvc.perform(post("/admin/users").param("username", "zhao").param("displayName", "赵敏")
                .param("role", "WRITER").with(as(Role.ADMIN))).andReturn();
        String secret = (String) created.getFlashMap().get("secret");
        String password = secret.substring(secret.lastIndexOf('：') + 1);
        assertThat(status(get("/api/search").param("q", "整改").with(httpBasic("zhao", password)))).isEqualTo(200);
        mvc.perform(post("/admin/users/zhao/roles").param("role", "LEADER").with(as(Role.ADMIN)));
        mvc.perform(post("/admin/users/zhao/enabled").param("enabled", "false").with(as(Role.ADMIN)));
        assertThat(status(get("/api/search").param("q", "整改").with(httpBasic("zhao", password))
                .with(from("10.4.0.1")))).as("a disabled user cannot sign in").isEqualTo(401);
        String trail = mvc.perform(get("/admin/audit").param("q", "zhao").with(as(Role.ADMIN))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(trail).contains("新建用户").contains("修改角色").contains("启用或停用用户")
                .contains("撰写").contains("领导").doesNotContain(password);
        assertThat(audit.page("USER_CREATED", "zhao", 0, 5).get(0).after()).doesNotContain(password);
        assertThat(status(get("/admin/audit").with(as(Role.LEADER)))).isEqualTo(403);
    }

    @Test
    void aGeneratedPasswordIsChangedAtTheFirstPageLoginWhileScriptsGoOn() throws Exception {
        MvcResult created = mvc.perform(post("/admin/users").param("username", "wuming").param("displayName", "孙立")
                .param("role", "MEMBER").with(as(Role.ADMIN))).andReturn();
        String secret = (String) created.getFlashMap().get("secret");
        assertThat(secret).as(created.getResponse().getStatus() + " " + created.getResponse().getRedirectedUrl() + " "
                + created.getFlashMap()).isNotNull();
        String generated = secret.substring(secret.lastIndexOf('：') + 1);
        assertThat(accounts.mustChangePassword("wuming")).isTrue();
        MockHttpSession session = signIn("wuming", generated);
        for (String page : List.of("/", "/search?q=x", "/ledger", "/document?id=x")) {
            MvcResult r = mvc.perform(get(java.net.URI.create(page)).session(session)).andReturn();
            assertThat(r.getResponse().getStatus()).as(page).isEqualTo(302);
            assertThat(r.getResponse().getRedirectedUrl()).as(page).isEqualTo("/account?first");
        }
        assertThat(mvc.perform(get("/account").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"must-change\"").contains("系统生成");
        assertThat(status(get("/api/search").param("q", "整改").session(session))).as("the API goes on").isEqualTo(200);
        String token = accounts.createToken("wuming", "脚本", "admin");
        assertThat(status(get("/api/search").param("q", "整改").header("Authorization", "Bearer " + token)))
                .as("scripts with a token go on").isEqualTo(200);
        mvc.perform(post("/account/password").param("current", generated).param("password", "lake-river-pass-2026")
                .param("confirm", "lake-river-pass-2026").session(session).with(csrf()));
        assertThat(accounts.mustChangePassword("wuming")).isFalse();
        MockHttpSession again = signIn("wuming", "lake-river-pass-2026");
        assertThat(status(get("/search").param("q", "整改").session(again))).isEqualTo(200);
        mvc.perform(post("/admin/users/wuming/password").with(as(Role.ADMIN)));
        assertThat(accounts.mustChangePassword("wuming")).as("a reset password is generated too").isTrue();
        accounts.setPassword("wuming", Passwords.encoder().encode("lake-river-pass-2027"), "测试");
        assertThat(accounts.mustChangePassword("wuming")).isFalse();
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        String old = "first-password-" + Passwords.generate();
        accounts.create("qian", "钱进", Passwords.encoder().encode(old), Set.of(Role.MEMBER));
        RequestPostProcessor qian = httpBasic("qian", old);
        MvcResult wrong = mvc.perform(post("/account/password").param("current", "nope").param("password", "new-password-2026")
                .param("confirm", "new-password-2026").with(qian)).andReturn();
        assertThat(wrong.getFlashMap().get("error")).isEqualTo("当前密码不对");
        MvcResult weak = mvc.perform(post("/account/password").param("current", old).param("password", "short")
                .param("confirm", "short").with(qian)).andReturn();
        assertThat((String) weak.getFlashMap().get("error")).contains("至少");
        mvc.perform(post("/account/password").param("current", old).param("password", "new-password-2026")
                .param("confirm", "new-password-2026").with(qian));
        assertThat(status(get("/api/search").param("q", "整改").with(httpBasic("qian", "new-password-2026"))))
                .isEqualTo(200);
        assertThat(accounts.find("qian").orElseThrow().passwordHash()).startsWith("{bcrypt}")
                .doesNotContain("new-password-2026");
    }

    /** Signs in through the login form: the session it opens, as a browser keeps it. */
    private MockHttpSession signIn(String name, String password) throws Exception {
        MvcResult login = mvc.perform(post("/login").param("username", name).param("password", password)
                .with(csrf())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as("%s signed in", name).isEqualTo("/");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    /** A new user with one role; its password. */
    private String newUser(String name, Role role) {
        String password = "pw-" + name + "-" + Passwords.generate();
        accounts.create(name, name, Passwords.encoder().encode(password), EnumSet.of(role));
        return password;
    }

    /** A page of that session goes to the login page, an API call of the other session is answered 401. */
    private void assertEnded(MockHttpSession page, MockHttpSession api) throws Exception {
        MvcResult search = mvc.perform(get("/search").param("q", "整改").session(page)).andReturn();
        assertThat(search.getResponse().getStatus()).isEqualTo(302);
        assertThat(search.getResponse().getRedirectedUrl()).startsWith("/login");
        assertThat(status(get("/api/file").param("id", WebFixture.PLAN).session(api))).isEqualTo(401);
    }

    @Test
    void aDisabledUsersSessionsEndOnTheirNextRequest() throws Exception {
        String password = newUser("sun", Role.MEMBER);
        MockHttpSession page = signIn("sun", password);
        MockHttpSession api = signIn("sun", password);
        assertThat(status(get("/search").param("q", "整改").session(page))).isEqualTo(200);
        assertThat(status(get("/api/file").param("id", WebFixture.PLAN).session(api))).isEqualTo(200);
        mvc.perform(post("/admin/users/sun/enabled").param("enabled", "false").with(as(Role.ADMIN)));
        assertEnded(page, api);
        MvcResult login = mvc.perform(get("/login").param("changed", "")).andReturn();
        assertThat(login.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("请重新登录");
    }

    @Test
    void aLoginTurnedOffAndOnAgainBeforeTheNextRequestStillEndsTheSession() throws Exception {
        String password = newUser("qin", Role.MEMBER);
        MockHttpSession page = signIn("qin", password);
        MockHttpSession api = signIn("qin", password);
        mvc.perform(post("/admin/users/qin/enabled").param("enabled", "false").with(as(Role.ADMIN)));
        mvc.perform(post("/admin/users/qin/enabled").param("enabled", "true").with(as(Role.ADMIN)));
        assertEnded(page, api);
    }

    @Test
    void aPasswordResetEndsTheSessionsSignedInWithTheOldOne() throws Exception {
        String password = newUser("li", Role.MEMBER);
        MockHttpSession page = signIn("li", password);
        MockHttpSession api = signIn("li", password);
        mvc.perform(post("/admin/users/li/password").with(as(Role.ADMIN)));
        assertEnded(page, api);
    }

    @Test
    void aUserWhoChangesTheirOwnPasswordSignsInAgainWithTheNewOne() throws Exception {
        String password = newUser("feng", Role.MEMBER);
        MockHttpSession page = signIn("feng", password);
        MockHttpSession other = signIn("feng", password);
        MvcResult changed = mvc.perform(post("/account/password").session(page).with(csrf())
                .param("current", password).param("password", "new-password-2026")
                .param("confirm", "new-password-2026")).andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/login?password");
        assertEnded(page, other);
        signIn("feng", "new-password-2026");
    }

    @Test
    void aDowngradedWriterCanNoLongerUploadWithTheOldSession() throws Exception {
        String password = newUser("zhou", Role.WRITER);
        MockHttpSession session = signIn("zhou", password);
        MockMultipartFile file = new MockMultipartFile("files", "降级测试.txt", "text/plain",
                "降级测试文档：整改落实。".getBytes(StandardCharsets.UTF_8));
        assertThat(status(multipart("/api/upload").file(file).session(session).with(csrf()))).isEqualTo(200);
        mvc.perform(post("/admin/users/zhou/roles").param("role", "MEMBER").with(as(Role.ADMIN)));
        assertThat(status(multipart("/api/upload").file(file).session(session).with(csrf())))
                .as("ended (401) or with the new role's rights (403)").isIn(401, 403);
    }

    @Test
    void aDowngradedLeaderCanNoLongerDownloadALeadersFileWithTheOldSession() throws Exception {
        String id = WebFixture.REPORT;
        assertThat(status(put("/api/document").param("id", id).contentType("application/json")
                .content("{\"access\":[\"领导\"]}").with(as(Role.ADMIN)))).isEqualTo(200);
        try {
            String password = newUser("wu", Role.LEADER);
            MockHttpSession session = signIn("wu", password);
            assertThat(status(get("/api/file").param("id", id).session(session))).isEqualTo(200);
            mvc.perform(post("/admin/users/wu/roles").param("role", "MEMBER").with(as(Role.ADMIN)));
            assertThat(status(get("/api/file").param("id", id).session(session)))
                    .as("ended (401) or not visible to a 党员 (404)").isIn(401, 404);
        } finally {
            mvc.perform(put("/api/document").param("id", id).contentType("application/json")
                    .content("{\"access\":[]}").with(as(Role.ADMIN)));
        }
    }

    /** The store is shared with other processes (H2's mixed mode): a change made there counts as well. */
    @Test
    void aUserDisabledByTheCommandLineInAnotherProcessLosesTheSession() throws Exception {
        String password = newUser("zheng", Role.MEMBER);
        MockHttpSession page = signIn("zheng", password);
        MockHttpSession api = signIn("zheng", password);
        Path log = Files.createTempFile(FIXTURE.root, "users-", ".log");
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.studykb.cli.Main",
                "users", "disable", "zheng", "--data", FIXTURE.data.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(cli.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("users disable finished").isTrue();
        assertThat(cli.exitValue()).as(Files.readString(log)).isZero();
        assertEnded(page, api);
    }

    /** A session cookie with a header that is not a working Basic or Bearer login still needs its CSRF token. */
    @Test
    void csrfIsSkippedOnlyWhenBasicOrBearerSignedTheRequestIn() throws Exception {
        MockHttpSession session = signIn("writer", WebFixture.password(Role.WRITER));
        String wrongBasic = "Basic " + java.util.Base64.getEncoder()
                .encodeToString("writer:wrong-password".getBytes(StandardCharsets.UTF_8));
        for (String header : List.of("Foo bar", "", "Bearer", wrongBasic)) {
            assertThat(status(post("/document/edit").session(session).header("Authorization", header)
                    .param("id", WebFixture.ESSAY).param("type", "党课讲稿")))
                    .as("Authorization: %s", header).isIn(401, 403);
        }
        assertThat(status(put("/api/tags").param("id", WebFixture.ESSAY).contentType("application/json")
                .content("{\"tags\":[\"学习\"]}").header("Authorization", WebFixture.basic(Role.WRITER))))
                .as("a script signed in by Basic needs no token").isEqualTo(200);
    }

    /** Role checks do not depend on a handler's package: one in a subpackage of web is checked as well. */
    @Test
    void aHandlerInASubpackageIsRoleCheckedToo() throws Exception {
        assertThat(status(get("/split/users").with(as(Role.MEMBER)))).isEqualTo(403);
        assertThat(status(get("/split/users").with(as(Role.ADMIN)))).isEqualTo(200);
    }

    /** Every handler of ours is either role-checked or marked public; the rest are the libraries' few. */
    @Test
    void everyHandlerIsRoleCheckedOrMarkedPublic() {
        List<String> ours = new ArrayList<>();
        Set<String> others = new java.util.TreeSet<>();
        for (var mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, method) -> {
                Class<?> type = method.getBeanType();
                if (PermissionCheck.checks(type)) {
                    ours.add(type.getSimpleName() + "." + method.getMethod().getName());
                } else if (!type.isAnnotationPresent(PublicPage.class)) {
                    others.add(type.getName());
                }
            });
        }
        assertThat(ours).contains("SplitPage.users", "AdminPages.users", "SearchApiController.search");
        assertThat(others).as("handlers without a role check").allMatch(n -> !n.startsWith("org.studykb."))
                .containsExactlyInAnyOrder(LIBRARY_HANDLERS);
    }

    /** Handlers of libraries, behind the security chain's login but without a role check. */
    static final String[] LIBRARY_HANDLERS = {
            "org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController", // error pages, for all
            "org.springdoc.webmvc.api.OpenApiWebMvcResource",      // /v3/api-docs: the API's description, no data
            "org.springdoc.webmvc.ui.SwaggerConfigResource",       // Swagger UI's settings
            "org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc",        // /swagger-ui -> its index page
    };
}
