package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Each feature owns its tables: no feature uses another feature's entity or names another feature's table in its
 * SQL; it reads through what the owner publishes. The owners are the marked table of docs/architecture.md, and every
 * table the migrations make must have one.
 */
class FeatureOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/org/cctvportal");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path ARCHITECTURE = Path.of("docs/architecture.md");

    /** The tenancy directory: every feature may join it for a partner's or partnership's name. */
    private static final Set<String> DIRECTORY = Set.of("partner", "partnership");

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(?:public\\.)?([a-z_]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern TABLE_USE = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_]+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("\\borg\\.cctvportal\\.([a-z]+)\\.([A-Z][A-Za-z0-9_]*)");

    @Test
    void everyTableTheMigrationsMakeHasOneOwner() throws IOException {
        Set<String> made = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    made.add(m.group(1).toLowerCase());
                }
            }
        }
        made.remove("flyway_schema_history");
        assertEquals(made, owners().keySet(), "tables the migrations make against the owners in " + ARCHITECTURE);
    }

    @Test
    void noFeatureNamesAnotherFeaturesTableInItsSql() {
        Map<String, String> owners = owners();
        Map<String, Set<String>> offending = new TreeMap<>();
        sources().forEach((file, text) -> {
            String feature = file.substring(0, file.indexOf('/'));
            Matcher strings = STRING.matcher(text);
            while (strings.find()) {
                String literal = strings.group(1) != null ? strings.group(1) : strings.group(2);
                Matcher use = TABLE_USE.matcher(literal);
                while (use.find()) {
                    String table = use.group(1).toLowerCase();
                    String owner = owners.get(table);
                    if (owner != null && !owner.equals(feature) && !DIRECTORY.contains(table)
                            && !"platform".equals(owner)) {
                        offending.computeIfAbsent(file, f -> new TreeSet<>()).add(table + " (" + owner + ")");
                    }
                }
            }
        });
        assertEquals(Map.of(), offending, "SQL naming another feature's table");
    }

    @Test
    void noFeatureUsesAnotherFeaturesEntity() {
        Map<String, Set<String>> entities = new TreeMap<>();
        sources().forEach((file, text) -> {
            if (text.contains("@Entity")) {
                String feature = file.substring(0, file.indexOf('/'));
                String name = file.substring(file.lastIndexOf('/') + 1).replace(".java", "");
                entities.computeIfAbsent(feature, f -> new TreeSet<>()).add(name);
            }
        });
        Map<String, Set<String>> offending = new TreeMap<>();
        sources().forEach((file, text) -> {
            String feature = file.substring(0, file.indexOf('/'));
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (!target.equals(feature) && entities.getOrDefault(target, Set.of()).contains(m.group(2))
                        && !"platform".equals(target)) {
                    offending.computeIfAbsent(file, f -> new TreeSet<>()).add(target + "." + m.group(2));
                }
            }
        });
        // The tenancy directory's entities are read by the features that sit above partner, as its tables are.
        offending.values().forEach(set -> set.removeIf(name -> name.equals("partner.Partner")
                || name.equals("partner.Partnership")));
        offending.values().removeIf(Set::isEmpty);
        assertEquals(Map.of(), offending, "another feature's entity used");
    }

    /** Table to owning feature, from the marked table in docs/architecture.md ("| `feature` | `t1`, `t2` |"). */
    private static Map<String, String> owners() {
        String doc = read(ARCHITECTURE);
        int start = doc.indexOf("<!-- table-owners:start -->");
        int end = doc.indexOf("<!-- table-owners:end -->");
        Map<String, String> owners = new TreeMap<>();
        for (String line : doc.substring(start, end).split("\n")) {
            Matcher row = Pattern.compile("^\\|\\s*`([a-z]+)`\\s*\\|(.*)\\|\\s*$").matcher(line);
            if (row.find()) {
                Matcher table = Pattern.compile("`([a-z_]+)`").matcher(row.group(2));
                while (table.find()) {
                    owners.put(table.group(1), row.group(1));
                }
            }
        }
        return owners;
    }

    /** Main sources by path below org/cctvportal (e.g. "estate/CameraService.java"). */
    private static Map<String, String> sources() {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).toList();
            for (Path file : java) {
                sources.put(SOURCES.relativize(file).toString().replace('\\', '/'), read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
