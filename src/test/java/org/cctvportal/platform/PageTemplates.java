package org.cctvportal.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The portal's Qute templates as text, by their path under the templates folder, for the checks that read them. */
final class PageTemplates {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private PageTemplates() {
    }

    static Map<String, String> all() throws IOException {
        Map<String, String> templates = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                templates.put(TEMPLATES.relativize(file).toString(), Files.readString(file));
            }
        }
        return templates;
    }
}
