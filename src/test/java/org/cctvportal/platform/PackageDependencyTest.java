package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What may call what, read from the main sources: the platform knows no feature, and no two features depend on each
 * other in a circle. Every reference counts, an import or a fully qualified name, so a new one cannot slip past.
 */
class PackageDependencyTest {

    private static final Path SOURCES = Path.of("src/main/java/org/cctvportal");

    /** The packages above the platform: the features, and home, which sits above them. */
    private static final Set<String> FEATURES = Set.of("partner", "estate", "specification", "compliance",
            "evidence", "monitoring", "rota", "assurance", "dashboard", "people", "service", "home", "notify",
            "webhook");

    /**
     * Feature-to-feature references that close a cycle and are known today, written "from -> to". Empty: there are
     * none. A new cycle fails this test; removing one means removing it here too.
     */
    private static final Set<String> ALLOWED_CYCLE_EDGES = Set.of();

    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.cctvportal\\.([a-z]+)\\.([A-Za-z_.]*)");

    @Test
    void thePlatformReferencesNoFeature() {
        Map<String, Set<String>> offending = new TreeMap<>();
        references().forEach((file, targets) -> {
            if (file.startsWith("platform/")) {
                Set<String> features = new TreeSet<>(targets);
                features.retainAll(FEATURES);
                if (!features.isEmpty()) {
                    offending.put(file, features);
                }
            }
        });
        assertEquals(Map.of(), offending, "platform files that reference a feature package");
    }

    @Test
    void noFeatureDependsOnAnotherInACircle() {
        Map<String, Set<String>> graph = featureGraph();
        Set<String> closing = new TreeSet<>();
        graph.forEach((from, targets) -> {
            for (String to : targets) {
                if (reaches(graph, to, from)) {
                    closing.add(from + " -> " + to);
                }
            }
        });
        assertEquals(new TreeSet<>(ALLOWED_CYCLE_EDGES), closing,
                "feature references that close an import cycle (" + graph + ")");
    }

    @Test
    void theScanSeesTheFeaturesItGuards() {
        Map<String, Set<String>> graph = featureGraph();
        // Home sits above the features, so it must be seen reaching them, and the platform must be seen at all.
        assertTrue(graph.getOrDefault("home", Set.of()).contains("partner"), graph.toString());
        assertTrue(references().keySet().stream().anyMatch(f -> f.startsWith("platform/web/")));
    }

    /** Which feature packages each feature package references (a feature's own sub-packages count as itself). */
    private static Map<String, Set<String>> featureGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        references().forEach((file, targets) -> {
            String from = file.substring(0, file.indexOf('/'));
            if (FEATURES.contains(from)) {
                for (String to : targets) {
                    if (FEATURES.contains(to) && !to.equals(from)) {
                        graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                    }
                }
            }
        });
        return graph;
    }

    private static boolean reaches(Map<String, Set<String>> graph, String start, String goal) {
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(goal)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(graph.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }

    /** Each main source file (relative to the root package) and the top-level packages it references. */
    private static Map<String, Set<String>> references() {
        Map<String, Set<String>> references = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                Set<String> targets = new TreeSet<>();
                Matcher m = REFERENCE.matcher(read(file));
                while (m.find()) {
                    targets.add(m.group(1));
                }
                references.put(name, targets);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(references.size() > 100, "the scan found the main sources");
        return references;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
