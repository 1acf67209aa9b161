package org.cctvportal.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged portal ({@code -Dportal.jar}) as a child process on the local stack, in the dev profile (demo data
 * seeded), with its health and metrics on a management port of its own; stopped with the JVM that started it.
 */
public final class PortalProcess {

    /**
     * The heap bound the portal runs with outside tests: the demo launcher's, and the bound the footprint benchmark
     * measures (a deployment sets its own through Terraform's {@code portal_heap}).
     */
    public static final List<String> HEAP_BOUND = List.of("-Xmx256m");

    /**
     * The JVM options that keep an instance small and quick to start, as the container image's entrypoint sets them
     * (docs/operations.md, "The JVM and its heap"; measured by the footprint benchmark): the serial collector (no G1
     * remembered sets and marking bitmaps, about 40 MB on this heap), a small initial heap that grows with need and
     * gives back what is free after a collection, and the client compiler only, which halves the CPU a start costs and
     * keeps the C2 compiler's code and arenas out of an idle instance. The class data sharing archive is added where
     * the package has one ({@link #command}).
     */
    public static final List<String> FOOTPRINT = List.of("-XX:+UseSerialGC", "-Xms64m", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30", "-XX:TieredStopAtLevel=1");

    /** The JVM options the portal runs with outside tests: the heap bound and {@link #FOOTPRINT}. */
    public static final List<String> JVM_OPTIONS = java.util.stream.Stream.concat(HEAP_BOUND.stream(),
            FOOTPRINT.stream()).toList();

    /**
     * The environment the portal's JVM runs with outside tests, as the container image and Terraform set it: two malloc
     * arenas instead of eight per core, so native memory freed by one thread is reused by the next.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

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
        int managementPort = ManagedProcess.port(preferredManagementPort());
        ManagedProcess portal = new ManagedProcess("The portal", cache.resolve("logs/portal-" + name + ".log"));
        Runtime.getRuntime().addShutdownHook(new Thread(portal::stop, "portal-stop"));
        portal.start(command(config, "dev", managementPort, jvmOptions, jar()), appDirectory(jar()), ENVIRONMENT);
        portal.awaitReady(Duration.ofSeconds(180), () -> ready(config, managementPort));
        return new PortalProcess(portal, managementPort);
    }

    /**
     * The migration step, as production runs it: the packaged portal with {@code portal.migrate-only=true} and the
     * owner's credentials in {@code config} migrates the schema and exits (no demo data, no scheduled jobs).
     */
    public static void migrate(Map<String, String> config, String name) {
        Path cache = Path.of(System.getProperty("stack.cache"));
        ManagedProcess migration = new ManagedProcess("The migration step",
                cache.resolve("logs/portal-" + name + "-migrate.log"));
        Map<String, String> once = new LinkedHashMap<>(config);
        once.put("portal.migrate-only", "true");
        once.put("quarkus.flyway.migrate-at-start", "true");
        once.put("portal.demo-data.enabled", "false");
        once.put("quarkus.scheduler.enabled", "false");
        migration.start(command(once, "dev", ManagedProcess.port(9000), JVM_OPTIONS, jar()), appDirectory(jar()),
                ENVIRONMENT);
        int exit = migration.awaitExit(Duration.ofSeconds(180));
        if (exit != 0) {
            throw migration.failure("ended with exit code " + exit);
        }
    }

    /**
     * The portal as production runs it: the prod profile (no demo data, JSON logs, no migration: run
     * {@link #migrate} first), the settings production takes from its environment derived from the stack's
     * {@code config}, and {@code jvmOptions}. Returns once it reports ready.
     */
    public static PortalProcess startProduction(Map<String, String> config, String name, List<String> jvmOptions) {
        return startProduction(config, name, jvmOptions, ENVIRONMENT);
    }

    /** As {@link #startProduction(Map, String, List)}, with {@code environment} for the JVM's own settings. */
    public static PortalProcess startProduction(Map<String, String> config, String name, List<String> jvmOptions,
            Map<String, String> environment) {
        return startProduction(config, name, jvmOptions, environment, jar());
    }

    /**
     * As {@link #startProduction(Map, String, List, Map)}, running the packaged portal {@code jar} (its
     * {@code quarkus-run.jar}) instead of this build's: another build measured against this one on the same stack.
     */
    public static PortalProcess startProduction(Map<String, String> config, String name, List<String> jvmOptions,
            Map<String, String> environment, Path jar) {
        Path cache = Path.of(System.getProperty("stack.cache"));
        // Any free port unless one is asked for: another portal on this machine taking 9000 while this one starts
        // would answer the readiness probe in its place.
        int managementPort = ManagedProcess.port(Integer.getInteger("stack.management-port", 0));
        ManagedProcess portal = new ManagedProcess("The portal (prod)", cache.resolve("logs/portal-" + name + ".log"));
        Runtime.getRuntime().addShutdownHook(new Thread(portal::stop, "portal-stop"));
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.putAll(Map.of("PORTAL_OIDC_URL", config.get("quarkus.oidc.auth-server-url"),
                "PORTAL_KEYCLOAK_URL", config.get("portal.people.keycloak-url"),
                "PORTAL_SMTP_HOST", config.get("quarkus.mailer.host"),
                "PORTAL_SMTP_PORT", config.get("quarkus.mailer.port"), "PORTAL_SMTP_START_TLS", "DISABLED",
                "PORTAL_BASE_URL", config.get("portal.notify.base-url"), "PORTAL_MAIL_FROM", "portal@localhost"));
        portal.start(command(withoutOwner(config), "prod", managementPort, jvmOptions, jar), appDirectory(jar), env);
        portal.awaitReady(Duration.ofSeconds(180), () -> ready(config, managementPort));
        return new PortalProcess(portal, managementPort);
    }

    /**
     * Ready, and listening on its HTTP port: the management port's readiness answers 200 while the start-up
     * observers (the demo data) still run, before the HTTP port opens, so a request sent then would be refused.
     */
    private static boolean ready(Map<String, String> config, int managementPort) {
        return ManagedProcess.httpOk("http://localhost:" + managementPort + "/q/health/ready")
                && ManagedProcess.listening(Integer.parseInt(config.getOrDefault("quarkus.http.port", "8080")));
    }

    /** The stack's {@code config} without the owner's password: what the long-running portal is given. */
    public static Map<String, String> withoutOwner(Map<String, String> config) {
        Map<String, String> portal = new LinkedHashMap<>(config);
        portal.remove("quarkus.flyway.password");
        portal.put("quarkus.flyway.migrate-at-start", "false");
        return portal;
    }

    /**
     * The packaged portal's directory, where it runs: the class data sharing archive made at package names
     * {@code quarkus-run.jar} relative to it, so the JVM uses the archive only when started there.
     */
    private static Path appDirectory(Path jar) {
        return jar.toAbsolutePath().getParent();
    }

    /** This build's packaged portal ({@code -Dportal.jar}). */
    public static Path jar() {
        return Path.of(System.getProperty("portal.jar"));
    }

    private static List<String> command(Map<String, String> config, String profile, int managementPort,
            List<String> jvmOptions, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path archive = appDirectory(jar).resolve("app-cds.jsa");
        if (java.nio.file.Files.isReadable(archive)
                && jvmOptions.stream().noneMatch(option -> option.startsWith("-XX:SharedArchiveFile=")
                        || option.startsWith("-XX:ArchiveClassesAtExit="))) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(jvmOptions);
        command.add("-Dquarkus.profile=" + profile);
        command.add("-Dquarkus.management.port=" + managementPort);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return command;
    }

    /** The operating system's id of the portal's JVM, to read its resident memory. */
    public long pid() {
        return process.pid();
    }

    public int managementPort() {
        return managementPort;
    }

    /**
     * The management port asked for ({@code -Dstack.management-port}, 9000 by default): two stacks started at once on
     * one machine would otherwise both find 9000 free, and the later one's readiness check would ask the other's.
     */
    private static int preferredManagementPort() {
        return Integer.getInteger("stack.management-port", 9000);
    }

    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public void stop() {
        process.stop();
    }
}
