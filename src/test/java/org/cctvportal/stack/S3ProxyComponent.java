package org.cctvportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * S3Proxy with its filesystem backend: a real S3-compatible server that the portal's MinIO client talks to where no
 * MinIO server is reachable. Pointing the portal at MinIO is configuration only.
 */
final class S3ProxyComponent {

    static final String ACCESS_KEY = "cctv-portal-local";
    private static final String SECRET_KEY = "SECRET_KEY";

    private final Path jar;
    private final Path dataDir;
    private final boolean throwaway;
    private final Properties state;
    private final ManagedProcess process;
    private int port;

    S3ProxyComponent(Path cache, String version, String flavour, boolean throwaway) {
        this.jar = cache.resolve("downloads/s3proxy-" + version + "-jar-with-dependencies.jar");
        this.dataDir = cache.resolve("s3-" + flavour);
        this.throwaway = throwaway;
        this.state = StackState.load(cache.resolve("s3proxy-" + flavour + ".properties"), SECRET_KEY);
        this.process = new ManagedProcess("S3Proxy", cache.resolve("logs/s3proxy-" + flavour + ".log"));
    }

    void start(int preferredPort) {
        if (!Files.exists(jar)) {
            throw process.failure("jar is missing at " + jar + "; run ./mvnw process-test-classes");
        }
        port = ManagedProcess.port(preferredPort);
        Path config = dataDir.resolve("s3proxy.conf");
        try {
            if (throwaway) {
                KeycloakComponent.deleteTree(dataDir);
            }
            Files.createDirectories(dataDir.resolve("buckets"));
            Files.writeString(config, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + secretKey(),
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + dataDir.resolve("buckets"), ""));
        } catch (IOException e) {
            throw process.failure("could not write its configuration (" + e.getMessage() + ")");
        }
        launch();
    }

    private void launch() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process.start(List.of(java, "-Xmx256m", "-jar", jar.toString(), "--properties",
                dataDir.resolve("s3proxy.conf").toString()), dataDir, Map.of());
        process.awaitReady(Duration.ofSeconds(60), () -> ManagedProcess.listening(port));
    }

    /** Stops the server, keeping its data: a test sees what the portal does when object storage goes away. */
    void suspend() {
        process.stop();
    }

    /** Starts the suspended server again on the same port with the same data. */
    void resume() {
        if (!ManagedProcess.listening(port)) {
            launch();
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    String secretKey() {
        return state.getProperty(SECRET_KEY);
    }

    void stop() {
        process.stop();
        if (throwaway) {
            try {
                KeycloakComponent.deleteTree(dataDir);
            } catch (IOException e) {
                System.err.println("S3Proxy: could not remove " + dataDir + ": " + e.getMessage());
            }
        }
    }
}
