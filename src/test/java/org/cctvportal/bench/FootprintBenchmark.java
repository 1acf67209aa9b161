package org.cctvportal.bench;

import static org.cctvportal.bench.BenchReport.loadAverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.cctvportal.stack.LocalStack;
import org.cctvportal.stack.PortalProcess;

/**
 * The portal in production mode, as the deployment runs it: the migration step first and apart, then the packaged
 * portal in the prod profile with the heap bound of its configuration ({@link PortalProcess#HEAP_BOUND}, Terraform's
 * default). Measures the time from starting the JVM to ready, the resident memory (RSS, from /proc) after a quiet
 * spell, after a short load of authenticated API requests, and quiet again after it.
 */
public final class FootprintBenchmark {

    static final String USER = "oxford.manager";
    static final double READY_TARGET_S = 3.0;
    static final double RSS_TARGET_MB = 300;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BenchReport report = new BenchReport("footprint-results.md");
    private final BenchSize size = BenchSize.current();
    private final int idleSeconds = Integer.getInteger("bench.idle-seconds", size.tiny() ? 1 : size.small() ? 5 : 20);
    private final int loadSeconds = Integer.getInteger("bench.load-seconds", size.tiny() ? 2 : size.small() ? 5 : 30);
    private LocalStack stack;

    public static void main(String[] args) {
        if (System.getProperty("bench.database") == null || "cctv_bench".equals(System.getProperty("bench.database"))) {
            System.setProperty("bench.database", BenchSize.current().database("cctv_bench_footprint"));
        }
        FootprintBenchmark bench = new FootprintBenchmark();
        int status = 0;
        try {
            bench.run();
        } catch (Exception | Error e) {
            bench.report.line("");
            bench.report.line("**The benchmark stopped:** " + e.getMessage() + " (see the logs under the stack cache).");
            e.printStackTrace();
            status = 1;
        } finally {
            System.exit(bench.report.finish(status != 0));
        }
    }

    void run() throws Exception {
        report.line("# Production footprint benchmark, " + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm")));
        report.line("");
        report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores seen by the JVM, load average "
                + loadAverage() + " at the start; Java " + System.getProperty("java.version") + ".");
        stack = LocalStack.forBenchmark();
        Map<String, String> config = stack.start(false);
        PortalProcess.migrate(config, "bench-footprint");
        List<String> options = new ArrayList<>(PortalProcess.HEAP_BOUND);
        String extra = System.getProperty("bench.jvm-options", "");
        if (!extra.isBlank()) {
            options.addAll(List.of(extra.strip().split("\\s+")));
        }
        report.line("Migrations ran as their own step; the portal starts in the prod profile with " + options
                + ", database " + System.getProperty("bench.database") + ".");
        report.line("");
        long t0 = System.nanoTime();
        PortalProcess portal = PortalProcess.startProduction(config, "bench-footprint", options);
        double ready = (System.nanoTime() - t0) / 1e9;
        String load = loadAverage();
        String booted = quarkusStarted();
        Thread.sleep(idleSeconds * 1000L);
        double idle = rssMb(portal.pid());
        String idleLoad = loadAverage();
        long[] answered = load(token());
        double loaded = rssMb(portal.pid());
        String loadedLoad = loadAverage();
        Thread.sleep(idleSeconds * 1000L);
        double idleAgain = rssMb(portal.pid());
        report.line("| measure | figure | target | load average |");
        report.line("| --- | --- | --- | --- |");
        report.line(String.format("| JVM start to ready (/q/health/ready answers 200) | %.2f s (Quarkus: started in %s s)"
                + " | under %.0f s | %s |", ready, booted, READY_TARGET_S, load));
        report.line(String.format("| RSS after %d s idle | %.0f MB | under %.0f MB | %s |", idleSeconds, idle,
                RSS_TARGET_MB, idleLoad));
        report.line(String.format("| RSS after %d s of load (%d requests answered, %d refused, 4 clients) | %.0f MB |"
                + " reported | %s |", loadSeconds, answered[0], answered[1], loaded, loadedLoad));
        report.line(String.format("| RSS idle again %d s later | %.0f MB | under %.0f MB | %s |", idleSeconds,
                idleAgain, RSS_TARGET_MB, loadAverage()));
        report.line("");
        report.line("RSS is VmRSS of the portal's JVM (heap in use, metaspace, code cache, thread stacks, direct"
                + " buffers); MB are 10^6 bytes.");
        report.target("production portal ready under 3 s from the JVM's start", String.format("%.2f s", ready),
                ready < READY_TARGET_S);
        report.target("idle resident memory under 300 MB", String.format("%.0f MB", idle), idle < RSS_TARGET_MB);
        report.target("idle resident memory after a load under 300 MB", String.format("%.0f MB", idleAgain),
                idleAgain < RSS_TARGET_MB);
        report.check("every request of the load answered", answered[1] + " refused", answered[1] == 0
                && answered[0] > 0);
        portal.stop();
    }

    /** Four clients asking for the caller and the estate list for {@link #loadSeconds}: answered, refused. */
    private long[] load(String token) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long end = System.nanoTime() + loadSeconds * 1_000_000_000L;
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            running.add(clients.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    String path = i % 2 == 0 ? "/api/v1/me" : "/api/v1/cameras";
                    int status = http.send(HttpRequest.newBuilder(URI.create(stack.portalBaseUrl() + path))
                            .header("Authorization", "Bearer " + token).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    (status == 200 ? ok : refused).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        return new long[] {ok.get(), refused.get()};
    }

    private String token() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.keycloakRealmUrl()
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=cctv-portal-local-cli"
                        + "&username=" + USER + "&password=demo-pass")).build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    /** Quarkus's own figure from its log ("started in 1.234s"), or "?" when the line is not there. */
    private static String quarkusStarted() throws Exception {
        Path log = Path.of(System.getProperty("stack.cache"), "logs", "portal-bench-footprint.log");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("started in ([0-9.]+)s").matcher(
                Files.readString(log));
        String found = "?";
        while (m.find()) {
            found = m.group(1);
        }
        return found;
    }

    static double rssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024 / 1e6;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }
}
