package org.cctvportal.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The portal's {@code application.properties}, as the Terraform tests compare against it. */
final class PortalProperties {

    static final Path PATH = Path.of("src/main/resources/application.properties");

    private PortalProperties() {
    }

    static Properties load() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(PATH)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The value of a key without a profile prefix; fails when the key is missing. */
    static String get(String key) {
        String value = load().getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not in " + PATH);
        }
        return value;
    }

    /** A configuration key as Quarkus reads it from the environment: upper case, other characters as underscores. */
    static String environmentName(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
