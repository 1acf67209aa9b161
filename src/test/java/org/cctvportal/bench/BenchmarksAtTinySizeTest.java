package org.cctvportal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmarks that need only the database run in the build at tiny size ({@code -Dbench.size=tiny}: one
 * partnership, a hundred cameras), each in a JVM of its own as {@code ./mvnw -Pbench} runs it, and must end with exit
 * status 0: a benchmark that no longer runs, or whose checks fail, fails the build. At tiny size the speed targets are
 * not judged (they are listed in the report as not counted); only the checks and the exit status are.
 *
 * <p>The benchmarks that start Keycloak, S3Proxy and the packaged portal (estate with the map, monitoring, dashboard,
 * evidence, footprint) are not run here: the packaged portal does not exist yet when the tests run, and each costs its
 * stack's start (20 s to 2 minutes on this machine) on top; they are run at small size on demand.
 */
class BenchmarksAtTinySizeTest {

    /** Each benchmark's own database, per stack cache, so builds sharing the machine's PostgreSQL do not meet. */
    private static final String SUFFIX = Integer.toHexString(System.getProperty("stack.cache", "default").hashCode());
    private static final long SECONDS = 90;

    @ParameterizedTest
    @ValueSource(strings = {"RotaBenchmark", "ComplianceBenchmark"})
    void runsToTheEndAndMeetsItsChecks(String benchmark) throws Exception {
        Path log = BenchReport.OUT.resolve("tiny-" + benchmark + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Dbench.size=tiny",
                "-Dbench.database=cctv_tiny_" + benchmark.replace("Benchmark", "").toLowerCase() + "_" + SUFFIX));
        for (String passed : List.of("stack.cache", "keycloak.version", "s3proxy.version", "greenmail.version")) {
            if (System.getProperty(passed) != null) {
                command.add("-D" + passed + "=" + System.getProperty(passed));
            }
        }
        command.add("org.cctvportal.bench." + benchmark);
        long t0 = System.nanoTime();
        Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = run.waitFor(SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            run.destroyForcibly().waitFor();
        }
        String output = tail(log);
        assertTrue(ended, benchmark + " did not end within " + SECONDS + " s:\n" + output);
        assertEquals(0, run.exitValue(), benchmark + " failed (exit " + run.exitValue() + ", 1: stopped, 2: a check "
                + "missed) after " + (System.nanoTime() - t0) / 1_000_000_000 + " s:\n" + output);
        assertTrue(output.contains("## Targets"), "the report lists its targets:\n" + output);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
