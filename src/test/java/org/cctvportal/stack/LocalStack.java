package org.cctvportal.stack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one mechanism that brings up the portal's real components, used by the demo run and by the tests alike:
 * PostgreSQL, Keycloak, S3Proxy and GreenMail (the mail server Keycloak sends through). {@link #start()} returns the
 * portal's configuration for them; {@link #stop()} stops everything it started (and is safe to call twice).
 *
 * <p>A benchmark runs on a stack of its own, or joins one already running ({@link #forBenchmark()}): the build's tiny
 * run starts Keycloak, S3Proxy and the mail server once and runs each benchmark, in a JVM of its own, on them.
 */
public final class LocalStack {

    /**
     * Which stack: the demo keeps its data between runs; the tests' data is thrown away; the benchmark keeps its
     * national-scale estate in a database of its own, so a second run reuses it; the build's tiny benchmark run has a
     * Keycloak and ports of its own, so it can run beside a national run and a test stack.
     */
    public enum Flavour {
        DEMO(8080, 8180, 8280, 8025, 8143, 8380), TEST(8081, 8181, 8281, 8026, 8144, 8381),
        BENCH(8090, 8190, 8290, 8027, 8145, 8390), TINY_BENCH(18911, 18912, 18913, 18914, 18915, 18916);

        final int portalPort;
        final int keycloakPort;
        final int s3Port;
        final int smtpPort;
        final int imapPort;
        final int mailApiPort;

        Flavour(int portalPort, int keycloakPort, int s3Port, int smtpPort, int imapPort, int mailApiPort) {
            this.portalPort = portalPort;
            this.keycloakPort = keycloakPort;
            this.s3Port = s3Port;
            this.smtpPort = smtpPort;
            this.imapPort = imapPort;
            this.mailApiPort = mailApiPort;
        }
    }

    private final Flavour flavour;
    private final PostgresComponent postgres;
    private final KeycloakComponent keycloak;
    private final S3ProxyComponent s3;
    private final GreenMailComponent mail;
    private final int portalPort;
    /** The settings of a stack another JVM started and published ({@link #publish}); null when this one owns it. */
    private final Map<String, String> joined;
    private volatile boolean stopped;

    public LocalStack(Flavour flavour) {
        this(flavour, null);
    }

    private LocalStack(Flavour flavour, Map<String, String> joined) {
        this.flavour = flavour;
        this.joined = joined;
        Path cache = Path.of(System.getProperty("stack.cache",
                System.getProperty("user.home") + "/.cache/cctv-portal"));
        String name = flavour.name().toLowerCase(Locale.ROOT);
        this.postgres = new PostgresComponent(cache, cache.resolve("logs/postgres-" + name + ".log"));
        this.keycloak = new KeycloakComponent(cache, System.getProperty("keycloak.version", "26.7.3"), name,
                realmFile());
        this.s3 = new S3ProxyComponent(cache, System.getProperty("s3proxy.version", "4.1.0"), name,
                flavour == Flavour.TEST);
        this.mail = new GreenMailComponent(cache, System.getProperty("greenmail.version", "2.1.8"), name);
        this.portalPort = joined != null ? Integer.parseInt(joined.get("quarkus.http.port"))
                : ManagedProcess.port(configuredPort("portal", flavour.portalPort));
    }

    /**
     * The stack a benchmark runs on: with {@code -Dbench.stack=FILE}, the running stack published there (its
     * PostgreSQL, Keycloak, S3Proxy and mail server, and the portal's port), where {@link #start(boolean)} prepares
     * only the benchmark's database and {@link #stop()} stops nothing; otherwise a BENCH stack of its own.
     */
    public static LocalStack forBenchmark() {
        String published = System.getProperty("bench.stack", "");
        if (published.isBlank()) {
            return new LocalStack(Flavour.BENCH);
        }
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(published))) {
            settings.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("no running stack published at -Dbench.stack=" + published, e);
        }
        Map<String, String> joined = new LinkedHashMap<>();
        settings.stringPropertyNames().forEach(key -> joined.put(key, settings.getProperty(key)));
        return new LocalStack(Flavour.valueOf(joined.remove("stack.flavour")), joined);
    }

    /**
     * Writes what a benchmark in another JVM needs to join this running stack ({@link #forBenchmark()}) to
     * {@code file}: the portal's settings for it, database aside (each benchmark prepares its own). Readable by its
     * owner only, as it holds the stack's secrets.
     */
    public void publish(Map<String, String> config, Path file) {
        Properties settings = new Properties();
        config.forEach(settings::setProperty);
        settings.setProperty("stack.flavour", flavour.name());
        settings.setProperty("stack.mail-api-url", mailApiUrl());
        settings.setProperty("stack.imap-port", String.valueOf(imapPort()));
        try {
            Files.createDirectories(file.getParent());
            StackState.save(file, settings);
        } catch (IOException e) {
            throw new IllegalStateException("could not publish the stack to " + file, e);
        }
    }

    public Map<String, String> start() {
        return start(flavour == Flavour.TEST);
    }

    /** Starts the stack; with {@code freshDatabase} the flavour's database is dropped and created again first. */
    public Map<String, String> start(boolean freshDatabase) {
        if (joined != null) {
            Map<String, String> config = new LinkedHashMap<>(joined);
            config.remove("stack.mail-api-url");
            config.remove("stack.imap-port");
            config.putAll(startDatabase(databaseName(), freshDatabase));
            return config;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-stack-stop"));
        try {
            // Keycloak's realm is imported with the mail server's port, so the mail server comes first (about 2 s).
            mail.start(configuredPort("smtp", flavour.smtpPort), configuredPort("imap", flavour.imapPort),
                    configuredPort("greenmail-api", flavour.mailApiPort));
            CompletableFuture<Void> keycloakReady = CompletableFuture.runAsync(
                    () -> keycloak.start(configuredPort("keycloak", flavour.keycloakPort), portalBaseUrl(),
                            mail.smtpPort()));
            String jdbcUrl = postgres.start(databaseName(), freshDatabase, flavour == Flavour.TEST);
            s3.start(configuredPort("s3", flavour.s3Port));
            keycloakReady.join();
            return configuration(jdbcUrl);
        } catch (CompletionException e) {
            stop();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /**
     * Starts PostgreSQL alone with the database {@code name} and returns its datasource settings (URL, both roles and
     * their passwords): for a benchmark that measures the database and needs neither the portal nor Keycloak.
     */
    public Map<String, String> startDatabase(String name, boolean freshDatabase) {
        String jdbcUrl = postgres.start(name, freshDatabase, flavour == Flavour.TEST);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", PostgresComponent.PORTAL_ROLE);
        config.put("quarkus.datasource.password", postgres.password(PostgresComponent.PORTAL_ROLE));
        config.put("quarkus.flyway.username", PostgresComponent.OWNER_ROLE);
        config.put("quarkus.flyway.password", postgres.password(PostgresComponent.OWNER_ROLE));
        return config;
    }

    public synchronized void stop() {
        if (stopped || joined != null) {
            return;
        }
        stopped = true;
        keycloak.stop();
        s3.stop();
        mail.stop();
        postgres.stop();
    }

    /** Stops S3Proxy, keeping its data, until {@link #resumeObjectStorage()}: for failure tests only. */
    public void suspendObjectStorage() {
        s3.suspend();
    }

    public void resumeObjectStorage() {
        s3.resume();
    }

    /** Stops the mail server until {@link #resumeMail()} (its mail is lost): for failure tests only. */
    public void suspendMail() {
        mail.suspend();
    }

    public void resumeMail() {
        mail.resume();
    }

    /** Stops Keycloak, keeping its data, until {@link #resumeKeycloak()}: for failure tests only. */
    public void suspendKeycloak() {
        keycloak.suspend();
    }

    /** Starts Keycloak again on the same port with its realm, users and keys as they were. */
    public void resumeKeycloak() {
        keycloak.resume();
    }

    /** Ends every session of the portal's database role (pg_terminate_backend, as the superuser); says how many. */
    public int terminateDatabaseSessions() {
        return postgres.terminatePortalSessions();
    }

    /** How many of the portal's database sessions are waiting for a lock: for failure tests that hold one. */
    public int databaseSessionsWaitingForALock() {
        return postgres.portalSessionsWaitingForALock();
    }

    /** Freezes Keycloak's processes (connections open, nothing answers) until {@link #thawKeycloak()}. */
    public void freezeKeycloak() {
        keycloak.freeze();
    }

    public void thawKeycloak() {
        keycloak.thaw();
    }

    /** GreenMail's REST API, where the tests (and a demo user) read the mail Keycloak sent. */
    public String mailApiUrl() {
        return joined != null ? joined.get("stack.mail-api-url") : mail.apiUrl();
    }

    /** The IMAP port of the mail server (any user name and password). */
    public int imapPort() {
        return joined != null ? Integer.parseInt(joined.get("stack.imap-port")) : mail.imapPort();
    }

    public int portalPort() {
        return portalPort;
    }

    public String portalBaseUrl() {
        return "http://localhost:" + portalPort;
    }

    public String keycloakRealmUrl() {
        return joined != null ? joined.get("quarkus.oidc.auth-server-url") : keycloak.realmUrl();
    }

    private Map<String, String> configuration(String jdbcUrl) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", PostgresComponent.PORTAL_ROLE);
        config.put("quarkus.datasource.password", postgres.password(PostgresComponent.PORTAL_ROLE));
        config.put("quarkus.flyway.username", PostgresComponent.OWNER_ROLE);
        config.put("quarkus.flyway.password", postgres.password(PostgresComponent.OWNER_ROLE));
        config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        config.put("quarkus.oidc.credentials.secret", keycloak.clientSecret());
        config.put("quarkus.oidc.api.auth-server-url", keycloak.realmUrl());
        config.put("quarkus.oidc-client.auth-server-url", keycloak.realmUrl());
        config.put("quarkus.oidc-client.credentials.secret", keycloak.peopleClientSecret());
        config.put("portal.people.keycloak-url", keycloak.baseUrl());
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", String.valueOf(mail.smtpPort()));
        config.put("portal.notify.base-url", portalBaseUrl());
        config.put("portal.webhooks.base-url", portalBaseUrl());
        config.put("portal.storage.endpoint", s3.endpoint());
        config.put("portal.storage.access-key", S3ProxyComponent.ACCESS_KEY);
        config.put("portal.storage.secret-key", s3.secretKey());
        config.put(flavour == Flavour.TEST ? "quarkus.http.test-port" : "quarkus.http.port",
                String.valueOf(portalPort));
        if (flavour == Flavour.TEST) {
            config.put("quarkus.management.test-port", String.valueOf(ManagedProcess.port(0)));
        }
        if (flavour == Flavour.BENCH || flavour == Flavour.TINY_BENCH) {
            // A benchmark sends thousands of requests a minute as a few demo users: the production limits would answer
            // most of them 429 and measure the limiter rather than the page.
            config.put("portal.rate-limits.api-requests", "1000000");
            config.put("portal.rate-limits.sign-in-requests", "1000000");
        }
        return config;
    }

    private String databaseName() {
        return switch (flavour) {
            case TEST -> "cctv_test_" + StackState.randomSecret().substring(0, 8);
            // A benchmark that needs no national estate names a database of its own (-Dbench.database).
            case BENCH -> System.getProperty("bench.database", "cctv_bench");
            // The tiny run's estate, per stack cache so that builds sharing the machine's PostgreSQL do not meet.
            case TINY_BENCH -> System.getProperty("bench.database", "cctv_tiny_estate_" + cacheSuffix());
            case DEMO -> "cctv_portal";
        };
    }

    /**
     * A port from {@code -Dstack.<component>-port=N}, else the flavour's default (either falls back to a free one).
     * The tiny benchmark run keeps to its own ports: the {@code -Dstack.*} ones name the build's test stack.
     */
    private int configuredPort(String component, int fallback) {
        return flavour == Flavour.TINY_BENCH ? fallback : Integer.getInteger("stack." + component + "-port", fallback);
    }

    /** A short name for this checkout's stack cache, for databases that several checkouts on one machine keep apart. */
    public static String cacheSuffix() {
        return Integer.toHexString(System.getProperty("stack.cache", "default").hashCode());
    }

    static Path realmFile() {
        Path realm = Path.of("infra/keycloak/cctv-portal-realm.json").toAbsolutePath();
        if (!Files.exists(realm)) {
            throw new IllegalStateException("run from the project's folder: " + realm + " is missing");
        }
        return realm;
    }
}
