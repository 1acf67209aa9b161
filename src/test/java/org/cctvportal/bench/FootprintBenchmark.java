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
import org.cctvportal.platform.migration.TrainingLinks;
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
    private int runs = 1;

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
        report.line("Migrations ran as their own step; the portal starts in the prod profile, database "
                + System.getProperty("bench.database") + ".");
        String baselineJar = System.getProperty("bench.baseline-jar", "");
        int rounds = Integer.getInteger("bench.rounds", 1);
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (String variant : System.getProperty("bench.jvm-options", "").split("\\|", -1)) {
                if (!baselineJar.isBlank()) {
                    runs.add(measure(config, (variant + " " + System.getProperty("bench.baseline-jvm-options", ""))
                            .strip(), BASELINE, Path.of(baselineJar)));
                }
                runs.add(measure(config, variant.strip(), THIS_BUILD, PortalProcess.jar()));
            }
        }
        if (runs.size() > 1) {
            report.line("");
            report.line("## Side by side");
            report.line("");
            report.line("| build | options | ready | CPU to ready | RSS idle | load: answered, p50, p95 | RSS after load |"
                    + " RSS idle again | load average at ready |");
            report.line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            for (Run run : runs) {
                report.line(String.format("| %s | %s | %.2f s | %.2f s | %.0f MB | %d, %.1f ms, %.1f ms | %.0f MB |"
                        + " %.0f MB | %s |", run.build(), run.options(), run.ready(), run.cpuToReady(), run.idle(),
                        run.answered(), run.p50() / 1e3, run.p95() / 1e3, run.loaded(), run.idleAgain(), run.load()));
            }
        }
        List<Run> judged = medians(runs, rounds);
        for (Run run : judged) {
            if (!THIS_BUILD.equals(run.build())) {
                continue;
            }
            String which = judged.size() > (baselineJar.isBlank() ? 1 : 2) ? " (" + run.options() + ")" : "";
            report.target("production portal ready under 3 s from the JVM's start" + which,
                    String.format("%.2f s", run.ready()), run.ready() < READY_TARGET_S);
            report.target("idle resident memory under 300 MB" + which, String.format("%.0f MB", run.idle()),
                    run.idle() < RSS_TARGET_MB);
            report.target("idle resident memory after a load under 300 MB" + which,
                    String.format("%.0f MB", run.idleAgain()), run.idleAgain() < RSS_TARGET_MB);
            report.check("every request of the load answered" + which, run.refused() + " refused",
                    run.refused() == 0 && run.answered() > 0);
        }
    }

    static final String THIS_BUILD = "this build";
    static final String BASELINE = "baseline";

    /** One run's figures: the build and the JVM options and environment it had, and what it measured. */
    record Run(String build, String options, double ready, double cpuToReady, double idle, double loaded,
            double idleAgain, long answered, long refused, long p50, long p95, String load) {
    }

    /**
     * With several rounds ({@code -Dbench.rounds}), the median of each figure per build and options (refusals
     * summed), reported in a table and judged against the targets; with one round the runs themselves.
     */
    private List<Run> medians(List<Run> runs, int rounds) {
        if (rounds < 2) {
            return runs;
        }
        java.util.Map<String, List<Run>> groups = new java.util.LinkedHashMap<>();
        for (Run run : runs) {
            groups.computeIfAbsent(run.build() + "\u0000" + run.options(), key -> new ArrayList<>()).add(run);
        }
        List<Run> medians = new ArrayList<>();
        for (List<Run> group : groups.values()) {
            Run first = group.get(0);
            medians.add(new Run(first.build(), first.options(), median(group, Run::ready),
                    median(group, Run::cpuToReady), median(group, Run::idle), median(group, Run::loaded),
                    median(group, Run::idleAgain), (long) median(group, run -> run.answered()),
                    group.stream().mapToLong(Run::refused).sum(), (long) median(group, run -> run.p50()),
                    (long) median(group, run -> run.p95()), group.size() + " runs"));
        }
        report.line("");
        report.line("## Medians of " + rounds + " rounds");
        report.line("");
        report.line("| build | options | ready | CPU to ready | RSS idle | answered | RSS after load | RSS idle again |");
        report.line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Run run : medians) {
            report.line(String.format("| %s | %s | %.2f s | %.2f s | %.0f MB | %d | %.0f MB | %.0f MB |", run.build(),
                    run.options(), run.ready(), run.cpuToReady(), run.idle(), run.answered(), run.loaded(),
                    run.idleAgain()));
        }
        return medians;
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * Writes the classes this start read from its jars (not from the class data sharing archive) until it was ready:
     * the list the build's training start loads and links for the archive ({@code src/main/cds/start-classes.txt},
     * {@link TrainingLinks}), so the archive holds what a serving start reaches and the training start does not.
     */
    private void writeStartClasses(Path classLoadLog, Path target) throws java.io.IOException {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (String line : Files.readAllLines(classLoadLog)) {
            String name = TrainingLinks.className(line);
            if (name != null) {
                names.add(name);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Classes a serving start read from its jars until ready, written by FootprintBenchmark with");
        lines.add("# -Dbench.start-classes (docs/benchmarks.md, production footprint); the training start links them.");
        lines.addAll(names);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, lines);
        report.line("");
        report.line("Wrote " + names.size() + " classes this start read from its jars until ready to " + target + ".");
    }

    /**
     * Starts the portal with the configured options ({@link PortalProcess#JVM_OPTIONS}) changed by {@code extra} (JVM
     * options, each replacing a configured option of the same name; words of the form {@code NAME=value} are set in
     * its environment instead), measures it and stops it.
     */
    private Run measure(Map<String, String> config, String extra, String build, Path jar) throws Exception {
        List<String> options = new ArrayList<>(PortalProcess.JVM_OPTIONS);
        // An option given replaces the configured one of the same name (and a collector the configured collector).
        options.removeIf(option -> extra.contains(option.replaceAll("[=0-9].*$", ""))
                || option.matches("-XX:\\+Use\\w+GC") && extra.matches(".*-XX:\\+Use\\w+GC.*"));
        Map<String, String> environment = new java.util.LinkedHashMap<>(PortalProcess.ENVIRONMENT);
        for (String word : extra.isBlank() ? new String[0] : extra.split("\\s+")) {
            if (word.matches("[A-Z_][A-Z0-9_]*=.*")) {
                environment.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
            } else {
                options.add(word);
            }
        }
        String startClasses = System.getProperty("bench.start-classes", "");
        Path classLoadLog = Path.of("target", "bench", "start-class-load.log").toAbsolutePath();
        boolean listClasses = !startClasses.isBlank() && !BASELINE.equals(build);
        if (listClasses) {
            Files.deleteIfExists(classLoadLog);
            options.add("-Xlog:class+load=info:file=" + classLoadLog);
        }
        String described = String.join(" ", options) + (environment.isEmpty() ? "" : " " + environment);
        report.line("");
        report.line("## " + (BASELINE.equals(build) ? "Baseline " + jar + ": " : "") + described);
        report.line("");
        java.time.Instant started = java.time.Instant.now();
        long t0 = System.nanoTime();
        PortalProcess portal = PortalProcess.startProduction(config, "bench-footprint", options, environment, jar);
        double ready = (System.nanoTime() - t0) / 1e9;
        double cpuToReady = cpuSeconds(portal.pid());
        if (listClasses) {
            writeStartClasses(classLoadLog, Path.of(startClasses));
        }
        String load = loadAverage();
        List<String> log = Files.readAllLines(Path.of(System.getProperty("stack.cache"), "logs",
                "portal-bench-footprint.log"));
        String booted = quarkusStarted(log);
        Thread.sleep(idleSeconds * 1000L);
        double idle = rssMb(portal.pid());
        String idleLoad = loadAverage();
        MemoryBreakdown idleBreakdown = MemoryBreakdown.of(portal.pid(), "idle", runs + "-idle");
        long[] answered = load(token());
        double loaded = rssMb(portal.pid());
        String loadedLoad = loadAverage();
        Thread.sleep(idleSeconds * 1000L);
        double idleAgain = rssMb(portal.pid());
        MemoryBreakdown againBreakdown = MemoryBreakdown.of(portal.pid(), "idle-again", runs++ + "-idle-again");
        portal.stop();
        report.line("| measure | figure | target | load average |");
        report.line("| --- | --- | --- | --- |");
        report.line(String.format("| JVM start to ready (/q/health/ready answers 200) | %.2f s (Quarkus: started in %s s)"
                + " | under %.0f s | %s |", ready, booted, READY_TARGET_S, load));
        report.line(String.format("| CPU time the JVM used until ready (user + system, all its threads) | %.2f s |"
                + " reported: it varies less with the machine's load than the wall-clock time | |", cpuToReady));
        report.line(String.format("| RSS after %d s idle | %.0f MB | under %.0f MB | %s |", idleSeconds, idle,
                RSS_TARGET_MB, idleLoad));
        report.line(String.format("| RSS after %d s of load (%d requests answered, %d refused, 4 clients; p50 %.1f ms,"
                + " p95 %.1f ms) | %.0f MB | reported | %s |", loadSeconds, answered[0], answered[1], answered[2] / 1e3,
                answered[3] / 1e3, loaded, loadedLoad));
        report.line(String.format("| RSS idle again %d s later | %.0f MB | under %.0f MB | %s |", idleSeconds,
                idleAgain, RSS_TARGET_MB, loadAverage()));
        report.line("");
        report.line("RSS is VmRSS of the portal's JVM (heap in use, metaspace, code cache, thread stacks, direct"
                + " buffers); MB are 10^6 bytes.");
        report.line("");
        MemoryBreakdown.table(report, idleBreakdown, againBreakdown);
        startUp(report, log, started);
        return new Run(build, described, ready, cpuToReady, idle, loaded, idleAgain, answered[0], answered[1],
                answered[2], answered[3], load);
    }

    /**
     * Four clients asking for the caller and the estate list for {@link #loadSeconds}: answered, refused, and the
     * median and 95th percentile of the answered requests' times in microseconds.
     */
    private long[] load(String token) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        java.util.Queue<Long> times = new java.util.concurrent.ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + loadSeconds * 1_000_000_000L;
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            running.add(clients.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    String path = i % 2 == 0 ? "/api/v1/me" : "/api/v1/cameras";
                    long sent = System.nanoTime();
                    int status = http.send(HttpRequest.newBuilder(URI.create(stack.portalBaseUrl() + path))
                            .header("Authorization", "Bearer " + token).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    (status == 200 ? ok : refused).incrementAndGet();
                    if (status == 200) {
                        times.add((System.nanoTime() - sent) / 1000);
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        List<Long> sorted = times.stream().sorted().toList();
        return new long[] {ok.get(), refused.get(), percentile(sorted, 0.50), percentile(sorted, 0.95)};
    }

    private static long percentile(List<Long> sorted, double share) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(share * sorted.size()) - 1));
    }

    private String token() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.keycloakRealmUrl()
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=cctv-portal-local-cli"
                        + "&username=" + USER + "&password=demo-pass")).build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    /**
     * What the portal's start spent its time on, from its own log: the seconds from the JVM's start (Quarkus's
     * "started in" figure counts from there) at which each logged step happened.
     */
    private static void startUp(BenchReport report, List<String> lines, java.time.Instant started) {
        java.util.regex.Pattern stamp = java.util.regex.Pattern.compile("\"timestamp\":\"([^\"]+)\"");
        java.util.regex.Pattern message = java.util.regex.Pattern.compile("\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");
        report.line("");
        report.line("Start-up as the portal's log has it (each line's time from the JVM's start):");
        report.line("");
        report.line("| at | message |");
        report.line("| --- | --- |");
        for (String line : lines) {
            java.util.regex.Matcher t = stamp.matcher(line);
            java.util.regex.Matcher m = message.matcher(line);
            if (!t.find() || !m.find()) {
                continue;
            }
            java.time.Instant at = java.time.OffsetDateTime.parse(t.group(1)).toInstant();
            String text = m.group(1).replace("|", "/");
            report.line(String.format("| +%.3f s | %s |", Duration.between(started, at).toMillis() / 1e3,
                    text.length() > 140 ? text.substring(0, 140) + "..." : text));
            if (text.contains("started in")) {
                break;
            }
        }
    }

    /** Quarkus's own figure from its log ("started in 1.234s"), or "?" when the line is not there. */
    private static String quarkusStarted(List<String> log) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("started in ([0-9.]+)s").matcher(
                String.join("\n", log));
        String found = "?";
        while (m.find()) {
            found = m.group(1);
        }
        return found;
    }

    /** User and system CPU time of the process so far, from /proc/<pid>/stat (fields 14 and 15, in clock ticks). */
    static double cpuSeconds(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
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
