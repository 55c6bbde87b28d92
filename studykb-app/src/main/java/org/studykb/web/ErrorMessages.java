package org.studykb.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import org.studykb.web.security.UrlLengthLimit;

/**
 * The attributes of errors that reach Spring Boot's {@code /error} without passing our controllers (a
 * request the server refused early): the same {@code {status, error, message}} as {@link ErrorAdvice}.
 */
@Component
class ErrorMessages extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> defaults = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        int status = defaults.get("status") instanceof Integer s ? s : 500;
        Map<String, Object> body = new LinkedHashMap<>(ErrorAdvice.body(status, of(status)));
        return body;
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 403 -> "没有权限";
            case 404 -> "没有找到";
            case 405 -> "不支持这种请求方式";
            case 413 -> "上传的内容太大";
            case 414 -> UrlLengthLimit.MESSAGE;
            case 431 -> "请求头太大（例如 Cookie 太多）";
            default -> status >= 500 ? "服务器内部错误，请稍后再试" : "请求无法完成";
        };
    }
}
