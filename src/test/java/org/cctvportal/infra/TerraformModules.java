package org.cctvportal.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every module of infra/terraform, the root included, and walks over what hcl4j read of them. */
final class TerraformModules {

    static final String SENTINEL = "SENTINEL-";

    private TerraformModules() {
    }

    /** Each module's directory, by name ("root" for infra/terraform itself). */
    static Map<String, Path> directories() {
        Map<String, Path> dirs = new LinkedHashMap<>();
        dirs.put("root", TerraformModule.ROOT);
        try (Stream<Path> modules = Files.list(TerraformModule.ROOT.resolve("modules"))) {
            modules.filter(Files::isDirectory).sorted()
                    .forEach(dir -> dirs.put(dir.getFileName().toString(), dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dirs;
    }

    /** A module read with each of its sensitive variables set to {@code SENTINEL-<name>}, the others unset. */
    static TerraformModule withSentinels(Path dir) {
        TerraformModule plain = TerraformModule.load(dir, Map.of());
        Map<String, Object> sentinels = new HashMap<>();
        plain.variables().forEach((name, variable) -> {
            if (Boolean.TRUE.equals(variable.get("sensitive"))) {
                sentinels.put(name, SENTINEL + name);
            }
        });
        return TerraformModule.load(dir, sentinels);
    }

    /** Every map anywhere inside {@code tree}, the tree itself included, depth first. */
    static List<Map<String, Object>> maps(Object tree) {
        List<Map<String, Object>> found = new ArrayList<>();
        collect(tree, found);
        return found;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object tree, List<Map<String, Object>> found) {
        if (tree instanceof Map<?, ?> map) {
            found.add((Map<String, Object>) map);
            map.values().forEach(value -> collect(value, found));
        } else if (tree instanceof List<?> list) {
            list.forEach(value -> collect(value, found));
        }
    }

    /** A value written once (a scalar or a map) or several times (a list), as a list. */
    static List<Object> many(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? List.copyOf(list) : List.of(value);
    }
}
