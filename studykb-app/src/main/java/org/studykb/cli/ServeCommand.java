package org.studykb.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.studykb.search.Backends;
import org.studykb.web.StudykbApplication;

/**
 * {@code serve [--data DIR] [--config DIR] [--port N]}: the web pages and the JSON API. With {@code --backend solr}
 * and {@code --solr}/{@code --zk} (as {@code index}, {@code search} and {@code problems} take them) the index is a
 * SolrCloud collection: they set {@code studykb.backend} and {@code studykb.solr.*}, which application.yml, a
 * {@code -Dstudykb.backend=solr} or {@code STUDYKB_BACKEND=solr} can set as well; without {@code --backend} those win.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "启动网页和 JSON 接口")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Mixin
    BackendOptions backend;

    @Option(names = "--port", paramLabel = "N", description = "端口，默认 8080")
    int port = 8080;

    @Override
    public Integer call() throws InterruptedException {
        if (!backend.problem().isEmpty()) {
            System.err.println("错误：" + backend.problem());
            return Main.EXIT_USAGE;
        }
        try {
            Backends.require(backend.backend); // said plainly now, not at the end of a failed start-up's chain
        } catch (Backends.MissingBackendException e) {
            System.err.println("错误：" + e.getMessage());
            return Main.EXIT_USAGE;
        }
        CountDownLatch closed = new CountDownLatch(1);
        SpringApplication app = new SpringApplication(StudykbApplication.class);
        app.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ConfigurableApplicationContext context = app.run(arguments().toArray(String[]::new));
        if (context.isActive()) {
            closed.await();
        }
        return 0;
    }

    /** The Spring properties these options set; the backend's only when {@code --backend solr} was given. */
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of(
                "--studykb.data=" + options.data.toAbsolutePath(),
                "--studykb.config=" + options.config.toAbsolutePath(),
                "--server.port=" + port));
        if (!backend.embedded()) {
            args.add("--studykb.backend=" + backend.backend);
            if (!backend.solrUrls.isEmpty()) {
                args.add("--studykb.solr.urls=" + String.join(",", backend.solrUrls));
            }
            if (!backend.zkHost.isEmpty()) {
                args.add("--studykb.solr.zk-host=" + backend.zkHost);
            }
            args.add("--studykb.solr.collection=" + backend.collection);
            args.add("--studykb.solr.shards=" + backend.shards);
            args.add("--studykb.solr.replicas=" + backend.replicas);
        }
        return args;
    }
}
