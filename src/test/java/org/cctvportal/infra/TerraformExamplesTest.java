package org.cctvportal.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two example variable files, for one partnership and for the country, each give every value that has no default
 * and no secret at all, take every image by digest, and meet the variables' own conditions.
 */
class TerraformExamplesTest {

    private static final Pattern DIGEST = Pattern.compile(".+@sha256:[0-9a-f]{64}");
    private final TerraformModule root = TerraformModule.load(TerraformModule.ROOT, Map.of());

    @ParameterizedTest
    @ValueSource(strings = {"terraform.tfvars.example", "national.tfvars.example"})
    void anExampleGivesEveryRequiredValueAndNoSecret(String file) throws Exception {
        Map<String, Object> values = new HCLParser().parse(Files.readString(TerraformModule.ROOT.resolve(file)));
        TreeSet<String> missing = new TreeSet<>();
        root.variables().forEach((name, variable) -> {
            boolean secret = Boolean.TRUE.equals(variable.get("sensitive"));
            if (secret) {
                assertFalse(values.containsKey(name), name + " is a secret and has a value in " + file);
            } else if (!variable.containsKey("default") && !values.containsKey(name)) {
                missing.add(name);
            }
        });
        assertEquals(new TreeSet<>(), missing, "values " + file + " does not give");
        assertTrue(values.keySet().stream().allMatch(root.variables()::containsKey), "unknown names in " + file);
        for (String image : List.of("portal_image", "database_image", "minio_image")) {
            assertTrue(DIGEST.matcher(String.valueOf(values.get(image))).matches(), image + " by digest in " + file);
        }
        assertTrue(((Number) values.get("database_instances")).intValue() >= 3);
        int servers = ((Number) values.get("minio_servers")).intValue();
        int drives = servers * ((Number) values.get("minio_volumes_per_server")).intValue();
        int parity = ((Number) values.get("minio_parity")).intValue();
        assertTrue(servers >= 4 && parity >= 2 && parity <= drives / 2, "erasure coding that survives lost drives");
        assertEquals(values.get("memory_request"), values.get("memory_limit"), "no memory overcommit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"terraform.tfvars.example", "national.tfvars.example"})
    void theHeapLeavesRoomForTheJvmWithinTheMemoryLimit(String file) throws Exception {
        Map<String, Object> values = new HCLParser().parse(Files.readString(TerraformModule.ROOT.resolve(file)));
        long heapMib = mebibytes(String.valueOf(values.get("portal_heap")));
        long limitMib = mebibytes(String.valueOf(values.get("memory_limit")));
        assertTrue(limitMib - heapMib >= 384, "heap " + heapMib + " MiB in a " + limitMib + " MiB limit");
        assertTrue(heapMib >= 256, "the 100,000-row import needs a 256 MiB heap (docs/benchmarks.md)");
    }

    private static long mebibytes(String size) {
        var matcher = Pattern.compile("(\\d+)(g|Gi|m|Mi)").matcher(size);
        assertTrue(matcher.matches(), size);
        long amount = Long.parseLong(matcher.group(1));
        return matcher.group(2).startsWith("g") || matcher.group(2).startsWith("G") ? amount * 1024 : amount;
    }
}
