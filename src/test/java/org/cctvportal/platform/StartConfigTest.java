package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a production start checks and asks, as application.properties really configures it with the profile applied:
 * the migration step checks the entities against the schema it migrated and the long-running portal does not check
 * again; neither OIDC tenant discovers Keycloak at start, and both still hold tokens to the realm's issuer.
 */
class StartConfigTest {

    private static final String REALM = "https://id.example.org/realms/cctv-portal";

    private static SmallRyeConfig prod(Map<String, String> given) throws Exception {
        return new SmallRyeConfigBuilder().withProfile("prod").withSources(
                new PropertiesConfigSource(Path.of("src/main/resources/application.properties").toUri().toURL(), 250),
                new PropertiesConfigSource(given, "given", 400)).build();
    }

    @Test
    void theMigrationStepChecksTheSchemaAndTheServingPortalDoesNot() throws Exception {
        assertEquals("validate", prod(Map.of("portal.migrate-only", "true"))
                .getValue("quarkus.hibernate-orm.schema-management.strategy", String.class));
        assertEquals("none", prod(Map.of("portal.migrate-only", "false"))
                .getValue("quarkus.hibernate-orm.schema-management.strategy", String.class));
        assertEquals("none", prod(Map.of()).getValue("quarkus.hibernate-orm.schema-management.strategy",
                String.class));
    }

    @Test
    void testsStillCheckTheSchemaAtEveryStart() throws Exception {
        SmallRyeConfig test = new SmallRyeConfigBuilder().withProfile("test").withSources(new PropertiesConfigSource(
                Path.of("src/main/resources/application.properties").toUri().toURL(), 250)).build();
        assertEquals("validate", test.getValue("quarkus.hibernate-orm.schema-management.strategy", String.class));
    }

    @Test
    void bothTenantsNameKeycloaksEndpointsAndCheckTheRealmAsIssuer() throws Exception {
        SmallRyeConfig prod = prod(Map.of("PORTAL_OIDC_URL", REALM));
        for (String tenant : new String[] { "quarkus.oidc.", "quarkus.oidc.api." }) {
            assertFalse(prod.getValue(tenant + "discovery-enabled", Boolean.class), tenant);
            assertFalse(prod.getValue(tenant + "jwks.resolve-early", Boolean.class), tenant);
            assertEquals("protocol/openid-connect/certs", prod.getValue(tenant + "jwks-path", String.class), tenant);
            assertEquals("protocol/openid-connect/token", prod.getValue(tenant + "token-path", String.class), tenant);
            assertEquals(REALM, prod.getValue(tenant + "token.issuer", String.class), tenant);
        }
        assertEquals("protocol/openid-connect/auth", prod.getValue("quarkus.oidc.authorization-path", String.class));
        assertEquals("protocol/openid-connect/logout", prod.getValue("quarkus.oidc.end-session-path", String.class));
        assertEquals("https://id.example.org/other", prod(Map.of("PORTAL_OIDC_URL", REALM, "PORTAL_OIDC_ISSUER",
                "https://id.example.org/other")).getValue("quarkus.oidc.api.token.issuer", String.class));
    }
}
