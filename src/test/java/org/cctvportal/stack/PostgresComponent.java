package org.cctvportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * PostgreSQL for the local stack: a configured server, or the machine's own on 127.0.0.1:5432 (started, or installed
 * with apt, when it is missing). Creates the two roles the portal needs: an owner for migrations and a portal role
 * that owns nothing, so row-level security applies to every query the portal makes.
 */
final class PostgresComponent {

    static final String OWNER_ROLE = "cctv_owner";
    static final String PORTAL_ROLE = "cctv_portal";
    private static final String LOCAL_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private final String adminUrl = setting("PORTAL_PG_ADMIN_URL", LOCAL_ADMIN_URL);
    private final String adminUser = setting("PORTAL_PG_ADMIN_USER", "postgres");
    private final String adminPassword = setting("PORTAL_PG_ADMIN_PASSWORD", "");
    private final Path logFile;
    private final Properties secrets;
    private String database;
    private boolean dropOnStop;

    PostgresComponent(Path stateDir, Path logFile) {
        this.logFile = logFile;
        this.secrets = StackState.load(stateDir.resolve("postgres-roles.properties"),
                OWNER_ROLE, PORTAL_ROLE);
    }

    /**
     * Brings the server up and returns the JDBC URL of {@code name}, dropped first when {@code fresh}; a throwaway
     * database is dropped at stop.
     */
    String start(String name, boolean fresh, boolean throwaway) {
        ensureServer();
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            ensureRole(sql, OWNER_ROLE, "");
            ensureRole(sql, PORTAL_ROLE, " NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS");
            if (fresh || throwaway) {
                sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            var exists = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!exists.next()) {
                sql.execute("CREATE DATABASE " + name + " OWNER " + OWNER_ROLE + " ENCODING 'UTF8'");
            }
            sql.execute("GRANT CONNECT ON DATABASE " + name + " TO " + PORTAL_ROLE);
        } catch (SQLException e) {
            throw failure("refused to prepare the portal's roles and database (" + e.getMessage() + ")");
        }
        database = name;
        dropOnStop = throwaway;
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    String password(String role) {
        return secrets.getProperty(role);
    }

    void stop() {
        if (!dropOnStop || database == null) {
            return;
        }
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("PostgreSQL: could not drop " + database + ": " + e.getMessage());
        }
    }

    /** Ends every session of the portal's role in this stack's database, as an administrator would; says how many. */
    int terminatePortalSessions() {
        return adminCount("select count(pg_terminate_backend(pid)) from pg_stat_activity where usename = '"
                + PORTAL_ROLE + "' and datname = '" + database + "'");
    }

    /** How many sessions of the portal's role in this stack's database are waiting for a lock. */
    int portalSessionsWaitingForALock() {
        return adminCount("select count(*) from pg_stat_activity where usename = '" + PORTAL_ROLE
                + "' and datname = '" + database + "' and wait_event_type = 'Lock'");
    }

    private int adminCount(String query) {
        try (Connection admin = admin(); Statement sql = admin.createStatement();
                var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw failure("refused " + query + " (" + e.getMessage() + ")");
        }
    }

    private void ensureRole(Statement sql, String role, String options) throws SQLException {
        String password = secrets.getProperty(role);
        var exists = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'");
        String verb = exists.next() ? "ALTER" : "CREATE";
        sql.execute(verb + " ROLE " + role + " LOGIN PASSWORD '" + password + "'" + options);
    }

    private void ensureServer() {
        if (reachable()) {
            return;
        }
        if (!LOCAL_ADMIN_URL.equals(adminUrl)) {
            throw failure("is not reachable at the configured PORTAL_PG_ADMIN_URL " + adminUrl);
        }
        if (!Files.exists(Path.of("/usr/bin/pg_ctlcluster"))) {
            install();
        }
        startLocalClusters();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (reachable()) {
                return;
            }
            ManagedProcess.sleep(500);
        }
        throw failure("did not accept connections on 127.0.0.1:5432 within 60 s");
    }

    private void install() {
        if (!"root".equals(System.getProperty("user.name")) || !Files.exists(Path.of("/usr/bin/apt-get"))) {
            throw failure("is not installed here; install PostgreSQL or set PORTAL_PG_ADMIN_URL");
        }
        run(List.of("apt-get", "update", "-q"));
        run(List.of("apt-get", "install", "-y", "-q", "postgresql"));
    }

    private void startLocalClusters() {
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            for (Path version : versions.toList()) {
                run(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version.getFileName().toString(), "main",
                        "start"));
            }
        } catch (IOException e) {
            throw failure("has no cluster under /etc/postgresql (" + e.getMessage() + ")");
        }
    }

    private void run(List<String> command) {
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
            process.waitFor();
        } catch (IOException e) {
            throw failure("could not run " + command + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("was interrupted during " + command);
        }
    }

    private boolean reachable() {
        try (Connection ignored = admin()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection admin() throws SQLException {
        // The driver directly, not DriverManager: under exec:java the driver is not on the system class path.
        Properties login = new Properties();
        login.setProperty("user", adminUser);
        login.setProperty("password", adminPassword);
        login.setProperty("connectTimeout", "3");
        Connection connection = new org.postgresql.Driver().connect(adminUrl, login);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + adminUrl);
        }
        return connection;
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException("PostgreSQL " + what + "; see " + logFile);
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
