package org.cctvportal.evidence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A disclosure package's zip, written as a stream: each file under {@code files/}, the covering letter, a
 * {@code manifest.json} and a {@code SHA256SUMS} ({@code sha256sum -c} reads it). Each file's hash is taken again as
 * it is copied and must equal the hash the vault recorded at upload, or the package is not made. The zip's own size
 * and SHA-256 are counted as it is written; the writer is told after each file (and every 30 s within a large one),
 * for a job's progress and heartbeat.
 */
public final class PackageZip {

    static final String LETTER = "covering-letter.pdf";
    static final String MANIFEST = "manifest.json";
    static final String SUMS = "SHA256SUMS";
    /** How often a long copy says it is still going: well inside the jobs' stale-after (2 minutes). */
    static final java.time.Duration BEAT = java.time.Duration.ofSeconds(30);

    /** One stored file to put in, and where it goes. */
    public record Entry(UUID fileId, long itemId, String itemReference, String path, String objectKey,
            String fileName, String label, long sizeBytes, String sha256, boolean redacted) {
    }

    /** What was written: the zip's size and SHA-256. */
    record Written(long sizeBytes, String sha256) {
    }

    /** A stored file's hash did not match what the vault recorded: the package is refused. */
    static class Mismatch extends IOException {
        Mismatch(String path) {
            super("the stored bytes of " + path + " no longer match the hash recorded at upload");
        }
    }

    private PackageZip() {
    }

    /** The path in the zip: a number keeps names apart, the name is cut to what every unzip tool accepts. */
    static String path(int n, String fileName) {
        return String.format("files/%02d-%s", n, fileName.replaceAll("[^A-Za-z0-9._() -]", "_"));
    }

    static Written write(OutputStream target, String reference, Map<String, Object> head, List<Entry> files,
            byte[] letter, Function<String, InputStream> open, IntConsumer filesDone) throws IOException {
        Counted counted = new Counted(target);
        ZipOutputStream zip = new ZipOutputStream(counted);
        StringBuilder sums = new StringBuilder();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Entry file : files) {
            zip.putNextEntry(new ZipEntry(file.path()));
            try (InputStream in = open.apply(file.objectKey());
                    DigestInputStream digest = new DigestInputStream(in, EvidenceStore.sha256())) {
                copy(digest, zip, () -> filesDone.accept(lines.size()));
                if (!HexFormat.of().formatHex(digest.getMessageDigest().digest()).equals(file.sha256())) {
                    throw new Mismatch(file.path());
                }
            }
            zip.closeEntry();
            sums.append(file.sha256()).append("  ").append(file.path()).append('\n');
            lines.add(line(file));
            zip.flush();
            filesDone.accept(lines.size());
        }
        String letterHash = hash(letter);
        zip.putNextEntry(new ZipEntry(LETTER));
        zip.write(letter);
        zip.closeEntry();
        sums.append(letterHash).append("  ").append(LETTER).append('\n');
        Map<String, Object> manifest = new LinkedHashMap<>(head);
        manifest.put("package", reference);
        manifest.put("files", lines);
        manifest.put("coveringLetter", Map.of("path", LETTER, "sizeBytes", letter.length, "sha256", letterHash));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(EvidenceExports.JSON.writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(SUMS));
        zip.write(sums.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return new Written(counted.count, HexFormat.of().formatHex(counted.digest.digest()));
    }

    /**
     * Copies a file into the zip, telling {@code stillGoing} every {@link #BEAT} while a large one is copied, so a
     * job's heartbeat is renewed within a file and no other runner takes the job over meanwhile.
     */
    private static void copy(InputStream in, OutputStream out, Runnable stillGoing) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long last = System.nanoTime();
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (System.nanoTime() - last > BEAT.toNanos()) {
                stillGoing.run();
                last = System.nanoTime();
            }
        }
    }

    private static Map<String, Object> line(Entry file) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("path", file.path());
        line.put("fileName", file.fileName());
        line.put("label", file.label());
        line.put("evidence", file.itemReference());
        line.put("redacted", file.redacted());
        line.put("sizeBytes", file.sizeBytes());
        line.put("sha256", file.sha256());
        return line;
    }

    static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(EvidenceStore.sha256().digest(bytes));
    }

    /** Counts and hashes what passes, so the zip's hash is known the moment it is written. */
    private static final class Counted extends FilterOutputStream {
        final MessageDigest digest = EvidenceStore.sha256();
        long count;

        Counted(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }
    }
}
