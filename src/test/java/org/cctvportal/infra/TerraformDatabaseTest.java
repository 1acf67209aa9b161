package org.cctvportal.infra;

import static org.cctvportal.infra.TerraformModule.blocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL as CloudNativePG runs it for the portal: three instances one per zone, the portal's role declared without
 * BYPASSRLS and with its password from a secret, continuous backup to object storage with a retention and a schedule,
 * the portal's primary and replica datasources on the read-write and read-only services.
 */
class TerraformDatabaseTest {

    private final TerraformModule root = TerraformModule.load(TerraformModule.ROOT, Map.of());
    private final TerraformModule postgres = TerraformModule.load(TerraformModule.ROOT.resolve("modules/postgres"),
            Map.of("cluster_name", "db", "namespace", "db-ns", "database", "cctv_portal", "portal_username",
                    "cctv_portal", "owner_username", "cctv_owner", "backup", Map.of("destination_path",
                            "s3://backups/cctv", "endpoint_url", "https://backup.example", "retention", "30d",
                            "schedule", "0 0 1 * * *")));

    @Test
    void threeInstancesOnePerZone() {
        assertEquals(3.0, root.variables().get("database_instances").get("default"));
        Map<String, Object> spec = manifest("cluster");
        @SuppressWarnings("unchecked")
        Map<String, Object> affinity = (Map<String, Object>) spec.get("affinity");
        assertEquals("topology.kubernetes.io/zone", affinity.get("topologyKey"));
        assertEquals("required", affinity.get("podAntiAffinityType"), "never two instances in one zone");
        assertEquals(false, spec.get("enableSuperuserAccess"));
    }

    @Test
    void thePortalsRoleIsDeclaredWithoutBypassingRowLevelSecurity() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> roles = (List<Map<String, Object>>) ((Map<String, Object>) manifest("cluster")
                .get("managed")).get("roles");
        assertEquals(1, roles.size());
        Map<String, Object> portal = roles.get(0);
        assertEquals("cctv_portal", portal.get("name"));
        assertEquals(false, portal.get("bypassrls"));
        assertEquals(false, portal.get("superuser"));
        assertEquals("kubernetes_secret_v1.portal.metadata.value.name",
                String.valueOf(((Map<?, ?>) portal.get("passwordSecret")).get("name")));
        @SuppressWarnings("unchecked")
        Map<String, Object> initdb = (Map<String, Object>) ((Map<String, Object>) manifest("cluster")
                .get("bootstrap")).get("initdb");
        assertEquals("cctv_owner", initdb.get("owner"), "the schema owner, which only the migration Job uses");
    }

    @Test
    void backupsRunContinuouslyToObjectStorageWithRetention() {
        Map<String, Object> store = manifest("object_store");
        assertEquals("30d", store.get("retentionPolicy"));
        @SuppressWarnings("unchecked")
        Map<String, Object> configuration = (Map<String, Object>) store.get("configuration");
        assertEquals("s3://backups/cctv", configuration.get("destinationPath"));
        assertNotNull(configuration.get("wal"), "every WAL segment is archived: point-in-time recovery");

        @SuppressWarnings("unchecked")
        Map<String, Object> plugin = ((List<Map<String, Object>>) manifest("cluster").get("plugins")).get(0);
        assertEquals("barman-cloud.cloudnative-pg.io", plugin.get("name"));
        assertEquals(true, plugin.get("isWALArchiver"));
        assertEquals("db-backups", ((Map<?, ?>) plugin.get("parameters")).get("barmanObjectName"));

        Map<String, Object> scheduled = manifest("scheduled_backup");
        assertEquals("0 0 1 * * *", scheduled.get("schedule"));
        assertEquals("plugin", scheduled.get("method"));
        assertEquals(Map.of("name", "db"), scheduled.get("cluster"));
    }

    @Test
    void thePortalWritesToThePrimaryAndReadsFiguresFromTheReplicas() {
        TerraformModule wired = TerraformModule.load(TerraformModule.ROOT, Map.of("database_cluster_name", "db",
                "database_namespace", "db-ns"));
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) wired.locals().get("portal_environment");
        String primary = String.valueOf(environment.get("QUARKUS_DATASOURCE_JDBC_URL"));
        String replica = String.valueOf(environment.get("PORTAL_DB_REPLICA_URL"));
        assertTrue(primary.contains("module.postgres.primary_host") || primary.contains("-rw."), primary);
        assertTrue(replica.contains("module.postgres.replica_host") || replica.contains("-ro."), replica);
        Map<String, Object> outputs = TerraformModule.parse(TerraformModule.read(
                TerraformModule.ROOT.resolve("modules/postgres")), Map.of("cluster_name", "db", "namespace", "db-ns"))
                .outputs();
        assertEquals("db-rw.db-ns.svc", blocks(outputs.get("primary_host")).get(0).get("value"));
        assertEquals("db-ro.db-ns.svc", blocks(outputs.get("replica_host")).get(0).get("value"));
    }

    @Test
    void thePortalVerifiesTheServerAgainstTheClustersCaMountedReadOnly() {
        String tls = String.valueOf(root.locals().get("database_tls"));
        assertTrue(tls.contains("sslmode=verify-full"), "the server's certificate and host name are verified: " + tls);
        assertTrue(tls.contains("sslrootcert=") && tls.endsWith("/ca.crt"), tls);
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) root.locals().get("portal_environment");
        for (String url : List.of("QUARKUS_DATASOURCE_JDBC_URL", "PORTAL_DB_REPLICA_URL")) {
            String value = String.valueOf(environment.get(url));
            assertTrue(value.contains("local.database_tls") || value.contains("sslmode=verify-full"), value);
            assertFalse(value.contains("sslmode=require"), value);
        }
        // The CA is the one the operator makes for the cluster, read once the cluster is ready.
        assertEquals("db-ca", blocks(postgres.outputs().get("ca_secret_name")).get(0).get("value"));
        String rootSource = String.join("\n", TerraformModule.read(TerraformModule.ROOT).values());
        assertTrue(Pattern.compile("data \"kubernetes_secret_v1\" \"database_ca\" \\{\\s*metadata \\{\\s*name\\s*="
                + "\\s*module\\.postgres\\.ca_secret_name\\s*namespace\\s*=\\s*module\\.postgres\\.namespace\\s*}"
                + "\\s*depends_on\\s*=\\s*\\[module\\.postgres]").matcher(rootSource).find(),
                "the portal's copy is read from the cluster's CA secret once the cluster is ready");
        assertTrue(rootSource.contains("data.kubernetes_secret_v1.database_ca.data[\"ca.crt\"]"),
                "only the certificate is copied, never the CA's key");
        assertEquals(List.of(Map.of("type", "Ready", "status", "True")), blocks(blocks(postgres
                .resources("kubernetes_manifest").get("cluster").get("wait")).get(0).get("condition")));

        TerraformModule portal = TerraformModule.load(TerraformModule.ROOT.resolve("modules/portal"),
                Map.of("database_ca_mount", "/etc/ca"));
        for (String type : List.of("kubernetes_deployment_v1", "kubernetes_job_v1")) {
            Map<String, Object> template = blocks(blocks(portal.only(type).get("spec")).get(0).get("template")).get(0);
            Map<String, Object> spec = blocks(template.get("spec")).get(0);
            Map<String, Object> volume = blocks(spec.get("volume")).stream()
                    .filter(v -> "database-ca".equals(v.get("name"))).findFirst().orElseThrow();
            assertTrue(TerraformModule.reference(blocks(volume.get("secret")).get(0).get("secret_name"))
                    .startsWith("kubernetes_secret_v1.database_ca"), type + " mounts the CA secret");
            Map<String, Object> mount = blocks(blocks(spec.get("container")).get(0).get("volume_mount")).stream()
                    .filter(m -> "database-ca".equals(m.get("name"))).findFirst().orElseThrow();
            assertEquals("/etc/ca", mount.get("mount_path"), type);
            assertEquals(Boolean.TRUE, mount.get("read_only"), type + " mounts the CA read-only");
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> manifest(String name) {
        Map<String, Object> resource = postgres.resources("kubernetes_manifest").get(name);
        assertNotNull(resource, "no kubernetes_manifest." + name);
        return (Map<String, Object>) ((Map<String, Object>) resource.get("manifest")).get("spec");
    }
}
