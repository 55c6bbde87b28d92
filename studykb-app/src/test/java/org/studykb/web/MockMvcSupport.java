package org.studykb.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.util.EnumSet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.studykb.access.Role;
import org.studykb.web.security.Roles;

/**
 * The whole application in a mock servlet environment, with the real services over the shared read-only
 * fixture; the test classes that extend it share one Spring context.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import(MockMvcSupport.SignedIn.class)
abstract class MockMvcSupport {

    /**
     * Every request of these tests comes from a signed-in user with every role and carries a CSRF token; the
     * logins, the role checks and CSRF themselves are tested in {@code SecurityTest} without these defaults.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class SignedIn {
        @Bean
        MockMvcBuilderCustomizer signedIn() {
            return builder -> builder.defaultRequest(get("/")
                    .with(SecurityMockMvcRequestPostProcessors.user("tester")
                            .authorities(Roles.authorities(EnumSet.allOf(Role.class))))
                    .with(SecurityMockMvcRequestPostProcessors.csrf()));
        }
    }

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        WebFixture.shared().register(registry);
    }

    /** A GET of an encoded URL (taken as it is) with its status checked; the body as UTF-8 text. */
    String body(String url, int status) throws Exception {
        MvcResult result = mvc.perform(get(URI.create(url))).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (result.getResponse().getStatus() != status) {
            throw new AssertionError("GET " + url + ": status " + result.getResponse().getStatus()
                    + " instead of " + status + "\n" + body);
        }
        return body;
    }

    String page(String url) throws Exception {
        return body(url, 200);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
