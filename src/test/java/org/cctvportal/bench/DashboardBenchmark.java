package org.cctvportal.bench;

import static org.cctvportal.bench.BenchReport.loadAverage;
import static org.cctvportal.bench.BenchReport.seconds;
import static org.cctvportal.bench.BenchSql.single;
import static org.cctvportal.bench.BenchSql.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.cctvportal.stack.LocalStack;
import org.cctvportal.stack.PortalProcess;

/**
 * {@code ./mvnw -Pbench -Dbench.main=org.cctvportal.bench.DashboardBenchmark -Dbench.database=cctv_bench_dashboard}:
 * the PCC dashboard's benchmark (see docs/benchmarks.md, "The PCC dashboard"). Starts the BENCH stack and the packaged
 * portal (which migrates the database), generates once the national estate (500 partners, 1,000,000 cameras) and on
 * it 5,000,000 bookings and 1,000,000 evidence items, lets the portal's refresh-dashboards job take every partner's
 * figures (timed: the safety net's cost), then measures ({@link DashboardMeasures}) against {@code GET /api/v1/me} in
 * the same run: the time from a change to its figure, the cost per changed partner, the first request after a change
 * and the PCC dashboard's throughput, kept and under one change a second. Results go to the console and to
 * {@code target/bench/dashboard-results.md}.
 */
public final class DashboardBenchmark {

    static final Path ESTATE = Path.of("docs/benchmarks/generate-national-estate.sql");
    static final Path SCRIPT = Path.of("docs/benchmarks/generate-dashboard.sql");
    static final String USER = "opcc.admin";
    static final String JOB = "refresh-dashboards";

    private final BenchReport report = new BenchReport("dashboard-results.md");
    private final String heap = System.getProperty("bench.heap", "1g");
    private final BenchSize size = BenchSize.current();
    private LocalStack stack;
    private Map<String, String> config;
    private PortalProcess portal;

    public static void main(String[] args) {
        if (BenchSize.current().small() && "cctv_bench".equals(System.getProperty("bench.database", "cctv_bench"))) {
            System.setProperty("bench.database", BenchSize.current().database("cctv_bench_dashboard"));
        }
        DashboardBenchmark bench = new DashboardBenchmark();
        int status = 0;
        try {
            bench.run();
        } catch (Exception | Error e) {
            bench.report.line("");
            bench.report.line("**The benchmark stopped:** " + e.getMessage()
                    + " (see the logs under the stack cache).");
            e.printStackTrace();
            status = 1;
        } finally {
            if (bench.portal != null) {
                bench.portal.stop();
            }
            System.exit(bench.report.finish(status != 0));
        }
    }

    void run() throws Exception {
        report.line("# PCC dashboard benchmark, " + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm")));
        report.line("");
        report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; load average at the start (1, 5, 15 min): " + loadAverage()
                + ".");
        stack = LocalStack.forBenchmark();
        config = stack.start(Boolean.getBoolean("bench.regenerate"));
        portal = startPortal();
        report.line("Stack and portal (heap limit -Xmx" + heap + ") ready; database "
                + System.getProperty("bench.database", "cctv_bench") + " (migrated by the portal).");
        generate();
        if (Boolean.parseBoolean(System.getProperty("bench.refresh", "true"))) {
            // Whatever the job took at start (during generation, or in an earlier run) is forgotten and the portal
            // started again, so the job takes the figures of the data as generated now (it runs once per slot).
            portal.stop();
            try (Connection db = owner(); Statement sql = db.createStatement()) {
                sql.execute("select set_config('app.scope', 'platform', false)");
                sql.execute("delete from job_run where job = '" + JOB + "'");
            }
            portal = startPortal();
        } else {
            report.line("");
            report.line("-Dbench.refresh=false: the figures of the job's last run are measured again.");
        }
        takeFigures();
        new DashboardMeasures(report, new BenchHttp(stack), size, this::ownerConnection).measure();
        report.line("");
        report.line("Load average at the end: " + loadAverage());
    }

    private PortalProcess startPortal() {
        // The full refresh runs 10 s after start and then only after 6 h, so it overlaps no measurement; the changed
        // partners' refresh runs at the portal's own interval (portal.jobs.refresh-changed-dashboards.every).
        // The kept database may have been migrated before a lower-numbered migration landed; Flyway applies it then.
        return PortalProcess.start(config, "bench", List.of("-Xmx" + heap, "-XX:+UseG1GC",
                "-Dportal.jobs.refresh-dashboards.every=6h", "-Dquarkus.flyway.out-of-order=true"));
    }

    /** Generates what is missing. */
    private void generate() throws Exception {
        report.line("");
        report.line("## Data");
        report.line("");
        boolean generated = false;
        try (Connection db = owner(); Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
            if (single(sql, "select count(*) from partner where id like 'bench-%'") == 0) {
                generated = true;
                long t0 = System.nanoTime();
                size.applyTo(sql);
                runScript(db, sql, ESTATE);
                report.line("Generated the estate (" + size.name() + ") in " + seconds(System.nanoTime() - t0) + " s (" + ESTATE
                        + ").");
            }
            if (single(sql, "select count(*) from hub where id between 820000000 and 829999999") == 0) {
                generated = true;
                long t0 = System.nanoTime();
                if (size.small()) {
                    sql.execute("select set_config('bench.bookings', '5000', false), "
                            + "set_config('bench.evidence', '1000', false)");
                }
                runScript(db, sql, SCRIPT);
                report.line("Generated the bookings and evidence in " + seconds(System.nanoTime() - t0) + " s ("
                        + SCRIPT + ").");
            }
            if (generated) {
                long t0 = System.nanoTime();
                sql.execute("vacuum analyze");
                report.line("VACUUM ANALYZE in " + seconds(System.nanoTime() - t0) + " s.");
            } else {
                report.line("Data already generated: generation skipped (-Dbench.regenerate=true starts again).");
            }
            sql.execute("select set_config('app.scope', 'platform', false)");
            report.line("Rows: " + single(sql, "select count(*) from partner") + " partners in "
                    + single(sql, "select count(*) from partnership") + " partnerships, "
                    + count(sql, "camera") + " cameras, " + count(sql, "booking") + " bookings, "
                    + count(sql, "booking_occurrence") + " occurrences, " + count(sql, "evidence_item")
                    + " evidence items, " + single(sql, "select count(*) from hub") + " hubs; database size "
                    + text(sql, "select pg_size_pretty(pg_database_size(current_database()))") + ".");
        }
    }

    private void runScript(Connection db, Statement sql, Path script) throws Exception {
        System.out.println("Running " + script + "...");
        db.setAutoCommit(false);
        sql.execute(Files.readString(script));
        db.commit();
        db.setAutoCommit(true);
        sql.execute("select set_config('app.scope', 'platform', false)");
    }

    private static long count(Statement sql, String table) throws SQLException {
        return single(sql, "select n_live_tup from pg_stat_user_tables where relname = '" + table + "'");
    }

    /** Waits for the job's run to finish and reports how long taking every partner's figures took. */
    private void takeFigures() throws Exception {
        report.line("");
        report.line("## Taking the figures (the refresh-dashboards job)");
        report.line("");
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        try (Connection db = owner(); Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
            while (true) {
                try (ResultSet run = sql.executeQuery("select extract(epoch from finished_at - started_at), outcome "
                        + "from job_run where job = '" + JOB + "' and finished_at is not null order by started_at desc"
                        + " limit 1")) {
                    if (run.next()) {
                        report.line(String.format("One run over every partner: %.1f s (%s).", run.getDouble(1),
                                run.getString(2)));
                        report.check("the refresh-dashboards job took every partner's figures", run.getString(2),
                                String.valueOf(run.getString(2)).startsWith("done"));
                        break;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the refresh-dashboards job did not finish within 60 minutes");
                }
                Thread.sleep(5000);
            }
            sql.execute("select set_config('app.scope', '', false), set_config('app.partner', 'tv-opcc', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
        }
        try (Connection db = owner(); Statement sql = db.createStatement()) {
            // As the owner bound by row-level security: only the figures table's own size is asked for here.
            report.line("dashboard_figure: " + text(sql, "select pg_size_pretty(pg_total_relation_size("
                    + "'dashboard_figure'))") + " with its indexes; the PCC office of thames-valley reads its "
                    + "partnership's rows of it.");
        }
    }

    private Connection ownerConnection() {
        try {
            return owner();
        } catch (SQLException e) {
            throw new IllegalStateException("no connection as the owner: " + e.getMessage(), e);
        }
    }

    private Connection owner() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "cctv_owner");
        login.setProperty("password", config.get("quarkus.flyway.password"));
        return new org.postgresql.Driver().connect(config.get("quarkus.datasource.jdbc.url"), login);
    }
}
