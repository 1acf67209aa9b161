package org.cctvportal.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one mechanism that brings up the portal's real components, used by the demo run and by the tests alike:
 * PostgreSQL, Keycloak, S3Proxy and GreenMail (the mail server Keycloak sends through). {@link #start()} returns the
 * portal's configuration for them; {@link #stop()} stops everything it started (and is safe to call twice).
 */
public final class LocalStack {

    /**
     * Which stack: the demo keeps its data between runs; the tests' data is thrown away; the benchmark keeps its
     * national-scale estate in a database of its own, so a second run reuses it.
     */
    public enum Flavour {
        DEMO(8080, 8180, 8280, 8025, 8143, 8380), TEST(8081, 8181, 8281, 8026, 8144, 8381),
        BENCH(8090, 8190, 8290, 8027, 8145, 8390);

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
    private volatile boolean stopped;

    public LocalStack(Flavour flavour) {
        this.flavour = flavour;
        Path cache = Path.of(System.getProperty("stack.cache",
                System.getProperty("user.home") + "/.cache/cctv-portal"));
        String name = flavour.name().toLowerCase(Locale.ROOT);
        this.postgres = new PostgresComponent(cache, cache.resolve("logs/postgres-" + name + ".log"));
        this.keycloak = new KeycloakComponent(cache, System.getProperty("keycloak.version", "26.7.3"), name,
                realmFile());
        this.s3 = new S3ProxyComponent(cache, System.getProperty("s3proxy.version", "4.1.0"), name,
                flavour == Flavour.TEST);
        this.mail = new GreenMailComponent(cache, System.getProperty("greenmail.version", "2.1.8"), name);
        this.portalPort = ManagedProcess.port(configuredPort("portal", flavour.portalPort));
    }

    public Map<String, String> start() {
        return start(flavour == Flavour.TEST);
    }

    /** Starts the stack; with {@code freshDatabase} the flavour's database is dropped and created again first. */
    public Map<String, String> start(boolean freshDatabase) {
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
        if (stopped) {
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
        return mail.apiUrl();
    }

    /** The IMAP port of the mail server (any user name and password). */
    public int imapPort() {
        return mail.imapPort();
    }

    public int portalPort() {
        return portalPort;
    }

    public String portalBaseUrl() {
        return "http://localhost:" + portalPort;
    }

    public String keycloakRealmUrl() {
        return keycloak.realmUrl();
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
        if (flavour == Flavour.BENCH) {
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
            case DEMO -> "cctv_portal";
        };
    }

    /** A port from {@code -Dstack.<component>-port=N}, else the flavour's default (either falls back to a free one). */
    private static int configuredPort(String component, int fallback) {
        return Integer.getInteger("stack." + component + "-port", fallback);
    }

    static Path realmFile() {
        Path realm = Path.of("infra/keycloak/cctv-portal-realm.json").toAbsolutePath();
        if (!Files.exists(realm)) {
            throw new IllegalStateException("run from the project's folder: " + realm + " is missing");
        }
        return realm;
    }
}
