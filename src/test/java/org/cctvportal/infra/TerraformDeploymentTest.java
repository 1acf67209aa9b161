package org.cctvportal.infra;

import static org.cctvportal.infra.PortalProperties.environmentName;
import static org.cctvportal.infra.TerraformModule.blocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.platform.storage.StorageConfig;
import org.junit.jupiter.api.Test;

/**
 * The portal's deployment gets its configuration through the environment variables the portal really reads
 * (application.properties, {@link StorageConfig} and the production table in docs/operations.md), keeps secrets in a
 * Kubernetes secret and in no file, and probes the health endpoints on the management port.
 */
class TerraformDeploymentTest {

    private static final Path OPERATIONS = Path.of("docs/operations.md");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|ACCESS_KEY|SECRET_KEY)$");

    private final TerraformModule root = TerraformModule.load(TerraformModule.ROOT, Map.of());

    @Test
    void everyEnvironmentVariableIsOneThePortalReads() throws IOException {
        Set<String> known = knownNames();

        for (String name : environment().keySet()) {
            if (name.startsWith("PORTAL_") || name.startsWith("QUARKUS_")) {
                assertTrue(known.contains(name), name + " is not a key the portal reads; known: " + known);
            }
        }
    }

    @Test
    void everyValueProductionNeedsIsSet() throws IOException {
        Set<String> needed = productionNames();

        // Seven: the owner's password is the migration step's alone (see migrationsRunInAJob...).
        assertTrue(needed.size() >= 7, "the production table in " + OPERATIONS + " was read: " + needed);
        assertTrue(environment().keySet().containsAll(needed), "missing: " + difference(needed));
        assertTrue(environment().containsKey("PORTAL_STORAGE_EVIDENCE_BUCKET"));
        assertTrue(environment().containsKey("PORTAL_STORAGE_IMPORTS_BUCKET"));
    }

    @Test
    void secretsTravelOnlyInTheKubernetesSecret() {
        Map<String, Object> plain = section("portal_environment");
        Map<String, Object> secret = section("portal_secret_environment");

        plain.keySet().forEach(name -> assertFalse(SECRET_NAME.matcher(name).matches(), name + " is in plain sight"));
        secret.keySet().forEach(name -> assertTrue(SECRET_NAME.matcher(name).matches(), name + " is no secret"));
        Map<String, Object> sentinel = Map.of("QUARKUS_DATASOURCE_PASSWORD", "sentinel");
        TerraformModule portal = portalModule(Map.of("secret_environment", sentinel));
        assertEquals(sentinel, portal.resources("kubernetes_secret_v1").get("portal").get("data"));
        Map<String, Object> container = container(portal);
        Map<String, Object> envFrom = blocks(container.get("env_from")).get(0);
        String secretName = TerraformModule.reference(blocks(envFrom.get("secret_ref")).get(0).get("name"));
        assertTrue(secretName.startsWith("kubernetes_secret_v1.portal.metadata"), "env_from reads " + secretName);
    }

    @Test
    void migrationsRunInAJobWithTheOwnersPasswordWhichThePortalNeverHolds() {
        assertFalse(environment().containsKey("QUARKUS_FLYWAY_PASSWORD"), "the portal is given the owner's password");
        assertEquals(Set.of("QUARKUS_FLYWAY_PASSWORD"), section("migration_secret_environment").keySet());
        Map<String, Object> owner = Map.of("QUARKUS_FLYWAY_PASSWORD", "owner-sentinel");
        TerraformModule portal = portalModule(Map.of("secret_environment", Map.of("QUARKUS_DATASOURCE_PASSWORD", "p"),
                "migration_secret_environment", owner, "environment", Map.of("QUARKUS_DATASOURCE_USERNAME", "u")));
        assertEquals(owner, portal.resources("kubernetes_secret_v1").get("migration").get("data"));

        Map<String, Object> job = portal.only("kubernetes_job_v1");
        Map<String, Object> migrate = blocks(blocks(blocks(blocks(job.get("spec")).get(0).get("template")).get(0)
                .get("spec")).get(0).get("container")).get(0);
        assertEquals(List.of("kubernetes_secret_v1.portal", "kubernetes_secret_v1.migration"), secretsOf(migrate));
        assertEquals(Boolean.TRUE, job.get("wait_for_completion"));
        String source = TerraformModule.read(portalSource()).values().stream().reduce("", String::concat);
        assertTrue(Pattern.compile("PORTAL_MIGRATE_ONLY\\s*=\\s*\"true\"").matcher(source).find(),
                "the Job runs the portal's migration step");
        assertEquals("false", PortalProperties.get("portal.migrate-only"), "the flag is off unless set");
        assertEquals("${portal.migrate-only}", PortalProperties.get("%prod.quarkus.flyway.migrate-at-start"),
                "in production the portal migrates only as the migration step");

        Map<String, Object> deployment = portal.only("kubernetes_deployment_v1");
        assertEquals(List.of("kubernetes_secret_v1.portal"), secretsOf(container(portal)),
                "the Deployment reads the portal's secret only");
        assertTrue(String.valueOf(deployment.get("depends_on")).contains("kubernetes_job_v1.migrate"),
                "the Deployment waits for the migration: " + deployment.get("depends_on"));
    }

    @Test
    void noSecretHasADefaultOrAValueInTheExample() throws IOException {
        String example = Files.readString(TerraformModule.ROOT.resolve("terraform.tfvars.example"));
        List<String> secrets = root.variables().entrySet().stream()
                .filter(variable -> Boolean.TRUE.equals(variable.getValue().get("sensitive"))).map(Map.Entry::getKey)
                .toList();

        assertTrue(secrets.containsAll(List.of("oidc_client_secret", "database_password", "minio_admin_password")));
        for (String name : secrets) {
            assertFalse(root.variables().get(name).containsKey("default"), name + " has a default");
            assertFalse(Pattern.compile("(?m)^\\s*" + name + "\\s*=").matcher(example).find(),
                    name + " has a value in terraform.tfvars.example");
        }
    }

    @Test
    void thePortalsHeapIsBoundedByTheConfiguredHeap() {
        assertTrue(root.variables().get("portal_heap").containsKey("default"), "a deployment has a heap bound by default");
        Map<String, Object> container = container(portalModule(Map.of("heap", "sentinel")));
        List<Object> options = blocks(container.get("env")).stream()
                .filter(env -> "JAVA_TOOL_OPTIONS".equals(env.get("name"))).map(env -> env.get("value")).toList();
        assertEquals(List.of("-Xmx" + "sentinel -XX:+ExitOnOutOfMemoryError"), options,
                "the container's JVM takes the configured heap bound");
    }

    @Test
    void thePortalsJvmRunsWithTheFootprintSettingsTheBenchmarkMeasured() {
        assertEquals(String.join(" ", org.cctvportal.stack.PortalProcess.FOOTPRINT),
                root.variables().get("portal_jvm_options").get("default"),
                "a deployment's default is what the footprint benchmark and the demo run with");
        Map<String, Object> container = container(portalModule(Map.of("jvm_options", "sentinel")));
        Map<Object, Object> env = new HashMap<>();
        blocks(container.get("env")).forEach(e -> env.put(e.get("name"), e.get("value")));
        assertEquals("sentinel", env.get("JDK_JAVA_OPTIONS"), "the container's JVM takes the configured options");
        org.cctvportal.stack.PortalProcess.ENVIRONMENT.forEach((name, value) -> assertEquals(value, env.get(name), name));
    }

    @Test
    void probesWatchTheHealthEndpointsOnTheManagementPort() {
        Map<String, Object> container = container(portalModule(Map.of()));
        Map<String, Object> ports = new HashMap<>();
        blocks(container.get("port")).forEach(port -> ports.put(String.valueOf(port.get("name")),
                RealmShape.value(port.get("container_port"))));

        assertEquals(Map.of("http", PortalProperties.get("quarkus.http.port"),
                "management", PortalProperties.get("quarkus.management.port")), ports);
        assertEquals(List.of("/q/health/live", "management"), probe(container, "liveness_probe"));
        assertEquals(List.of("/q/health/ready", "management"), probe(container, "readiness_probe"));
        Map<String, Object> service = portalModule(Map.of()).resources("kubernetes_service_v1").get("portal");
        Map<String, Object> spec = blocks(service.get("spec")).get(0);
        assertEquals(List.of("http"), blocks(spec.get("port")).stream().map(p -> p.get("target_port")).toList(),
                "the management port has no sign-in and stays off the service");
    }

    /** Every environment variable Terraform gives the portal, plain and secret. */
    private Map<String, Object> environment() {
        Map<String, Object> all = new HashMap<>(section("portal_environment"));
        all.putAll(section("portal_secret_environment"));
        return all;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String local) {
        return (Map<String, Object>) root.locals().get(local);
    }

    /** The keys in application.properties and StorageConfig, placeholders there, and operations.md's list. */
    private static Set<String> knownNames() throws IOException {
        Set<String> names = new TreeSet<>(productionNames());
        PortalProperties.load().forEach((key, value) -> {
            names.add(environmentName(key.toString().replaceFirst("^%[a-z]+\\.", "")));
            Matcher placeholder = PLACEHOLDER.matcher(value.toString());
            while (placeholder.find()) {
                names.add(placeholder.group(1));
            }
        });
        for (Method method : StorageConfig.class.getDeclaredMethods()) {
            names.add(environmentName("portal.storage." + method.getName().replaceAll("([A-Z])", "-$1")));
        }
        return names;
    }

    /** The environment variables in operations.md's "Values you must supply in production" table. */
    private static Set<String> productionNames() throws IOException {
        String operations = Files.readString(OPERATIONS);
        int start = operations.indexOf("### Values you must supply in production");
        String table = operations.substring(start, operations.indexOf("\n### ", start + 1));
        Set<String> names = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `[^`]+` \\| `([A-Z0-9_]+)` \\|").matcher(table);
        while (row.find()) {
            names.add(row.group(1));
        }
        return names;
    }

    private Set<String> difference(Set<String> needed) {
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(environment().keySet());
        return missing;
    }

    private TerraformModule portalModule(Map<String, Object> variables) {
        return TerraformModule.load(portalSource(), variables);
    }

    private Path portalSource() {
        return TerraformModule.ROOT.resolve(String.valueOf(root.modules().get("portal").get("source")));
    }

    /** The Kubernetes secrets a container reads its environment from, as references without their attribute. */
    private static List<String> secretsOf(Map<String, Object> container) {
        return blocks(container.get("env_from")).stream()
                .map(from -> TerraformModule.reference(blocks(from.get("secret_ref")).get(0).get("name")))
                .map(name -> name.replaceFirst("\\.metadata.*", "")).toList();
    }

    private static Map<String, Object> container(TerraformModule portal) {
        Map<String, Object> deployment = portal.only("kubernetes_deployment_v1");
        Map<String, Object> template = blocks(blocks(deployment.get("spec")).get(0).get("template")).get(0);
        return blocks(blocks(template.get("spec")).get(0).get("container")).get(0);
    }

    private static List<Object> probe(Map<String, Object> container, String probe) {
        Map<String, Object> get = blocks(blocks(container.get(probe)).get(0).get("http_get")).get(0);
        return List.of(get.get("path"), get.get("port"));
    }
}
