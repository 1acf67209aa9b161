package org.cctvportal.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's container image as a cluster would run it, read from the OCI tarball that {@code ./mvnw -Pimage}
 * writes (it runs only in that profile): a Debian base with Java 17, the portal's libraries in a layer of their own
 * below the application so a new version ships a small layer, a non-root user, and an entrypoint that starts the
 * Quarkus fast-jar with nothing to write but the {@code /tmp} volume.
 */
class ContainerImageCheck {

    private static OciImage image;

    @BeforeAll
    static void readTarball() {
        Path tarball = Path.of(System.getProperty("image.tarball", "target/cctv-portal-image.tar"));
        assertTrue(Files.isRegularFile(tarball), "no image tarball at " + tarball + ": run ./mvnw -Pimage verify");
        image = OciImage.read(tarball);
    }

    @Test
    void itRunsAsANonRootUserWithTheFastJarAsEntrypoint() {
        JsonNode config = image.config();
        String user = config.path("User").asText();
        assertEquals("185:185", user);
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(a -> entrypoint.add(a.asText()));
        assertEquals("java", entrypoint.get(0), entrypoint.toString());
        assertEquals(List.of("-jar", "/deployments/quarkus-run.jar"),
                entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));
        assertEquals("/deployments", config.path("WorkingDir").asText());
        assertTrue(config.path("Volumes").has("/tmp"), "the one writable place is a volume: " + config);
        List<String> env = new ArrayList<>();
        config.path("Env").forEach(e -> env.add(e.asText()));
        assertTrue(env.stream().anyMatch(e -> e.startsWith("JAVA_TOOL_OPTIONS=")), "the heap is bounded: " + env);
        assertTrue(env.contains("JDK_JAVA_OPTIONS=" + String.join(" ", org.cctvportal.stack.PortalProcess.FOOTPRINT)),
                "the footprint settings the benchmark measured: " + env);
        org.cctvportal.stack.PortalProcess.ENVIRONMENT.forEach((name, value) -> assertTrue(
                env.contains(name + "=" + value), name + " in " + env));
        assertTrue(entrypoint.contains("-XX:SharedArchiveFile=/deployments/app-cds.jsa"), entrypoint.toString());
        assertTrue(image.layers().stream().anyMatch(layer -> layer.containsKey("/deployments/app-cds.jsa")),
                "the class data sharing archive made at package is in the image");
    }

    @Test
    void theBaseHasJava17AndTheUserAndThePortalSitsInLayersAboveIt() {
        List<Map<String, Integer>> layers = image.layers();
        assertTrue(layers.size() >= 4, "base, libraries, Quarkus and the application: " + layers.size());
        Map<String, Integer> base = layers.get(0);
        assertTrue(base.keySet().stream().anyMatch(p -> p.matches("/usr/lib/jvm/java-17-openjdk-[a-z0-9]+/bin/java")),
                "the base layer holds Debian's Java 17 runtime");
        assertTrue(base.containsKey("/etc/passwd"));

        int libraries = layerHolding(layers, "/deployments/lib/");
        int quarkus = layerHolding(layers, "/deployments/quarkus-run.jar");
        int application = layerHolding(layers, "/deployments/app/");
        assertTrue(0 < libraries && libraries < application && quarkus < application,
                "libraries " + libraries + ", quarkus " + quarkus + ", application " + application);
        assertTrue(layers.get(application).keySet().stream().noneMatch(p -> p.startsWith("/deployments/lib/")),
                "the application layer carries no libraries");
        // Jib's own class layout is not shipped: the fast-jar is the application.
        layers.forEach(layer -> assertTrue(layer.keySet().stream().noneMatch(p -> p.startsWith("/app/")), "no /app"));
    }

    private static int layerHolding(List<Map<String, Integer>> layers, String prefix) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).keySet().stream().anyMatch(p -> p.startsWith(prefix))) {
                return i;
            }
        }
        throw new AssertionError("no layer holds " + prefix);
    }
}
