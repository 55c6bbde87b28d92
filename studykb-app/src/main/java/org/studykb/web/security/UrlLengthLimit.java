package org.studykb.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.studykb.web.ApiErrors;
import org.studykb.web.ErrorAdvice;

/**
 * Refuses a URL longer than {@value #MAX} characters (path and query) with our own answer: JSON under {@code /api},
 * the error page elsewhere, 414 URI Too Long. Tomcat accepts request lines up to
 * {@code server.max-http-request-header-size} (64KB), well above this, so its bare HTML 400 is not what people see.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UrlLengthLimit extends OncePerRequestFilter {
    static final int MAX = 8192;
    public static final String MESSAGE = "网址太长：最长 " + MAX + " 个字符（检索词请写短一些）";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        int length = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (length <= MAX) {
            chain.doFilter(request, response);
        } else if (ErrorAdvice.isApi(request)) {
            ApiErrors.write(response, HttpStatus.URI_TOO_LONG.value(), MESSAGE + "，这个有 " + length + " 个字符");
        } else {
            response.sendError(HttpStatus.URI_TOO_LONG.value());
        }
    }
}
