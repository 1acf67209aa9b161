package org.cctvportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a JVM's resident memory is, as the kernel and the JVM itself tell it: the kernel's split of VmRSS into
 * anonymous memory (heap, metaspace, code, stacks, malloc) and mapped files (the JDK's and native libraries' code), its
 * thread count, and, when the JVM runs with {@code -XX:NativeMemoryTracking=summary}, the JVM's own committed memory
 * per category ({@code jcmd <pid> VM.native_memory summary}, kept whole under {@code target/bench/}). These do not
 * depend on how loaded the machine is, so runs on a busy machine can be compared.
 */
record MemoryBreakdown(String phase, Map<String, Long> kernelKb, Map<String, Long> committedKb) {

    private static final List<String> KERNEL = List.of("VmRSS", "RssAnon", "RssFile", "RssShmem", "Threads");
    private static final Pattern CATEGORY = Pattern.compile(
            "^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)", Pattern.MULTILINE);
    private static final Pattern TOTAL = Pattern.compile("^Total: reserved=(\\d+)KB, committed=(\\d+)KB",
            Pattern.MULTILINE);
    private static final Pattern CLASSES = Pattern.compile("\\(classes #(\\d+)\\)");
    private static final Pattern THREADS = Pattern.compile("\\(thread #(\\d+)\\)");

    /** The breakdown of process {@code pid} now; the NMT report is kept as {@code footprint-nmt-<file>.txt}. */
    static MemoryBreakdown of(long pid, String phase, String file) throws IOException, InterruptedException {
        Map<String, Long> kernel = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            String key = line.substring(0, Math.max(0, line.indexOf(':')));
            if (KERNEL.contains(key)) {
                kernel.put(key, Long.parseLong(line.replaceAll("\\D", "")));
            }
        }
        Map<String, Long> committed = new LinkedHashMap<>();
        String nmt = jcmd(pid, "VM.native_memory", "summary");
        if (nmt.contains("Total: reserved")) {
            Files.createDirectories(BenchReport.OUT);
            Files.writeString(BenchReport.OUT.resolve("footprint-nmt-" + file + ".txt"), nmt);
            Matcher total = TOTAL.matcher(nmt);
            if (total.find()) {
                committed.put("Total (JVM's own count)", Long.parseLong(total.group(2)));
            }
            Matcher category = CATEGORY.matcher(nmt);
            while (category.find()) {
                committed.put(category.group(1), Long.parseLong(category.group(3)));
            }
            Matcher classes = CLASSES.matcher(nmt);
            if (classes.find()) {
                committed.put("classes loaded (count)", Long.parseLong(classes.group(1)));
            }
            Matcher threads = THREADS.matcher(nmt);
            if (threads.find()) {
                committed.put("threads (count)", Long.parseLong(threads.group(1)));
            }
        }
        return new MemoryBreakdown(phase, kernel, committed);
    }

    /** Both phases side by side: the kernel's figures, then the JVM's committed memory when it was tracked. */
    static void table(BenchReport report, MemoryBreakdown first, MemoryBreakdown second) {
        report.line("| kernel (/proc/<pid>/status) | " + first.phase + " | " + second.phase + " |");
        report.line("| --- | ---: | ---: |");
        for (String key : KERNEL) {
            report.line("| " + key + " | " + kernel(first, key) + " | " + kernel(second, key) + " |");
        }
        if (first.committedKb.isEmpty()) {
            report.line("");
            report.line("(The JVM's own breakdown needs -Dbench.jvm-options=-XX:NativeMemoryTracking=summary.)");
            return;
        }
        report.line("");
        report.line("| JVM committed (NMT summary) | " + first.phase + " | " + second.phase + " |");
        report.line("| --- | ---: | ---: |");
        for (String key : first.committedKb.keySet()) {
            report.line("| " + key + " | " + committed(first, key) + " | " + committed(second, key) + " |");
        }
    }

    private static String kernel(MemoryBreakdown breakdown, String key) {
        Long value = breakdown.kernelKb.get(key);
        return value == null ? "?" : "Threads".equals(key) ? String.valueOf(value) : mb(value);
    }

    private static String committed(MemoryBreakdown breakdown, String key) {
        Long value = breakdown.committedKb.get(key);
        return value == null ? "?" : key.endsWith("(count)") ? String.valueOf(value) : mb(value);
    }

    private static String mb(long kb) {
        return String.format("%.1f MB", kb * 1024 / 1e6);
    }

    private static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> args = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), String.valueOf(pid)));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        process.waitFor(30, TimeUnit.SECONDS);
        return new String(out, java.nio.charset.StandardCharsets.UTF_8);
    }
}
