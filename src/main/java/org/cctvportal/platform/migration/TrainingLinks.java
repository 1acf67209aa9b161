package org.cctvportal.platform.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Links the classes the training start has loaded, so the JVM can write them to the archive. Java 17 writes a class
 * of an application's own class loader (Quarkus's) only when it was linked during the run; one that was loaded but
 * never linked (named by a signature, a verifier's check or a field's type) is skipped with "Not linked", and every
 * real start then reads, parses and verifies it from its jar again: about 3,200 classes of the portal's start.
 * Besides, it loads and links the classes a serving start reads from its jars that the training start never reaches
 * (the database driver's protocol, object storage's XML, the first queries' Hibernate classes), listed in
 * {@code src/main/cds/start-classes.txt} ({@code portal.cds-training.class-list}; made by the footprint benchmark with
 * {@code -Dbench.start-classes}, docs/benchmarks.md). A name the build no longer has is passed over.
 * The JVM's own log of the classes it loads ({@code -Xlog:class+load} to the file named by
 * {@code portal.cds-training.class-log}, the training start's arguments in {@code pom.xml}) says which they are;
 * linking verifies and lays out a class without running its static initialiser, so nothing of the portal runs that the
 * start did not already run. Without the log nothing is linked and the archive is as before.
 */
public final class TrainingLinks {

    private static final Logger LOG = Logger.getLogger(TrainingLinks.class);
    private static final int MAX_ROUNDS = 10;
    private static final String FROM_ARCHIVE = "source: shared objects file";

    private TrainingLinks() {
    }

    /**
     * Links the classes the log names that the archive did not give (by the loader, which finds those it loaded),
     * again for those the linking loads, until none is new; how many were linked.
     */
    static int linkLoaded(Path classLog, Path startClasses, ClassLoader loader) {
        if (classLog == null || !Files.isReadable(classLog)) {
            LOG.warnf("No class loading log at %s: the archive keeps only the classes the start linked", classLog);
            return 0;
        }
        Set<String> tried = new HashSet<>();
        int linked = 0;
        if (startClasses != null) {
            try {
                for (String name : Files.readAllLines(startClasses, StandardCharsets.UTF_8)) {
                    name = name.strip();
                    if (!name.isEmpty() && !name.startsWith("#") && tried.add(name) && link(name, loader)) {
                        linked++;
                    }
                }
            } catch (IOException e) {
                LOG.warnf("The list of a serving start's classes %s cannot be read: %s", startClasses, e.getMessage());
            }
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<String> lines;
            try {
                lines = Files.readAllLines(classLog, StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.warnf("The class loading log %s cannot be read: %s", classLog, e.getMessage());
                return linked;
            }
            int before = linked;
            for (String line : lines) {
                String name = className(line);
                if (name != null && tried.add(name) && link(name, loader)) {
                    linked++;
                }
            }
            if (linked == before) {
                break;
            }
        }
        return linked;
    }

    /** The class a log line names, when it came from a jar rather than the archive and is not a hidden class. */
    public static String className(String line) {
        if (line.contains(FROM_ARCHIVE) || !line.contains(" source: ")) {
            return null;
        }
        int end = line.indexOf(" source: ");
        int start = line.lastIndexOf(' ', end - 1) + 1;
        String name = line.substring(start, end);
        return name.indexOf('/') >= 0 || name.isEmpty() ? null : name;
    }

    /** Asking for a class's declared constructors makes the JVM link it first (verification and preparation). */
    private static boolean link(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader).getDeclaredConstructors();
            return true;
        } catch (LinkageError | ReflectiveOperationException | RuntimeException e) {
            // Not visible from this loader, or it cannot be linked (an optional dependency missing): it fails the
            // same way when a real start uses it, and is not archived.
            return false;
        }
    }
}
