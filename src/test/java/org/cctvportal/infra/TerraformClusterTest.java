package org.cctvportal.infra;

import static org.cctvportal.infra.TerraformModule.blocks;
import static org.cctvportal.infra.TerraformModules.many;
import static org.cctvportal.infra.TerraformModules.maps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What must hold of every resource the Terraform makes on the cluster, read from the HCL with hcl4j: secrets only
 * from variables, every namespace closed by default, only the portal and its migration Job reaching PostgreSQL, the
 * portal reaching only what it needs, every container non-root.
 */
class TerraformClusterTest {

    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|key|config\\.env).*");
    private static final Pattern PLAIN_SECRET = Pattern.compile(
            "(?im)^\\s*\"?[a-z_]*(password|secret|secret_key|access_key)\"?\\s*=\\s*\"[^\"$]+\"");

    @Test
    void everySecretValueComesFromAVariable() {
        int checked = 0;
        for (Map.Entry<String, Path> module : TerraformModules.directories().entrySet()) {
            if (TerraformModule.load(module.getValue(), Map.of()).resources("kubernetes_secret_v1").isEmpty()) {
                continue;
            }
            TerraformModule read = TerraformModules.withSentinels(module.getValue());
            for (var secret : read.resources("kubernetes_secret_v1").entrySet()) {
                if (!(secret.getValue().get("data") instanceof Map<?, ?> data)) {
                    continue;
                }
                for (var entry : data.entrySet()) {
                    if (SECRET_KEY.matcher(entry.getKey().toString()).matches()) {
                        assertTrue(String.valueOf(entry.getValue()).contains(TerraformModules.SENTINEL),
                                module.getKey() + ": " + secret.getKey() + "." + entry.getKey() + " is not from a"
                                        + " sensitive variable: " + entry.getValue());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 6, "the database roles, backup, MinIO and Keycloak secrets were read: " + checked);
    }

    @Test
    void noPasswordIsWrittenInAnyFile() {
        for (Path dir : TerraformModules.directories().values()) {
            TerraformModule.read(dir).forEach((file, text) -> assertFalse(PLAIN_SECRET.matcher(text).find(),
                    dir.resolve(file) + " writes a secret in plain text"));
        }
    }

    @Test
    void everyNamespaceDeniesAllTrafficByDefault() {
        Set<String> withNamespace = new TreeSet<>();
        for (Map.Entry<String, Path> module : TerraformModules.directories().entrySet()) {
            TerraformModule read = TerraformModule.load(module.getValue(), Map.of());
            if (read.resources("kubernetes_namespace_v1").isEmpty()) {
                continue;
            }
            withNamespace.add(module.getKey());
            Map<String, Object> deny = read.resources("kubernetes_network_policy_v1").get("default_deny");
            assertTrue(deny != null, module.getKey() + " has a namespace and no default-deny policy");
            Map<String, Object> spec = blocks(deny.get("spec")).get(0);
            assertEquals(Map.of(), spec.get("pod_selector"), "it selects every pod");
            assertEquals(List.of("Ingress", "Egress"), spec.get("policy_types"));
            assertFalse(spec.containsKey("ingress") || spec.containsKey("egress"), "it allows nothing");
        }
        assertEquals(Set.of("portal", "postgres", "minio-tenant", "keycloak-server"), withNamespace);
    }

    @Test
    void onlyThePortalAndItsMigrationJobReachPostgres() {
        TerraformModule postgres = TerraformModule.load(TerraformModule.ROOT.resolve("modules/postgres"),
                Map.of("cluster_name", "db", "portal_namespace", "portal-ns"));
        List<String> allowed = new ArrayList<>();
        for (var policy : postgres.resources("kubernetes_network_policy_v1").values()) {
            for (Map<String, Object> rule : blocks(blocks(policy.get("spec")).get(0).get("ingress"))) {
                if (blocks(rule.get("ports")).stream().noneMatch(p -> "5432".equals(p.get("port")))) {
                    continue;
                }
                for (Map<String, Object> from : blocks(rule.get("from"))) {
                    allowed.add(String.valueOf(from));
                }
            }
        }
        assertEquals(List.of("{namespace_selector={match_labels={kubernetes.io/metadata.name=portal-ns}},"
                + " pod_selector={match_expressions={key=app.kubernetes.io/component, operator=In,"
                + " values=[web, migration]}, match_labels={app.kubernetes.io/name=cctv-portal}}}",
                "{pod_selector={match_labels={cnpg.io/cluster=db}}}"), allowed,
                "the portal's web and migration pods, and the instances for replication");
    }

    @Test
    void thePortalReachesOnlyDnsPostgresMinioKeycloakAndMail() {
        TerraformModule portal = TerraformModule.load(TerraformModule.ROOT.resolve("modules/portal"),
                Map.of("database_namespace", "db-ns", "storage_namespace", "storage-ns", "keycloak_namespace", "kc-ns",
                        "smtp_cidrs", List.of("192.0.2.25/32"), "keycloak_cidrs", List.of(), "smtp_port", "587"));
        Map<String, Object> spec = blocks(portal.resources("kubernetes_network_policy_v1").get("portal")
                .get("spec")).get(0);
        Map<String, Set<Object>> reached = new TreeMap<>();
        for (Map<String, Object> rule : blocks(spec.get("egress"))) {
            for (Map<String, Object> to : blocks(rule.get("to"))) {
                reached.computeIfAbsent(namespace(to), n -> new TreeSet<>()).addAll(ports(rule));
            }
            for (Map<String, Object> dynamic : blocks(rule.get("dynamic"))) {
                Map<String, Object> to = blocks(dynamic.get("to")).get(0);
                reached.computeIfAbsent("addresses " + to.get("for_each"), n -> new TreeSet<>())
                        .addAll(ports(rule));
            }
        }
        for (Map<String, Object> dynamic : blocks(blocks(spec.get("dynamic")).get(0).get("egress"))) {
            Map<String, Object> content = blocks(dynamic.get("content")).get(0);
            for (Object value : many(dynamic.get("for_each"))) {
                reached.computeIfAbsent(String.valueOf(value), n -> new TreeSet<>()).addAll(ports(content));
            }
        }
        assertEquals(Map.of("kube-system", Set.of("53"), "db-ns", Set.of("5432"), "storage-ns", Set.of("9000"),
                "kc-ns", Set.of("8443"), "addresses [192.0.2.25/32]", Set.of("587")), reached);
    }

    @Test
    void everyContainerRunsAsNonRoot() {
        int contexts = 0;
        for (Map.Entry<String, Path> module : TerraformModules.directories().entrySet()) {
            TerraformModule read = TerraformModule.load(module.getValue(), Map.of());
            for (var manifest : read.resources("kubernetes_manifest").entrySet()) {
                for (Map<String, Object> map : maps(manifest.getValue())) {
                    for (String key : List.of("securityContext", "containerSecurityContext")) {
                        if (map.get(key) instanceof Map<?, ?> context) {
                            assertEquals(true, context.get("runAsNonRoot"), module.getKey() + " " + manifest.getKey());
                            contexts++;
                        }
                    }
                    assertFalse(Double.valueOf(0).equals(map.get("runAsUser")), "uid 0 in " + manifest.getKey());
                    assertFalse(map.containsKey("postgresUID") || map.containsKey("privileged"), manifest.getKey());
                }
            }
        }
        assertTrue(contexts >= 3, "MinIO's pods and containers, Keycloak's pods: " + contexts);
        TerraformModule portal = TerraformModule.load(TerraformModule.ROOT.resolve("modules/portal"), Map.of());
        List<Map<String, Object>> pods = new ArrayList<>();
        for (String type : List.of("kubernetes_deployment_v1", "kubernetes_job_v1")) {
            Map<String, Object> template = blocks(blocks(portal.only(type).get("spec")).get(0).get("template")).get(0);
            pods.add(blocks(template.get("spec")).get(0));
        }
        for (Map<String, Object> pod : pods) {
            Map<String, Object> context = blocks(pod.get("security_context")).get(0);
            assertEquals(true, context.get("run_as_non_root"));
            assertEquals(185.0, context.get("run_as_user"), "the image's user (ContainerImageCheck)");
            Map<String, Object> container = blocks(blocks(pod.get("container")).get(0).get("security_context")).get(0);
            assertEquals(true, container.get("read_only_root_filesystem"));
            assertEquals(false, container.get("allow_privilege_escalation"));
        }
    }

    private static String namespace(Map<String, Object> to) {
        Object selector = blocks(to.get("namespace_selector")).stream().findFirst()
                .map(s -> s.get("match_labels")).orElse(null);
        return selector instanceof Map<?, ?> labels ? String.valueOf(labels.get("kubernetes.io/metadata.name"))
                : "pods of its own namespace";
    }

    private static List<Object> ports(Map<String, Object> rule) {
        return blocks(rule.get("ports")).stream().map(p -> (Object) String.valueOf(p.get("port"))).toList();
    }
}
