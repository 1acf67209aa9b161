package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The CSRF cookie as each profile really configures it, read from application.properties with the profile applied.
 * In production its name has the {@code __Host-} prefix, which browsers accept only on a Secure cookie with Path=/ and
 * no Domain, so a sibling subdomain cannot plant a token; dev and test keep a plain name over http.
 */
class CsrfCookieConfigTest {

    private static SmallRyeConfig profile(String name) throws Exception {
        return new SmallRyeConfigBuilder().withProfile(name).withSources(new PropertiesConfigSource(
                Path.of("src/main/resources/application.properties").toUri().toURL(), 250)).build();
    }

    @Test
    void productionUsesAHostPrefixedSecureCookieAtTheRoot() throws Exception {
        SmallRyeConfig prod = profile("prod");
        assertTrue(prod.getValue("quarkus.rest-csrf.cookie-name", String.class).startsWith("__Host-"));
        assertTrue(prod.getValue("quarkus.rest-csrf.cookie-force-secure", Boolean.class));
        assertEquals("/", prod.getOptionalValue("quarkus.rest-csrf.cookie-path", String.class).orElse("/"));
        assertFalse(prod.getOptionalValue("quarkus.rest-csrf.cookie-domain", String.class).isPresent());
        // The form field keeps its name, so pages and HTMX send the token as before.
        assertFalse(prod.getOptionalValue("quarkus.rest-csrf.form-field-name", String.class).isPresent());
    }

    @Test
    void devAndTestKeepAPlainCookieOverHttp() throws Exception {
        for (String name : new String[] { "dev", "test" }) {
            SmallRyeConfig config = profile(name);
            assertFalse(config.getOptionalValue("quarkus.rest-csrf.cookie-name", String.class).orElse("csrf-token")
                    .startsWith("__Host-"), name);
            assertFalse(config.getOptionalValue("quarkus.rest-csrf.cookie-force-secure", Boolean.class)
                    .orElse(false), name);
        }
    }
}
