package org.cctvportal.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a load's CPU went, from /proc: the portal's process, this benchmark's own JVM (the clients), and the rest of
 * the machine, which during a list's load is PostgreSQL (Keycloak, S3Proxy and the mail server sit idle; a backend
 * that exits takes its own counters with it, so the rest is read off the machine's total). In milliseconds of CPU
 * per request, so that a ratio of latencies can be told apart into the portal's work and the database's.
 */
record CpuUse(double portal, double client, double rest, java.util.Map<String, Double> portalThreads) {

    /** A clock tick of /proc's counters (USER_HZ, 100 on Linux). */
    private static final double TICK_MS = 10.0;

    /** Counters at one moment, in clock ticks. */
    record Snapshot(long portal, long client, long busy, java.util.Map<String, Long> threads) {
    }

    static Snapshot take(long portalPid) {
        try {
            return new Snapshot(processTicks(String.valueOf(portalPid)), processTicks("self"), busyTicks(),
                    threadTicks(portalPid));
        } catch (Exception e) {
            return null;
        }
    }

    /** Per request between two snapshots; null when /proc could not be read. */
    static CpuUse per(Snapshot before, Snapshot after, int requests) {
        if (before == null || after == null || requests == 0) {
            return null;
        }
        double portal = (after.portal() - before.portal()) * TICK_MS / requests;
        double client = (after.client() - before.client()) * TICK_MS / requests;
        double busy = (after.busy() - before.busy()) * TICK_MS / requests;
        java.util.Map<String, Double> threads = new java.util.TreeMap<>();
        after.threads().forEach((group, ticks) -> {
            double used = (ticks - before.threads().getOrDefault(group, 0L)) * TICK_MS / requests;
            if (used > 0) {
                threads.put(group, used);
            }
        });
        return new CpuUse(portal, client, Math.max(0, busy - portal - client), threads);
    }

    /**
     * The portal's threads by kind, busiest first, by the names /proc gives them (cut to 15 characters):
     * "executor-thread 2.10, vert.x-eventloo 0.55, C2 CompilerThre 0.30".
     */
    String threadCells() {
        return portalThreads.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue()
                .reversed()).filter(e -> e.getValue() >= 0.01).map(e -> String.format("%s %.2f", e.getKey(),
                e.getValue())).collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The portal's threads' CPU by kind (the name without its number): a thread that ended takes its counters with it,
     * so only what the living threads used is here.
     */
    private static java.util.Map<String, Long> threadTicks(long pid) throws Exception {
        java.util.Map<String, Long> groups = new java.util.HashMap<>();
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[#\\-]?\\d+$", "").trim();
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    groups.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (java.io.IOException | RuntimeException ended) {
                    // the thread ended while being read
                }
            }
        }
        return groups;
    }

    String cells() {
        return String.format("%.2f / %.2f / %.2f", portal, rest, client);
    }

    private static long processTicks(String pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The machine's busy ticks: user, nice, system, irq, softirq and steal of every core. */
    private static long busyTicks() throws Exception {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(cpu[i]);
        }
        return busy;
    }
}
