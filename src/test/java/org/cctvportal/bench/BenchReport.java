package org.cctvportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a benchmark prints, kept as it goes and written to {@code target/bench/} at the end, with each target it checks:
 * a run that misses a target or stops ends with a non-zero exit status, so {@code ./mvnw -Pbench} fails.
 */
final class BenchReport {

    static final Path OUT = Path.of("target/bench");

    private final String fileName;
    /** Whether a missed figure fails the run: at national size yes; at small size the figures say nothing. */
    private final boolean figuresDecide;
    private final StringBuilder text = new StringBuilder();

    BenchReport(String fileName) {
        this(fileName, !BenchSize.current().small());
    }

    BenchReport(String fileName, boolean figuresDecide) {
        this.fileName = fileName;
        this.figuresDecide = figuresDecide;
    }

    private final List<String> checks = new ArrayList<>();
    private int missed;
    private int uncounted;

    /**
     * Records a target on a figure (a time, a ratio, a size): what, the figure measured, whether it was met. A miss
     * fails the run at national size; at small size it is listed but does not decide (the figures say nothing there).
     */
    void target(String what, String measured, boolean met) {
        record(what, measured, met, figuresDecide);
    }

    /** Records a check that holds at any size (no error, nothing refused, every row imported): a miss fails the run. */
    void check(String what, String measured, boolean met) {
        record(what, measured, met, true);
    }

    private void record(String what, String measured, boolean met, boolean decides) {
        String line = (met ? "met" : decides ? "**MISSED**" : "missed (a figure: not counted at small size)") + ": "
                + what + " (measured " + measured + ")";
        checks.add(line);
        if (!met && decides) {
            missed++;
        } else if (!met) {
            uncounted++;
        }
        System.out.println("Target " + line + ".");
    }

    /** Whether every target checked so far was met (and at least one was checked). */
    boolean allMet() {
        return missed == 0 && !checks.isEmpty();
    }

    /**
     * The exit status a benchmark's {@code main} ends with: 1 when it stopped, 2 when a target was missed or none was
     * checked, 0 otherwise; the targets are listed once more at the end of the report.
     */
    int finish(boolean stopped) {
        line("");
        line("## Targets");
        line("");
        checks.forEach(check -> line("- " + check));
        if (checks.isEmpty()) {
            line("- **no target was checked**");
        }
        write();
        int status = stopped ? 1 : allMet() ? 0 : 2;
        System.out.println(status == 0 ? (uncounted == 0 ? "Every target met." : "Every check met; " + uncounted
                + " figure(s) missed, not counted at this size.") : stopped ? "The benchmark stopped: FAILED."
                : checks.isEmpty() ? "No target checked: FAILED."
                : "Targets missed: " + missed + " of " + checks.size() + ": FAILED.");
        return status;
    }

    void line(String line) {
        System.out.println(line);
        text.append(line).append('\n');
    }

    void write() {
        try {
            Files.createDirectories(OUT);
            Path file = OUT.resolve(fileName);
            Files.writeString(file, text.toString());
            System.out.println("\nResults written to " + file.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("could not write the results: " + e);
        }
    }

    /** The machine's load averages over 1, 5 and 15 minutes, as the report states them beside each figure. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static String seconds(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }
}
