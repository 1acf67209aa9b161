package org.cctvportal.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged portal ({@code -Dportal.jar}) as a child process on the local stack, in the dev profile (demo data
 * seeded), with its health and metrics on a management port of its own; stopped with the JVM that started it.
 */
public final class PortalProcess {

    private final ManagedProcess process;
    private final int managementPort;

    private PortalProcess(ManagedProcess process, int managementPort) {
        this.process = process;
        this.managementPort = managementPort;
    }

    /**
     * Starts the portal with the stack's {@code config} plus {@code jvmOptions} (a heap limit, say), logging to
     * {@code logs/portal-<name>.log} in the stack cache, and waits until it reports ready.
     */
    public static PortalProcess start(Map<String, String> config, String name, List<String> jvmOptions) {
        Path cache = Path.of(System.getProperty("stack.cache"));
        int managementPort = ManagedProcess.port(9000);
        ManagedProcess portal = new ManagedProcess("The portal", cache.resolve("logs/portal-" + name + ".log"));
        Runtime.getRuntime().addShutdownHook(new Thread(portal::stop, "portal-stop"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dquarkus.profile=dev");
        command.add("-Dquarkus.management.port=" + managementPort);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", System.getProperty("portal.jar")));
        portal.start(command, Path.of("").toAbsolutePath(), Map.of());
        portal.awaitReady(Duration.ofSeconds(180), () -> ManagedProcess.httpOk(
                "http://localhost:" + managementPort + "/q/health/ready"));
        return new PortalProcess(portal, managementPort);
    }

    public int managementPort() {
        return managementPort;
    }

    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public void stop() {
        process.stop();
    }
}
