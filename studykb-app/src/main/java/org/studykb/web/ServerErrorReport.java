package org.studykb.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.buf.MessageBytes;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors Tomcat answers itself, before any filter or controller (a request line or headers over
 * {@code server.max-http-request-header-size}): our JSON under {@code /api} and when the path could not be read,
 * elsewhere a page in our style, in Chinese; never Tomcat's own HTML report with its version. Errors our code answers already have a body and pass.
 */
@Component
class ServerErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(Valve.class.getName());
            }
        });
    }

    /** Tomcat's error report, with our words. Public with a public constructor: Tomcat creates it by class name. */
    public static final class Valve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean io = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, io);
            if (!io.get()) {
                return;
            }
            String message = status == 400 ? "请求太大或格式不对：网址和请求头合计最多 64 KB（检索词请写短一些）"
                    : ErrorMessages.of(status);
            boolean api = apiOrUnknown(request.getCoyoteRequest().requestURI());
            try {
                response.setContentType(api ? "application/json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                Writer out = response.getReporter();
                if (out != null) {
                    out.write(api ? json(status, message) : html(status, message));
                }
            } catch (IOException | IllegalStateException e) {
                LoggerFactory.getLogger(ServerErrorReport.class).warn("could not write the {} answer: {}", status,
                        e.toString());
            }
        }

        /**
         * True under {@code /api}, and when Tomcat could not read the request line at all (too long to hold): then
         * JSON, which a script can parse and a browser still shows as readable text.
         */
        private static boolean apiOrUnknown(MessageBytes uri) {
            String u = uri == null || uri.isNull() ? "" : uri.toString();
            return u.isEmpty() || u.equals("/api") || u.startsWith("/api/");
        }

        private static String json(int status, String message) {
            var body = ErrorAdvice.body(status, message);
            return "{\"status\":" + status + ",\"error\":\"" + ApiErrors.json((String) body.get("error"))
                    + "\",\"message\":\"" + ApiErrors.json(message) + "\"}";
        }

        private static String html(int status, String message) {
            return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + status
                    + " - 学习资料知识库</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body>"
                    + "<main class=\"error-page\"><h1>请求无法完成</h1><p id=\"message\">" + HtmlUtils.htmlEscape(message)
                    + "</p><p class=\"meta\">状态码 " + status + "</p><p><a href=\"/\">回到首页</a></p></main></body></html>";
        }
    }
}
