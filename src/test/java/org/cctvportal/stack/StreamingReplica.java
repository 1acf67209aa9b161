package org.cctvportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second PostgreSQL cluster on this machine streaming from the one on 127.0.0.1:5432, as a hot standby on a port of
 * its own: copied with {@code pg_basebackup -R} into a folder under {@code target/}, run by the {@code postgres} user
 * with {@code pg_ctl}, stopped and started at will, and deleted by {@link #destroy()}. The primary must accept
 * replication connections from 127.0.0.1: {@link #create} adds that one line to its {@code pg_hba.conf} when it is
 * missing (and reloads it), which stays for the next run.
 */
public final class StreamingReplica {

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final String PRIMARY = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String REPLICATION_LINE = "host replication all 127.0.0.1/32 trust";

    private final Path dataDir;
    private final Path log;
    private final int port;

    private StreamingReplica(Path dataDir, Path log, int port) {
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
    }

    /** Copies the primary into {@code folder} (emptied first), configures it as a standby on a free port, starts it. */
    public static StreamingReplica create(Path folder) {
        allowReplication();
        Path dataDir = folder.toAbsolutePath().resolve("data");
        StreamingReplica replica = new StreamingReplica(dataDir, folder.toAbsolutePath().resolve("postgres.log"),
                ManagedProcess.port(0));
        replica.delete();
        try {
            Files.createDirectories(folder);
            run("chown", "postgres:postgres", folder.toAbsolutePath().toString());
            runAsPostgres(BIN.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p", "5432", "-U", "postgres",
                    "-D", dataDir.toString(), "-R", "-X", "stream", "-c", "fast");
            // Debian keeps the configuration outside the data folder: the copy gets a minimal one of its own.
            Files.writeString(dataDir.resolve("postgresql.conf"), "port = " + replica.port + "\n"
                    + "listen_addresses = '127.0.0.1'\nunix_socket_directories = ''\nhot_standby = on\n"
                    + "max_connections = 100\nshared_buffers = 32MB\nlogging_collector = off\n");
            Files.writeString(dataDir.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
            Files.writeString(dataDir.resolve("pg_ident.conf"), "");
            run("chown", "-R", "postgres:postgres", dataDir.toString());
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare the replica in " + folder, e);
        }
        replica.start();
        return replica;
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of {@code database} on the replica. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the standby and waits until it accepts connections (it then catches up from the primary). */
    public void start() {
        runAsPostgres(BIN.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l", log.toString(), "-w",
                "-t", "60", "start");
    }

    /** Stops it at once ({@code -m fast}): open connections are ended, as when a replica's host goes away. */
    public void stop() {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            runAsPostgres(BIN.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop");
        }
    }

    /** Seconds the replica's last replayed transaction is behind now (0 when it has replayed everything). */
    public double lagSeconds(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), "postgres", "");
                Statement sql = connection.createStatement();
                var rows = sql.executeQuery("select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()"
                        + " then 0 else extract(epoch from now() - pg_last_xact_replay_timestamp()) end")) {
            rows.next();
            return rows.getDouble(1);
        }
    }

    /** Stops the standby and deletes its folder: nothing of it is left on the machine. */
    public void destroy() {
        try {
            stop();
        } finally {
            delete();
        }
    }

    private void delete() {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not delete " + dataDir, e);
        }
    }

    /** Adds the replication line to the primary's pg_hba.conf when no line allows it yet, and reloads. */
    private static void allowReplication() {
        try (Connection admin = DriverManager.getConnection(PRIMARY, "postgres", "");
                Statement sql = admin.createStatement()) {
            var allowed = sql.executeQuery("select count(*) from pg_hba_file_rules where 'replication' = any(database)"
                    + " and auth_method = 'trust' and address = '127.0.0.1'");
            allowed.next();
            if (allowed.getLong(1) > 0) {
                return;
            }
            var file = sql.executeQuery("show hba_file");
            file.next();
            Path hba = Path.of(file.getString(1));
            Files.writeString(hba, Files.readString(hba) + "\n# Streaming replicas on this machine (the failure "
                    + "rehearsal)\n" + REPLICATION_LINE + "\n");
            sql.execute("select pg_reload_conf()");
            ManagedProcess.sleep(1000);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not allow replication on the primary at 127.0.0.1:5432", e);
        }
    }

    private static void runAsPostgres(String... command) {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command[0], e);
        }
    }
}
