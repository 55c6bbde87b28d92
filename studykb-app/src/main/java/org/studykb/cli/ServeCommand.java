package org.studykb.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.studykb.web.StudykbApplication;

/** {@code serve [--data DIR] [--config DIR] [--port N]}: the web pages and the JSON API. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "启动网页和 JSON 接口")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--port", paramLabel = "N", description = "端口，默认 8080")
    int port = 8080;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        SpringApplication app = new SpringApplication(StudykbApplication.class);
        app.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ConfigurableApplicationContext context = app.run(
                "--studykb.data=" + options.data.toAbsolutePath(),
                "--studykb.config=" + options.config.toAbsolutePath(),
                "--server.port=" + port);
        if (context.isActive()) {
            closed.await();
        }
        return 0;
    }
}
