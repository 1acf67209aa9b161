package org.cctvportal.bench;

import static org.cctvportal.bench.BenchReport.loadAverage;
import static org.cctvportal.bench.BenchSql.single;
import static org.cctvportal.bench.BenchSql.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.cctvportal.stack.LocalStack;
import org.cctvportal.stack.PortalProcess;

/**
 * {@code ./mvnw -Pbench -Dbench.main=org.cctvportal.bench.MonitoringBenchmark}: the capacity check's benchmark (see
 * docs/benchmarks.md). Starts the BENCH stack and the packaged portal (which migrates {@code cctv_bench}), generates
 * 5,000,000 approved occurrences at 100 hubs once, then times the check the approval runs for a requested booking
 * of a year of weekend nights (105 occurrences), as the portal's role with the hub operator's settings, and explains
 * it. Results go to the console and to {@code target/bench/monitoring-results.md}.
 */
public final class MonitoringBenchmark {

    static final Path SCRIPT = Path.of("docs/benchmarks/generate-monitoring.sql");
    static final long FIRST_REQUEST = 800100001L;
    static final int HUBS = 100;
    /** The query {@code OccurrenceStore.breachesIfApproved} sends, word for word. */
    static final String CHECK = "select at, booked, capacity from booking_capacity_breaches(?) order by at limit ?";

    private final BenchReport report = new BenchReport("monitoring-results.md");
    private final BenchSize size = BenchSize.current();
    private final int checks = size.requests();
    private LocalStack stack;
    private Map<String, String> config;
    private PortalProcess portal;

    public static void main(String[] args) {
        if (BenchSize.current().small() && "cctv_bench".equals(System.getProperty("bench.database", "cctv_bench"))) {
            System.setProperty("bench.database", BenchSize.current().database("cctv_bench"));
        }
        MonitoringBenchmark bench = new MonitoringBenchmark();
        int status = 0;
        try {
            bench.run();
        } catch (Exception | Error e) {
            bench.report.line("");
            bench.report.line("**The benchmark stopped:** " + e.getMessage() + " (see the logs under the stack cache).");
            e.printStackTrace();
            status = 1;
        } finally {
            System.exit(bench.report.finish(status != 0));
        }
    }

    void run() throws Exception {
        report.line("# Monitoring capacity benchmark, " + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm")));
        report.line("");
        report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; load average at the start: " + loadAverage() + ".");
        stack = LocalStack.forBenchmark();
        config = stack.start(Boolean.getBoolean("bench.regenerate"));
        portal = PortalProcess.start(config, "bench", List.of("-Xmx" + System.getProperty("bench.heap", "1g")));
        report.line("Stack and portal ready; database " + System.getProperty("bench.database", "cctv_bench")
                + " (migrated by the portal), size " + size.name() + ".");
        generate();
        measure();
        explain();
        report.line("");
        report.line("Load average at the end: " + loadAverage());
    }

    private void generate() throws Exception {
        report.line("");
        report.line("## Data");
        report.line("");
        try (Connection db = connect("cctv_owner", config.get("quarkus.flyway.password"));
                Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
            long hubs = single(sql, "select count(*) from hub where id between 800000001 and 800000100");
            if (hubs == HUBS) {
                report.line("Monitoring data already generated: generation skipped.");
            } else {
                System.out.println("Generating 5,000,000 booking occurrences (" + SCRIPT + ")...");
                long t0 = System.nanoTime();
                db.setAutoCommit(false);
                sql.execute("select set_config('bench.weekly_bookings', '" + (size.small() ? 200 : 48100) + "', false)");
                sql.execute(Files.readString(SCRIPT));
                db.commit();
                db.setAutoCommit(true);
                long t1 = System.nanoTime();
                // VACUUM sets the visibility map, so the capacity check's covering index answers without the table,
                // as it does in production once autovacuum has passed.
                sql.execute("vacuum analyze booking_occurrence");
                sql.execute("analyze hub, hub_staffing, booking");
                report.line(String.format("Generated in %.1f s (one transaction, %s), then ANALYZE in %.1f s.",
                        (t1 - t0) / 1e9, SCRIPT, (System.nanoTime() - t1) / 1e9));
            }
            report.line("Rows: " + single(sql, "select count(*) from booking_occurrence where approved") + " approved "
                    + "occurrences, " + single(sql, "select count(*) from booking_occurrence") + " occurrences in all, "
                    + single(sql, "select count(*) from booking") + " bookings, " + single(sql,
                    "select count(*) from hub") + " hubs; booking_occurrence "
                    + text(sql, "select pg_size_pretty(pg_total_relation_size('booking_occurrence'))")
                    + " with its indexes.");
        }
    }

    private void measure() throws SQLException {
        report.line("");
        report.line("## The capacity check of a requested year of weekend nights (105 occurrences: 53 Fridays and 52 Saturdays)");
        report.line("");
        report.line("As " + config.get("quarkus.datasource.username") + " with the hub operator's settings (app.partner=tv-ods),"
                + " the query the approval runs after locking the hub row; each of " + checks + " checks takes the "
                + "requested booking of the next hub in turn (100 hubs, about 50,000 approved occurrences each).");
        try (Connection db = portalRole(); PreparedStatement check = db.prepareStatement(CHECK)) {
            List<Long> nanos = new ArrayList<>();
            int breaches = 0;
            for (int i = 0; i < checks + 20; i++) {
                check.setLong(1, FIRST_REQUEST + i % HUBS);
                check.setInt(2, 1000);
                long t0 = System.nanoTime();
                int rows = 0;
                try (ResultSet result = check.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
                long elapsed = System.nanoTime() - t0;
                if (i >= 20) {
                    nanos.add(elapsed);
                    breaches += rows;
                }
            }
            nanos.sort(Long::compare);
            report.line("");
            report.line("| checks | p50 | p95 | p99 | max | breaches found |");
            report.line("| --- | --- | --- | --- | --- | --- |");
            report.line(String.format("| %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d |", nanos.size(), p(nanos, 50),
                    p(nanos, 95), p(nanos, 99), nanos.get(nanos.size() - 1) / 1e6, breaches));
            report.target("a capacity check at p95 under 50 ms", String.format("%.1f ms", p(nanos, 95)),
                    p(nanos, 95) < 50);
        }
    }

    private void explain() throws SQLException {
        report.line("");
        report.line("## Plan of one check");
        report.line("");
        report.line("```");
        try (Connection db = portalRole(); PreparedStatement sql = db.prepareStatement(
                "explain (analyze, buffers) " + CHECK.replace("?", "%s").formatted(FIRST_REQUEST, 1000))) {
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    report.line(rows.getString(1));
                }
            }
            try (PreparedStatement inner = db.prepareStatement("explain (analyze, buffers) select * from "
                    + "capacity_breaches(800000001, (select array_agg(period) from booking_occurrence where booking_id = "
                    + FIRST_REQUEST + "), 8)");
                    ResultSet rows = inner.executeQuery()) {
                report.line("");
                while (rows.next()) {
                    report.line(rows.getString(1));
                }
            }
        }
        report.line("```");
    }

    private Connection portalRole() throws SQLException {
        Connection db = connect(config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.partner', 'tv-ods', false), "
                    + "set_config('app.partnership', 'thames-valley', false), set_config('app.scope', 'partner', false)");
        }
        return db;
    }

    private Connection connect(String user, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        return new org.postgresql.Driver().connect(config.get("quarkus.datasource.jdbc.url"), login);
    }

    private static double p(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
