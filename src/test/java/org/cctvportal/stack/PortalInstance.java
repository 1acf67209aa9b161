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
    private final int managementPort;

    private PortalInstance(ManagedProcess process, Path log, int port, int managementPort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** Starts the jar named by {@code -Dportal.jar} with {@code config} as system properties; waits until ready. */
    public static PortalInstance start(String name, int preferredPort, Map<String, String> config) {
        return start(name, preferredPort, 0, config);
    }

    /** The same on a chosen management port too (when free): a portal started again keeps both of its ports. */
    public static PortalInstance start(String name, int preferredPort, int preferredManagementPort,
            Map<String, String> config) {
        Path cache = Path.of(System.getProperty("stack.cache", System.getProperty("user.home") + "/.cache/cctv-portal"));
        Path log = cache.resolve("logs/portal-" + name + ".log");
        int port = ManagedProcess.port(preferredPort);
        int managementPort = ManagedProcess.port(preferredManagementPort);
        ManagedProcess process = new ManagedProcess("Portal instance " + name, log);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m"));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort,
                "-jar", System.getProperty("portal.jar", "target/quarkus-app/quarkus-run.jar")));
        process.start(command, Path.of("").toAbsolutePath(), Map.of());
        process.awaitReady(Duration.ofSeconds(Integer.getInteger("stack.portal-start-seconds", 300)),
                () -> ManagedProcess.httpOk("http://localhost:" + managementPort + "/q/health/ready"));
        return new PortalInstance(process, log, port, managementPort);
    }

    public int port() {
        return port;
    }

    /** The port of its health and metrics, where a load balancer asks whether it is ready. */
    public int managementPort() {
        return managementPort;
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

    /** Ends it at once with SIGKILL, as when its host dies: no shutdown, requests in flight are cut. */
    public void kill() {
        process.signal("KILL");
        process.awaitExit(Duration.ofSeconds(10));
    }
}
