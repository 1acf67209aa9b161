package org.cctvportal.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.stack.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The benchmarks that need the packaged portal run in the build at tiny size, after {@code package}: one tiny bench
 * stack (Keycloak, S3Proxy and the mail server on ports of its own, its databases made afresh) is started once and
 * published; each benchmark then runs in a JVM of its own, as {@code ./mvnw -Pbench} runs it, joining that stack
 * ({@code -Dbench.stack}) with a portal of its own, and must end with exit status 0 (see {@link TinyRun}). At tiny
 * size the speed targets are not judged; the checks and the exit status are, so a benchmark that rots fails the build.
 */
class BenchmarksAtTinySizeIT {

    /** One benchmark run: its name in the log, its class, its database and its options. */
    record Run(String name, String benchmark, String database, List<String> options) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Time allowed to each run, generous for a shared machine: a run that hangs fails rather than the build's time. */
    private static final long SECONDS = Long.getLong("bench.tiny-seconds", 300);
    /** The estate, search and monitoring benchmarks share one generated estate, the stack's own database. */
    private static final String ESTATE = database("estate");
    private static final Map<String, Long> TOOK = new LinkedHashMap<>();

    private static LocalStack stack;
    private static Path published;
    private static long startedAt;

    static List<Run> runs() {
        return List.of(
                new Run("estate", "EstateBenchmark", ESTATE, List.of("-Dbench.import=true")),
                new Run("search", "SearchBenchmark", ESTATE, List.of()),
                new Run("monitoring", "MonitoringBenchmark", ESTATE, List.of()),
                new Run("dashboard", "DashboardBenchmark", database("dashboard"), List.of()),
                new Run("evidence", "EvidenceBenchmark", database("evidence"), List.of()),
                new Run("footprint", "FootprintBenchmark", database("footprint"), List.of()));
    }

    @BeforeAll
    static void startTheStack() {
        startedAt = System.nanoTime();
        stack = new LocalStack(LocalStack.Flavour.TINY_BENCH);
        Map<String, String> config = stack.start(true);
        // Every run starts from empty databases, so the generation scripts run in every build too.
        runs().stream().map(Run::database).distinct().filter(name -> !name.equals(ESTATE))
                .forEach(name -> stack.startDatabase(name, true));
        published = Path.of(System.getProperty("stack.cache"), "bench-tiny-stack.properties");
        stack.publish(config, published);
        TOOK.put("the stack", (System.nanoTime() - startedAt) / 1_000_000_000);
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.stop();
        }
        System.out.println("Benchmarks at tiny size: " + TOOK + " s, " + (System.nanoTime() - startedAt)
                / 1_000_000_000 + " s in all; load average " + BenchReport.loadAverage() + ".");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void runsToTheEndAndMeetsItsChecks(Run run) throws Exception {
        List<String> options = new ArrayList<>(run.options());
        options.addAll(List.of("-Dbench.stack=" + published, "-Dbench.database=" + run.database(),
                "-Dbench.heap=512m"));
        TOOK.put(run.name(), TinyRun.toTheEnd(run.benchmark(), run.name(), options, SECONDS));
    }

    private static String database(String benchmark) {
        return "cctv_tiny_" + benchmark + "_" + LocalStack.cacheSuffix();
    }
}
