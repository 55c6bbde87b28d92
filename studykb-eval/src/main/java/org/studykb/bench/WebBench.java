package org.studykb.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve} as a user meets it, in a child process on an index left by {@link IndexBench}: the time
 * from launching it until the first search is answered, resident memory
 * (VmRSS of /proc/PID/status) and live heap (after a GC, via jcmd) after start and after the load, and the
 * latency of every eval query over HTTP on the JSON API ({@code /api/search}) and the results page
 * ({@code /search}), single-threaded and with 8 client threads.
 *
 * <p>When the environment variable {@code STUDYKB_AUTH} is set, every request carries it as its
 * {@code Authorization} header (for example {@code Bearer abc}); when unset, no such header is sent.
 *
 * <p>The launch is the product's: {@code scripts/serve.sh} (run from the working directory) with the jar as
 * {@code STUDYKB_JAR}, that is the extracted jar with its class-data-sharing archive, prepared before the clock
 * starts. {@code --launch=jar} measures the plain {@code java -jar JAR serve} instead, for before/after figures.
 * With ROUNDS 0 only start-up and memory after it are measured.
 *
 * <pre>WebBench [--launch=script|jar] JAR DATA_DIR [TOPICS=scripts/eval/topics.tsv] [CONFIG=indexer] [ROUNDS=5] [HEAP=1g]</pre>
 */
public final class WebBench {
    static final int THREADS = 8;
    static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    static final Path SERVE_SCRIPT = Path.of("scripts", "serve.sh");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String auth;

    private WebBench(int port, String auth) {
        this.base = "http://127.0.0.1:" + port;
        this.auth = auth;
    }

    /** STUDYKB_AUTH when set, else a token for a 党员 "bench" user made in the data folder's store. */
    static String auth(Path data) {
        String env = System.getenv("STUDYKB_AUTH");
        if (env != null && !env.isEmpty()) {
            return env;
        }
        javax.sql.DataSource ds = org.studykb.store.StoreDatabase.openH2(data);
        var accounts = new org.studykb.store.UserAccounts(ds, new org.studykb.store.AuditLog(ds));
        return "Bearer " + accounts.createToken("bench", org.studykb.access.Role.MEMBER, "WebBench", "bench");
    }

    /** How {@code serve} is started: through scripts/serve.sh as run.sh does, or by {@code java -jar}. */
    enum Launch { SCRIPT, JAR }

    public static void main(String[] args) throws Exception {
        Launch launch = Launch.SCRIPT;
        if (args.length > 0 && args[0].startsWith("--launch=")) {
            launch = Launch.valueOf(args[0].substring("--launch=".length()).toUpperCase(java.util.Locale.ROOT));
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        if (args.length < 2) {
            System.err.println("usage: WebBench [--launch=script|jar] JAR DATA_DIR [TOPICS] [CONFIG] [ROUNDS] [HEAP]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path topics = Path.of(args.length > 2 ? args[2] : "scripts/eval/topics.tsv");
        Path config = Path.of(args.length > 3 ? args[3] : "indexer");
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        String heap = args.length > 5 ? args[5] : "1g";
        List<String> queries = SearchBench.queries(topics);
        int port = freePort();
        WebBench bench = new WebBench(port, auth(data));
        Path log = Files.createTempFile("bench-serve", ".log");
        List<String> serveArgs = List.of("--data", data.toString(), "--config", config.toString(),
                "--port", Integer.toString(port));
        ProcessBuilder start;
        if (launch == Launch.SCRIPT) {
            prepare(jar);
            start = serveScript(jar, "-Xmx" + heap, serveArgs);
        } else {
            List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap, "-jar", jar.toString(), "serve"));
            cmd.addAll(serveArgs);
            start = new ProcessBuilder(cmd);
        }
        long t0 = System.nanoTime();
        Process server = start.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            bench.awaitFirstAnswer(server, queries.get(0), log);
            Measure.report("serve -Xmx" + heap + " (" + launch.name().toLowerCase(java.util.Locale.ROOT)
                    + "): start until first search answered", String.format(
                    java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - t0) / 1e9));
            reportMemory(server, "after start");
            if (rounds > 0) {
                bench.latencies("/api/search", queries, rounds);
                bench.latencies("/search", queries, rounds);
                reportMemory(server, "after the load");
            }
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            Files.deleteIfExists(log);
        }
    }

    /** scripts/serve.sh with the jar, the JVM options and this JVM's java; {@code exec}s java, so the pid is serve's. */
    static ProcessBuilder serveScript(Path jar, String javaOpts, List<String> serveArgs) {
        List<String> cmd = new ArrayList<>(List.of("bash", SERVE_SCRIPT.toString()));
        cmd.addAll(serveArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("STUDYKB_JAR", jar.toAbsolutePath().toString());
        pb.environment().put("JAVA_OPTS", javaOpts);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb;
    }

    private static void reportMemory(Process server, String when) throws IOException, InterruptedException {
        Measure.report("serve: resident memory / live heap " + when,
                Measure.mib(rss(server.pid())) + " / " + Measure.mib(liveHeap(server.pid())));
    }

    /** Makes the extracted jar and its archive up to date before anything is timed. */
    private static void prepare(Path jar) throws IOException, InterruptedException {
        if (!Files.isRegularFile(SERVE_SCRIPT)) {
            throw new IOException("no " + SERVE_SCRIPT.toAbsolutePath() + ": run WebBench from the repository");
        }
        Process p = serveScript(jar, "", List.of("--prepare")).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(SERVE_SCRIPT + " --prepare failed with exit code " + p.exitValue());
        }
    }

    /** Asks for the first query every 50 ms until it is answered with 200. */
    private void awaitFirstAnswer(Process server, String query, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IOException("serve exited with " + server.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = client.send(request("/api/search", query), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the port is not open yet: ask again
            }
            Thread.sleep(50);
        }
        throw new IOException("serve did not answer a search within " + START_LIMIT + ":\n" + Files.readString(log));
    }

    /**
     * One warm-up pass, then the measured rounds on 1 thread, then the same requests again sent by
     * {@value #THREADS} client threads at once (each request's latency, and requests per second).
     */
    private void latencies(String path, List<String> queries, int rounds) throws Exception {
        for (String q : queries) {
            get(path, q);
        }
        long[] single = new long[queries.size() * rounds];
        int i = 0;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String q : queries) {
                single[i++] = get(path, q);
            }
        }
        SearchBench.latencies("HTTP " + path + " 1 thread", single, (System.nanoTime() - t0) / 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (String q : queries) {
                    futures.add(pool.submit(() -> get(path, q)));
                }
            }
            long[] multi = new long[futures.size()];
            for (int k = 0; k < multi.length; k++) {
                multi[k] = futures.get(k).get();
            }
            SearchBench.latencies("HTTP " + path + " " + THREADS + " threads", multi, (System.nanoTime() - t0) / 1e9);
        } catch (ExecutionException e) {
            throw new IOException("a request failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One request, body read whole; returns nanoseconds, fails on any status but 200. */
    private long get(String path, String query) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = client.send(request(path, query), HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + " for " + path + "?q=" + query);
        }
        return nanos;
    }

    private HttpRequest request(String path, String query) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path + "?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30));
        if (auth != null && !auth.isEmpty()) {
            b.header("Authorization", auth);
        }
        return b.GET().build();
    }

    /** VmRSS of /proc/PID/status, in bytes. */
    static long rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS in /proc/" + pid + "/status");
    }

    /** Heap in use right after a full GC of the process, from {@code jcmd PID GC.heap_info}. */
    static long liveHeap(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        if (!m.find()) {
            throw new IOException("no heap figure in jcmd GC.heap_info:\n" + info);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("jcmd " + command + " failed:\n" + out);
        }
        return out;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
