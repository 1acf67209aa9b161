package org.cctvportal.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Secrets of the local stack, generated on first use and kept beside the component they belong to (mode 600), so no
 * secret is written in the repository and a restart reuses what the component already knows.
 */
final class StackState {

    private static final SecureRandom RANDOM = new SecureRandom();

    private StackState() {
    }

    static Properties load(Path file, String... secretKeys) {
        Properties properties = new Properties();
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                }
            }
            boolean changed = false;
            for (String key : secretKeys) {
                if (!properties.containsKey(key)) {
                    properties.setProperty(key, randomSecret());
                    changed = true;
                }
            }
            if (changed) {
                save(file, properties);
            }
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException("could not read or write the local stack state " + file, e);
        }
    }

    static void save(Path file, Properties properties) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "local stack state: generated, never committed");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    static String randomSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
