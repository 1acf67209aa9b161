package org.cctvportal.infra;

import static org.cctvportal.infra.TerraformModule.blocks;
import static org.cctvportal.infra.TerraformModule.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The buckets Terraform creates are the ones the portal uses, the evidence bucket is versioned and locked, and the
 * portal's MinIO account reaches nothing else and can change no bucket setting.
 */
class TerraformStorageTest {

    private static final Set<String> FORBIDDEN_ACTIONS = Set.of("s3:*", "s3:CreateBucket", "s3:DeleteBucket",
            "s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:PutBucketVersioning",
            "s3:PutBucketObjectLockConfiguration", "s3:PutLifecycleConfiguration", "s3:BypassGovernanceRetention",
            "s3:DeleteObjectVersion", "admin:*");

    private final TerraformModule root = TerraformModule.load(TerraformModule.ROOT, Map.of());
    private final Map<String, Object> storageArguments = arguments(root.modules().get("object_storage"));
    private final TerraformModule storage = TerraformModule.load(
            TerraformModule.ROOT.resolve(String.valueOf(root.modules().get("object_storage").get("source"))),
            storageArguments);

    @Test
    void theBucketsAreTheOnesThePortalUses() {
        String evidence = PortalProperties.get("portal.storage.evidence-bucket");
        String imports = PortalProperties.get("portal.storage.imports-bucket");

        assertEquals(evidence, root.variables().get("evidence_bucket").get("default"));
        assertEquals(imports, root.variables().get("imports_bucket").get("default"));
        assertEquals(evidence, storageArguments.get("evidence_bucket"));
        assertEquals(imports, storageArguments.get("imports_bucket"));
        assertEquals(Set.of(evidence, imports), bucketNames().keySet());
    }

    @Test
    void theEvidenceBucketIsVersionedAndLockedFromTheStart() {
        String evidence = PortalProperties.get("portal.storage.evidence-bucket");
        String resource = bucketNames().get(evidence);
        assertNotNull(resource, "no minio_s3_bucket creates " + evidence);

        assertEquals(true, storage.resources("minio_s3_bucket").get(resource).get("object_locking"),
                "object locking can only be turned on when the bucket is created");
        Map<String, Object> versioning = forBucket("minio_s3_bucket_versioning", resource);
        assertEquals("Enabled", blocks(versioning.get("versioning_configuration")).get(0).get("status"));
        Map<String, Object> lock = forBucket("minio_s3_bucket_object_lock_configuration", resource);
        Map<String, Object> retention = blocks(blocks(lock.get("rule")).get(0).get("default_retention")).get(0);
        assertEquals(storageArguments.get("evidence_retention_mode"), retention.get("mode"));
        assertEquals(31.0, retention.get("days"), "31 days unless evidential");
    }

    @Test
    void everyBucketAbortsIncompleteUploadsAfterADayAsThePortalsSweepDoes() {
        java.time.Duration portal = java.time.Duration.parse("P" + PortalProperties.get(
                "portal.storage.abandoned-upload-after").toUpperCase());
        assertEquals(1, portal.toDays(), "the portal's sweep aborts uploads a day old");
        assertEquals(List.of(), storage.resources("minio_ilm_policy").keySet().stream().toList(),
                "one lifecycle resource per bucket: minio_ilm_policy has no multipart rule and would fight it");
        for (String resource : bucketNames().values()) {
            Map<String, Object> lifecycle = forBucket("minio_s3_bucket_lifecycle", resource);
            List<Map<String, Object>> aborts = blocks(lifecycle.get("rule")).stream()
                    .filter(rule -> rule.containsKey("abort_incomplete_multipart_upload")).toList();
            assertEquals(1, aborts.size(), "one abort rule on " + resource);
            assertEquals(null, aborts.get(0).get("filter"), "the whole bucket, not a prefix");
            Object days = blocks(aborts.get(0).get("abort_incomplete_multipart_upload")).get(0)
                    .get("days_after_initiation");
            assertEquals(portal.toDays(), ((Number) days).longValue(), resource);
        }
        Map<String, Object> evidence = forBucket("minio_s3_bucket_lifecycle",
                bucketNames().get(PortalProperties.get("portal.storage.evidence-bucket")));
        assertTrue(blocks(evidence.get("rule")).stream().anyMatch(rule -> rule.containsKey(
                "noncurrent_version_expiration")), "disposed versions are still removed once their lock ends");
    }

    @Test
    void thePortalSetsRetentionInTheModeOfTheBucketsDefaultRetention() throws Exception {
        // hcl4j does not evaluate a variable inside locals, so the wiring is read as written.
        String main = java.nio.file.Files.readString(TerraformModule.ROOT.resolve("main.tf"));
        assertTrue(main.matches("(?s).*\\bPORTAL_STORAGE_OBJECT_LOCK_MODE\\s*=\\s*var\\.evidence_retention_mode\\b.*"),
                "the portal's lock mode is the bucket's");
        assertTrue(main.matches("(?s).*\\bevidence_retention_mode\\s*=\\s*var\\.evidence_retention_mode\\b.*"));
        assertTrue(Set.of("GOVERNANCE", "COMPLIANCE").contains(String.valueOf(storageArguments.get(
                "evidence_retention_mode"))));
    }

    @Test
    void thePortalsAccountReachesOnlyItsBucketsAndCannotLiftALock() throws Exception {
        Map<String, String> buckets = bucketNames();
        JsonNode policy = RealmFile.JSON.readTree(String.valueOf(
                storage.only("minio_iam_policy").get("policy")));
        Set<String> actions = new HashSet<>();
        Set<String> resources = new HashSet<>();
        for (JsonNode statement : policy.path("Statement")) {
            assertEquals("Allow", statement.path("Effect").asText());
            statement.path("Action").forEach(action -> actions.add(action.asText()));
            statement.path("Resource").forEach(arn -> resources.add(resolveBucket(arn.asText(), buckets)));
        }
        Set<String> allowedResources = new HashSet<>();
        for (String bucket : buckets.keySet()) {
            allowedResources.addAll(List.of("arn:aws:s3:::" + bucket, "arn:aws:s3:::" + bucket + "/*"));
        }

        assertEquals(allowedResources, resources);
        assertTrue(actions.containsAll(Set.of("s3:ListBucket", "s3:GetObject", "s3:PutObject")),
                "readiness checks each bucket; evidence and imports are read and written: " + actions);
        assertFalse(actions.stream().anyMatch(FORBIDDEN_ACTIONS::contains), "forbidden action in " + actions);
        Map<String, Object> attachment = storage.only("minio_iam_user_policy_attachment");
        assertEquals("minio_iam_user.portal.id", reference(attachment.get("user_name")));
        assertEquals("minio_iam_policy.portal.id", reference(attachment.get("policy_name")));
    }

    /** Bucket name to the name of the minio_s3_bucket resource that creates it. */
    private Map<String, String> bucketNames() {
        Map<String, String> names = new HashMap<>();
        storage.resources("minio_s3_bucket").forEach((name, bucket) -> names.put(String.valueOf(bucket.get("bucket")),
                name));
        return names;
    }

    private Map<String, Object> forBucket(String type, String bucketResource) {
        return storage.resources(type).values().stream()
                .filter(r -> ("minio_s3_bucket." + bucketResource + ".bucket").equals(reference(r.get("bucket"))))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " for bucket " + bucketResource));
    }

    /** An ARN with its unevaluated minio_s3_bucket reference replaced by the bucket's name. */
    private static String resolveBucket(String arn, Map<String, String> buckets) {
        for (Map.Entry<String, String> bucket : buckets.entrySet()) {
            arn = arn.replace("minio_s3_bucket." + bucket.getValue() + ".bucket", bucket.getKey());
        }
        return arn;
    }

    private static Map<String, Object> arguments(Map<String, Object> moduleCall) {
        Map<String, Object> arguments = new HashMap<>(moduleCall);
        arguments.remove("source");
        return arguments;
    }
}
