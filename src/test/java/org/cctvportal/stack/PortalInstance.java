package org.cctvportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One packaged portal ({@code target/quarkus-app/quarkus-run.jar}) running as a process against the local stack, on
 * its own HTTP and management ports: several of them share one database, Keycloak and S3 server as replicas do.
 */
public final class PortalInstance {

    private final ManagedProcess process;
    private final Path log;
    private final int port;

    private PortalInstance(ManagedProcess process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar named by {@code -Dportal.jar} with {@code config} as system properties; waits until ready. */
    public static PortalInstance start(String name, int preferredPort, Map<String, String> config) {
        Path cache = Path.of(System.getProperty("stack.cache", System.getProperty("user.home") + "/.cache/cctv-portal"));
        Path log = cache.resolve("logs/portal-" + name + ".log");
        int port = ManagedProcess.port(preferredPort);
        int managementPort = ManagedProcess.port(0);
        ManagedProcess process = new ManagedProcess("Portal instance " + name, log);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m"));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort,
                "-jar", System.getProperty("portal.jar", "target/quarkus-app/quarkus-run.jar")));
        process.start(command, Path.of("").toAbsolutePath(), Map.of());
        process.awaitReady(Duration.ofSeconds(120),
                () -> ManagedProcess.httpOk("http://localhost:" + managementPort + "/q/health/ready"));
        return new PortalInstance(process, log, port);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** What the instance has logged so far. */
    public List<String> logLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + log, e);
        }
    }

    public void stop() {
        process.stop();
    }
}
