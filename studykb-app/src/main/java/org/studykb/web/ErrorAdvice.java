package org.studykb.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.JacksonJsonView;

import org.studykb.library.Forbidden;
import org.studykb.web.security.CurrentUser;
import org.studykb.library.NotFound;

/**
 * Every error as people and scripts should see it: under {@code /api} JSON {@code {status, error, message}},
 * elsewhere the error page; the right status code, a message in Chinese, never a stack trace. Unexpected
 * errors are logged with a reference that the message repeats.
 */
@ControllerAdvice
public class ErrorAdvice {
    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final ObjectProvider<CurrentUser> user;

    ErrorAdvice(ObjectProvider<CurrentUser> user) {
        this.user = user;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView handle(Exception e, HttpServletRequest request) {
        ModelAndView mav = page(e, request);
        if (!isApi(request)) {
            framed(mav, request);
        }
        return mav;
    }

    /**
     * What the site's frame needs on an error page: who is signed in, what they may do (the menu), and a link back to
     * the page the request came from (its path on this site only, never another host).
     */
    private void framed(ModelAndView mav, HttpServletRequest request) {
        CurrentUser who = user.getIfAvailable();
        if (who != null) {
            mav.addObject("user", who.name());
            Set<String> can = new TreeSet<>();
            who.roles().forEach(r -> r.permissions().forEach(p -> can.add(p.name())));
            mav.addObject("can", can);
        }
        mav.addObject("back", back(request));
    }

    /** The path (and query) of the referring page on this site, or null. */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            String context = request.getContextPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || !path.startsWith(context)) {
                return null;
            }
            String local = path.substring(context.length());
            return (local.isEmpty() ? "/" : local) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private ModelAndView page(Exception e, HttpServletRequest request) {
        HttpStatusCode status = statusOf(e);
        String message = messageOf(e, status, request);
        if (status.is5xxServerError()) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("error {} on {} {}", ref, request.getMethod(), request.getRequestURI(), e);
            message = "服务器内部错误，请稍后再试（错误编号 " + ref + "）";
        }
        return view(request, status.value(), message);
    }

    /** The JSON body of an API error, in this order. */
    record ApiError(int status, String error, String message) {
    }

    static ModelAndView view(HttpServletRequest request, int status, String message) {
        Map<String, Object> model = body(status, message);
        ModelAndView mav;
        if (isApi(request)) {
            JacksonJsonView json = new JacksonJsonView();
            json.setExtractValueFromSingleKeyModel(true);
            mav = new ModelAndView(json, Map.of("error", new ApiError(status, (String) model.get("error"), message)));
        } else {
            mav = new ModelAndView("error", model);
        }
        mav.setStatus(HttpStatus.valueOf(status));
        return mav;
    }

    static Map<String, Object> body(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        HttpStatus known = HttpStatus.resolve(status);
        body.put("error", known == null ? "Error" : known.getReasonPhrase());
        body.put("message", message);
        return body;
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static HttpStatusCode statusOf(Exception e) {
        if (e instanceof NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof Forbidden) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        if (e instanceof ErrorResponse er) {
            return er.getStatusCode();
        }
        if (e instanceof InvalidParameterException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof IllegalArgumentException || e instanceof TypeMismatchException
                || e instanceof HttpMessageNotReadableException || e instanceof MultipartException) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String messageOf(Exception e, HttpStatusCode status, HttpServletRequest request) {
        if (e instanceof NotFound || e instanceof Forbidden || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof InvalidParameterException) {
            return "请求参数的编码无效（应为 UTF-8 百分号编码）";
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return "缺少参数：" + m.getParameterName();
        }
        if (e instanceof MissingServletRequestPartException m) {
            return "缺少上传的文件（表单字段 " + m.getRequestPartName() + "）";
        }
        if (e instanceof MethodArgumentTypeMismatchException m) {
            return "参数 " + m.getName() + " 的值「" + m.getValue() + "」无效";
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return "上传的内容太大，超过了服务器允许的上限";
        }
        if (e instanceof HttpMessageNotReadableException) {
            return "请求内容无法读取（应为 JSON）";
        }
        if (e instanceof NoResourceFoundException) {
            return "没有这个页面：" + request.getRequestURI();
        }
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return "这个地址不接受 " + m.getMethod() + " 请求";
        }
        return ErrorMessages.of(status.value());
    }
}
