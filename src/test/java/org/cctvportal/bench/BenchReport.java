package org.cctvportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a benchmark prints, kept as it goes and written to {@code target/bench/} at the end. */
final class BenchReport {

    static final Path OUT = Path.of("target/bench");

    private final String fileName;
    private final StringBuilder text = new StringBuilder();

    BenchReport(String fileName) {
        this.fileName = fileName;
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
