package org.cctvportal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One benchmark run at tiny size in a JVM of its own, as {@code ./mvnw -Pbench} runs it, its output in
 * {@code target/bench/tiny-<name>.log}: it must end with exit status 0 within its time, and its report must list its
 * targets. A run that does not end is stopped with everything it started (its portal included).
 */
final class TinyRun {

    /** What the build passes on to a benchmark's JVM: where the stack lives and what it is made of. */
    private static final List<String> PASSED = List.of("stack.cache", "keycloak.version", "s3proxy.version",
            "greenmail.version", "portal.jar", "stack.keycloak-start-seconds");

    private TinyRun() {
    }

    /** Runs {@code org.cctvportal.bench.<benchmark>} with {@code options}; answers how long it took, in seconds. */
    static long toTheEnd(String benchmark, String name, List<String> options, long seconds) throws Exception {
        Path log = BenchReport.OUT.resolve("tiny-" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Dbench.size=tiny"));
        command.addAll(options);
        for (String passed : PASSED) {
            if (System.getProperty(passed) != null) {
                command.add("-D" + passed + "=" + System.getProperty(passed));
            }
        }
        command.add("org.cctvportal.bench." + benchmark);
        long t0 = System.nanoTime();
        Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = run.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            // Its children first: a JVM killed outright runs no shutdown hook, so its portal would be left running.
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly().waitFor();
        }
        long took = (System.nanoTime() - t0) / 1_000_000_000;
        List<String> lines = Files.readAllLines(log);
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        assertTrue(ended, name + " did not end within " + seconds + " s; its log: " + log.toAbsolutePath() + "\n"
                + tail);
        assertEquals(0, run.exitValue(), name + " failed (exit " + run.exitValue() + ", 1: stopped, 2: a check "
                + "missed) after " + took + " s; its log: " + log.toAbsolutePath() + "\n" + tail);
        assertTrue(lines.contains("## Targets"), "the report lists its targets: " + log.toAbsolutePath());
        return took;
    }
}
