package org.cctvportal.infra;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.VariableTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One Terraform module under {@code infra/terraform}, read with hcl4j. hcl4j evaluates what it can: literals, locals,
 * variables given to it or defaulted, and Terraform functions; a reference to another resource or to {@code each}
 * stays a reference ({@link #reference}). A function given an unknown value yields null instead of failing, as
 * Terraform's own "known after apply" would.
 */
final class TerraformModule {

    static final Path ROOT = Path.of("infra/terraform");

    private final String name;
    private final Map<String, Object> parsed;

    private TerraformModule(String name, Map<String, Object> parsed) {
        this.name = name;
        this.parsed = parsed;
    }

    /** The module in {@code dir}, with {@code variables} as its input values. */
    static TerraformModule load(Path dir, Map<String, Object> variables) {
        return parse(dir.toString(), read(dir), variables);
    }

    /** A module from its files' text, so a test can read an altered copy. */
    static TerraformModule parse(Map<String, String> files, Map<String, Object> variables) {
        return parse("altered copy of " + files.keySet(), files, variables);
    }

    private static TerraformModule parse(String name, Map<String, String> files, Map<String, Object> variables) {
        HCLParser parser = new HCLParser() {
            {
                functionRegistry.replaceAll((name, function) -> arguments -> arguments.contains(null) ? null
                        : function.method(arguments));
            }
        };
        parser.setVariables(variables);
        try {
            return new TerraformModule(name, parser.parse(String.join("\n", files.values())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("hcl4j could not read " + name, e);
        }
    }

    /** The text of each {@code .tf} file in {@code dir}, by file name. */
    static Map<String, String> read(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path file : paths.filter(f -> f.toString().endsWith(".tf")).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("No Terraform files in " + dir.toAbsolutePath());
        }
        return files;
    }

    /** Resources of one type, by name; empty when there are none. */
    Map<String, Map<String, Object>> resources(String type) {
        return section(section(parsed, "resource"), type);
    }

    /** The one resource of a type; fails when there is none or more than one. */
    Map<String, Object> only(String type) {
        Map<String, Map<String, Object>> resources = resources(type);
        if (resources.size() != 1) {
            throw new IllegalStateException("Expected one " + type + " in " + name + ", found " + resources.keySet());
        }
        return resources.values().iterator().next();
    }

    /** Every resource type declared in the module. */
    List<String> resourceTypes() {
        return List.copyOf(section(parsed, "resource").keySet());
    }

    Map<String, Object> locals() {
        return section(parsed, "locals");
    }

    /** Variable declarations, by name. */
    Map<String, Map<String, Object>> variables() {
        return section(parsed, "variable");
    }

    /** Output declarations, by name. */
    Map<String, Object> outputs() {
        return section(parsed, "output");
    }

    /** Module calls, by name, with their arguments as far as hcl4j could evaluate them. */
    Map<String, Map<String, Object>> modules() {
        return section(parsed, "module");
    }

    /** A nested block written once (a map) or several times (a list of maps), as a list; empty when absent. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> blocks(Object block) {
        if (block instanceof Map<?, ?> one) {
            return List.of((Map<String, Object>) one);
        }
        return block instanceof List<?> many ? (List<Map<String, Object>>) many : List.of();
    }

    /** The text of an unevaluated reference such as {@code keycloak_openid_client.portal.id}, else null. */
    static String reference(Object value) {
        return value instanceof VariableTree tree ? tree.getName() : null;
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> section(Map<String, ?> map, String key) {
        Object value = map.get(key);
        return value instanceof Map<?, ?> found ? (Map<String, T>) found : new LinkedHashMap<>();
    }
}
