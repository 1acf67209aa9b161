package org.cctvportal.bench;

import static org.cctvportal.bench.BenchReport.loadAverage;
import static org.cctvportal.bench.BenchReport.seconds;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.stack.LoadBalancer;
import org.cctvportal.stack.LocalStack;
import org.cctvportal.stack.PortalInstance;
import org.cctvportal.stack.StreamingReplica;

/**
 * {@code ./mvnw -Prehearsal -Dbench.database=cctv_rehearsal}: the failure rehearsal (docs/deployment.md, "Failure
 * rehearsal"). Three packaged portals behind HAProxy on the local stack, with one PostgreSQL and a streaming replica of
 * it for the replica reads; under a steady load of signed-in clients one portal is killed (SIGKILL) and started again,
 * then the replica is stopped and started. Checks that no request fails beyond those in flight at the kill, that no
 * session is lost, that replica reads fall back to the primary and return, and that every acknowledged write is
 * stored; prints the figures and writes them to {@code target/bench/rehearsal-results.md}; exits non-zero on a miss.
 */
public final class FailureRehearsal {

    static final Path FOLDER = Path.of("target/rehearsal");
    private static final String[] USERS = {"oxford.manager", "cherwell.manager", "mk.manager", "slough.manager",
        "kingsmead.manager", "wberks.manager"};
    private static final long PHASE_MILLIS = Long.getLong("rehearsal.phase-seconds", 15) * 1000;

    private final BenchReport report = new BenchReport("rehearsal-results.md", true);
    private final String database = System.getProperty("bench.database");
    private final List<PortalInstance> portals = new ArrayList<>();
    private LocalStack stack;
    private StreamingReplica replica;
    private LoadBalancer balancer;
    private RehearsalLoad load;

    public static void main(String[] args) {
        if (System.getProperty("bench.database") == null) {
            System.setProperty("bench.database", "cctv_rehearsal");
        }
        FailureRehearsal rehearsal = new FailureRehearsal();
        int status = 0;
        try {
            rehearsal.run();
        } catch (Exception | Error e) {
            rehearsal.report.line("");
            rehearsal.report.line("**The rehearsal stopped:** " + e.getMessage() + " (see the logs under the stack"
                    + " cache and " + FOLDER + ").");
            e.printStackTrace();
            status = 1;
            rehearsal.figuresSoFar();
        } finally {
            rehearsal.cleanUp();
            System.exit(rehearsal.report.finish(status != 0));
        }
    }

    void run() throws Exception {
        report.line("# Failure rehearsal, " + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm")));
        report.line("");
        report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; load average at the start (1, 5, 15 min): " + loadAverage()
                + ".");
        stack = new LocalStack(LocalStack.Flavour.BENCH);
        // The database is kept between runs (the demo data is seeded once); each run's writes carry a name of their own.
        Map<String, String> config = new HashMap<>(stack.start(Boolean.getBoolean("bench.regenerate")));
        long t0 = System.nanoTime();
        replica = StreamingReplica.create(FOLDER.resolve("replica"));
        report.line("Streaming replica of 127.0.0.1:5432 made with pg_basebackup on port " + replica.port() + " in "
                + seconds(System.nanoTime() - t0) + " s.");
        config.remove("quarkus.http.port");
        config.put("quarkus.profile", "dev");
        config.put("quarkus.datasource.replica.jdbc.url", replica.jdbcUrl(database));
        // A portal started on a loaded machine waits for Keycloak's discovery instead of failing its start after 10 s.
        for (String client : List.of("quarkus.oidc.", "quarkus.oidc.api.", "quarkus.oidc-client.")) {
            config.put(client + "connection-delay", "90s");
            config.put(client + "connection-timeout", "90s");
        }
        // A run longer than the realm's access token lifespan (5 min: a slow restart on a loaded machine) sends every
        // client to sign in again unless the portals refresh an expired session's tokens, which they do not by default.
        if (Boolean.getBoolean("rehearsal.refresh-expired-tokens")) {
            config.put("quarkus.oidc.token.refresh-expired", "true");
            report.line("The portals refresh an expired session's tokens (quarkus.oidc.token.refresh-expired=true),"
                    + " unlike the portal's default configuration.");
        }
        // One after the other: the first migrates and seeds the demo data, the others find both done.
        for (String name : List.of("a", "b", "c")) {
            portals.add(PortalInstance.start("rehearsal-" + name, 0, config));
        }
        balancer = LoadBalancer.start(FOLDER, stack.portalPort(), portals);
        Thread.sleep(2000); // two health checks in a row mark each portal up
        report.line("Three portals (-Xmx384m) on database " + database + " behind HAProxy at " + balancer.baseUrl()
                + ".");

        List<RehearsalClient> clients = new ArrayList<>();
        for (String user : USERS) {
            RehearsalClient client = new RehearsalClient(balancer.baseUrl(), user);
            client.signIn("demo-pass");
            clients.add(client);
        }
        load = new RehearsalLoad(clients, Long.toString(System.currentTimeMillis(), 36));
        ReplicaReadWatch watch = new ReplicaReadWatch(
                () -> portals.stream().map(PortalInstance::managementPort).toList());
        watch.start();
        load.start("1 steady");
        Thread.sleep(PHASE_MILLIS);

        load.phase("2 portal b killed and started again");
        long killedAt = System.nanoTime();
        int inFlightAtKill = load.inFlight();
        PortalInstance killed = portals.get(1);
        killed.kill();
        portals.set(1, PortalInstance.start("rehearsal-b-again", killed.port(), killed.managementPort(), config));
        long restartNanos = System.nanoTime() - killedAt;
        Thread.sleep(3000);
        load.phase("3 steady after the restart");
        long afterRestart = System.nanoTime();
        Thread.sleep(PHASE_MILLIS);

        load.phase("4 replica stopped");
        long stoppedAt = System.nanoTime();
        replica.stop();
        Thread.sleep(PHASE_MILLIS);
        load.phase("5 replica started again");
        long startAsked = System.nanoTime();
        replica.start();
        long startedAt = System.nanoTime();
        Thread.sleep(PHASE_MILLIS);
        load.stop();
        watch.stop();

        RehearsalFigures figures = new RehearsalFigures(report, load);
        figures.phases();
        report.line("");
        report.line("## Checks");
        report.line("");
        report.line("Portal b killed with " + inFlightAtKill + " requests in flight across the three portals; started"
                + " again and ready " + seconds(restartNanos) + " s after the kill.");
        figures.resentWrites();
        figures.checkKill(killedAt, inFlightAtKill);
        figures.checkServedAfter(afterRestart, "b");
        long fellBack = watch.firstGrowth(stoppedAt, true);
        long returned = watch.firstGrowth(startedAt, false);
        report.line("Replica stopped: reads fell back to the primary after " + ms(fellBack) + "; replica started"
                + " (pg_ctl took " + seconds(startedAt - startAsked) + " s): reads returned to it after "
                + ms(returned) + ".");
        report.check("replica reads fall back to the primary when the replica stops", ms(fellBack), fellBack >= 0);
        report.check("replica reads return to the replica when it is back", ms(returned), returned >= 0);
        checkNothingLost(figures.acknowledgedWrites(), figures.failedWritesInFlight(killedAt), load.namePrefix());
        report.line("");
        report.line("Load average at the end (1, 5, 15 min): " + loadAverage() + ".");
    }

    private void checkNothingLost(Set<String> acknowledged, int failedWritesInFlight, String prefix)
            throws Exception {
        Set<String> stored = names(databaseUrl(false), prefix);
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(stored);
        Set<String> unacknowledged = new HashSet<>(stored);
        unacknowledged.removeAll(acknowledged);
        report.line("Writes acknowledged: " + acknowledged.size() + "; rows stored on the primary: " + stored.size()
                + " (" + unacknowledged.size() + " stored without an answer, of " + failedWritesInFlight
                + " writes cut at the kill).");
        report.check("every acknowledged write is stored", missing.size() + " missing", missing.isEmpty());
        report.check("rows stored without an answer are only writes cut at the kill", unacknowledged.size() + " of "
                + failedWritesInFlight, unacknowledged.size() <= failedWritesInFlight);
        long deadline = System.nanoTime() + 30_000_000_000L;
        Set<String> onReplica = names(databaseUrl(true), prefix);
        while (!onReplica.equals(stored) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            onReplica = names(databaseUrl(true), prefix);
        }
        report.check("the replica caught up with every stored write", onReplica.size() + " of " + stored.size(),
                onReplica.equals(stored));
    }

    private String databaseUrl(boolean onReplica) {
        return onReplica ? replica.jdbcUrl(database) : "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    /** The run's project names, read as the superuser (row-level security does not apply to it). */
    private static Set<String> names(String url, String prefix) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement sql = db.createStatement();
                var rows = sql.executeQuery("select name from capital_project where name like '" + prefix + "%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    static String ms(long nanos) {
        return nanos < 0 ? "never" : String.format("%.1f s", nanos / 1e9);
    }

    /** When the rehearsal stops midway, the phases it ran are still reported (the checks are not). */
    private void figuresSoFar() {
        if (load == null) {
            return;
        }
        try {
            load.stop();
            new RehearsalFigures(report, load).phases();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void cleanUp() {
        if (balancer != null) {
            balancer.stop();
        }
        portals.forEach(PortalInstance::stop);
        if (replica != null) {
            replica.destroy();
        }
        if (stack != null) {
            stack.stop();
        }
    }
}
