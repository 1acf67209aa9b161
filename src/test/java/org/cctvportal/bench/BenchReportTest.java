package org.cctvportal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * A benchmark's exit status, which decides whether {@code ./mvnw -Pbench} fails: a missed target, no target checked
 * or a stopped run each fail it; only a run that checked its targets and met them all passes.
 */
class BenchReportTest {

    @Test
    void aRunThatMeetsEveryTargetPasses() {
        BenchReport report = new BenchReport("bench-report-test-met.md", true);
        report.target("the list under 100 ms", "12.0 ms", true);
        report.target("the import under 20 s", "3.1 s", true);

        assertTrue(report.allMet());
        assertEquals(0, report.finish(false));
    }

    @Test
    void aMissedTargetFailsTheRunAndIsNamedInTheReport() throws IOException {
        BenchReport report = new BenchReport("bench-report-test-missed.md", true);
        report.target("the list under 100 ms", "12.0 ms", true);
        report.target("the preview lists no problem", "106,218 problems to fix", false);

        assertFalse(report.allMet());
        assertEquals(2, report.finish(false));
        String written = Files.readString(BenchReport.OUT.resolve("bench-report-test-missed.md"));
        assertTrue(written.contains("- **MISSED**: the preview lists no problem (measured 106,218 problems to fix)"),
                written);
        assertTrue(written.contains("- met: the list under 100 ms (measured 12.0 ms)"), written);
    }

    @Test
    void aRunThatCheckedNoTargetFails() {
        BenchReport report = new BenchReport("bench-report-test-none.md", true);
        report.line("figures, but no target checked");

        assertEquals(2, report.finish(false));
    }

    @Test
    void aRunThatStoppedFailsEvenWithItsTargetsMet() {
        BenchReport report = new BenchReport("bench-report-test-stopped.md", true);
        report.target("the list under 100 ms", "12.0 ms", true);

        assertEquals(1, report.finish(true));
    }

    @Test
    void atSmallSizeAMissedFigureIsListedButAFailedCheckStillFails() throws IOException {
        BenchReport figures = new BenchReport("bench-report-test-small-figure.md", false);
        figures.target("the list under 100 ms", "404.2 ms", false);
        figures.check("every list request answered", "0 errors", true);

        assertEquals(0, figures.finish(false));
        assertTrue(Files.readString(BenchReport.OUT.resolve("bench-report-test-small-figure.md"))
                .contains("- missed (a figure: not counted at small size): the list under 100 ms (measured 404.2 ms)"));

        BenchReport checks = new BenchReport("bench-report-test-small-check.md", false);
        checks.target("the import under 20 s", "3.1 s", true);
        checks.check("the preview lists no problem", "106,218 problems to fix", false);

        assertEquals(2, checks.finish(false));
    }

    @Test
    void theSmallSizeUsesADatabaseOfItsOwnAndKeepsTheShapeOfAPartnership() {
        assertEquals("cctv_bench_small", BenchSize.SMALL.database("cctv_bench"));
        assertEquals("cctv_bench", BenchSize.NATIONAL.database("cctv_bench"));
        assertEquals(500, BenchSize.NATIONAL.partnersInAll());
        // The generation scripts give partner 1 the PCC office, 19 the operator and 20 the police force.
        assertEquals(20, BenchSize.SMALL.partners());
        // The tiny size the build runs: a database of its own too, the same partnership, figures not judged.
        assertEquals("cctv_bench_tiny", BenchSize.TINY.database("cctv_bench"));
        assertEquals(20, BenchSize.TINY.partners());
        assertTrue(BenchSize.TINY.small(), "tiny figures are not judged");
    }
}
