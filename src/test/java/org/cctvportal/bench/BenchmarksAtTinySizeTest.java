package org.cctvportal.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cctvportal.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmarks that need only the database run in the build at tiny size ({@code -Dbench.size=tiny}: one
 * partnership, a hundred cameras), each in a JVM of its own as {@code ./mvnw -Pbench} runs it, and must end with exit
 * status 0: a benchmark that no longer runs, or whose checks fail, fails the build. At tiny size the speed targets are
 * not judged (they are listed in the report as not counted); only the checks and the exit status are.
 *
 * <p>The benchmarks that need Keycloak, S3Proxy and the packaged portal run after {@code package}, on one stack they
 * share: {@link BenchmarksAtTinySizeIT}.
 */
class BenchmarksAtTinySizeTest {

    private static final long SECONDS = 90;

    @ParameterizedTest
    @ValueSource(strings = {"RotaBenchmark", "ComplianceBenchmark"})
    void runsToTheEndAndMeetsItsChecks(String benchmark) throws Exception {
        // Each benchmark's own database, per stack cache, so builds sharing the machine's PostgreSQL do not meet.
        String name = benchmark.replace("Benchmark", "").toLowerCase();
        TinyRun.toTheEnd(benchmark, benchmark, List.of("-Dbench.database=cctv_tiny_" + name + "_"
                + LocalStack.cacheSuffix()), SECONDS);
    }

    @Test
    void aBenchmarkThatStopsFailsTheRun() {
        // An unknown size stops a benchmark before it starts: its JVM ends with a non-zero status.
        AssertionError failed = assertThrows(AssertionError.class, () -> TinyRun.toTheEnd("RotaBenchmark",
                "stopping", List.of("-Dbench.size=enormous"), SECONDS));
        assertTrue(failed.getMessage().contains("failed (exit 1"), failed.getMessage());
    }
}
