package org.cctvportal.bench;

import static org.cctvportal.bench.BenchReport.loadAverage;
import static org.cctvportal.bench.BenchReport.seconds;
import static org.cctvportal.bench.BenchSql.single;
import static org.cctvportal.bench.BenchSql.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cctvportal.stack.LocalStack;
import org.cctvportal.stack.PortalProcess;

/**
 * {@code ./mvnw -Pbench -Dbench.main=org.cctvportal.bench.DashboardBenchmark -Dbench.database=cctv_bench_dashboard}:
 * the PCC dashboard's benchmark (see docs/benchmarks.md, "The PCC dashboard"). Starts the BENCH stack and the packaged
 * portal (which migrates the database), generates once the national estate (500 partners, 1,000,000 cameras) and on
 * it 5,000,000 bookings and 1,000,000 evidence items, lets the portal's refresh-dashboards job take every partner's
 * figures (timed), then measures {@code GET /dashboard/partnership} as opcc.admin against an empty endpoint (an
 * authenticated {@code GET /dashboard}, a redirect that reads nothing) in the same run: latency one request at a time
 * and throughput with concurrent clients. Results go to the console and to {@code target/bench/dashboard-results.md}.
 */
public final class DashboardBenchmark {

    static final Path ESTATE = Path.of("docs/benchmarks/generate-national-estate.sql");
    static final Path SCRIPT = Path.of("docs/benchmarks/generate-dashboard.sql");
    static final String USER = "opcc.admin";
    static final String JOB = "refresh-dashboards";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final BenchReport report = new BenchReport("dashboard-results.md");
    private final String heap = System.getProperty("bench.heap", "1g");
    private final BenchSize size = BenchSize.current();
    private final int requests = size.requests();
    private final int clients = size.clients();
    private LocalStack stack;
    private Map<String, String> config;
    private PortalProcess portal;

    public static void main(String[] args) {
        if (BenchSize.current().small() && "cctv_bench".equals(System.getProperty("bench.database", "cctv_bench"))) {
            System.setProperty("bench.database", "cctv_bench_dashboard_small");
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
        stack = new LocalStack(LocalStack.Flavour.BENCH);
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
        measure();
        report.line("");
        report.line("Load average at the end: " + loadAverage());
    }

    private PortalProcess startPortal() {
        // The job runs 10 s after start and then only after 6 h, so no taking of figures overlaps the measurement.
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

    private void measure() throws Exception {
        Tokens tokens = new Tokens(USER);
        String dashboard = "/dashboard/partnership";
        String empty = "/dashboard";
        System.out.println("Warming up...");
        for (int i = 0; i < 50; i++) {
            call(dashboard, tokens, 200);
            call(empty, tokens, 303);
        }
        report.line("");
        report.line("## " + dashboard + " as " + USER + " against an empty endpoint");
        report.line("");
        report.line("The empty endpoint is `GET " + empty + "` with the same bearer token: authentication, the role "
                + "check and a 303 redirect, no database. " + requests + " requests each after 50 of warm-up; "
                + "latency at the client (java.net.http, HTTP/1.1, localhost).");
        report.line("");
        report.line("### One request at a time (ms)");
        report.line("");
        report.line("| endpoint | p50 | p95 | p99 | max | errors |");
        report.line("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (String[] endpoint : new String[][] { { dashboard, "200" }, { empty, "303" } }) {
            List<Long> nanos = new ArrayList<>();
            int errors = 0;
            for (int i = 0; i < requests; i++) {
                long[] sample = call(endpoint[0], tokens, Integer.parseInt(endpoint[1]));
                nanos.add(sample[0]);
                errors += (int) sample[1];
            }
            row(endpoint[0], nanos, errors);
            if (endpoint[0].equals(dashboard)) {
                report.check("every GET " + dashboard + " answered, one request at a time", errors + " errors",
                        errors == 0);
                report.target("GET " + dashboard + " p95 under 100 ms, one request at a time",
                        String.format("%.1f ms", p(nanos, 95)), p(nanos, 95) < 100);
            }
        }
        report.line("");
        report.line("### " + clients + " concurrent clients");
        report.line("");
        report.line("| endpoint | requests | requests/s | p50 | p95 | p99 | errors |");
        report.line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        double[] throughput = new double[2];
        int total = requests * 4;
        String[][] endpoints = { { dashboard, "200" }, { empty, "303" } };
        for (int e = 0; e < endpoints.length; e++) {
            String[] endpoint = endpoints[e];
            List<Long> nanos = new ArrayList<>();
            AtomicInteger errors = new AtomicInteger();
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long t0 = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    while (next.getAndIncrement() < total) {
                        long[] sample = call(endpoint[0], tokens, Integer.parseInt(endpoint[1]));
                        synchronized (nanos) {
                            nanos.add(sample[0]);
                        }
                        errors.addAndGet((int) sample[1]);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            throughput[e] = total / ((System.nanoTime() - t0) / 1e9);
            pool.shutdown();
            nanos.sort(Long::compare);
            if (errors.get() > 0) {
                report.check("every request answered under " + clients + " clients at " + endpoint[0],
                        errors.get() + " errors", false);
            }
            report.line(String.format("| %s | %d | %.0f | %.1f | %.1f | %.1f | %d |", endpoint[0], total, throughput[e],
                    p(nanos, 50), p(nanos, 95), p(nanos, 99), errors.get()));
        }
        report.line("");
        report.line(String.format("The dashboard's throughput is %.0f%% of the empty endpoint's.",
                100 * throughput[0] / throughput[1]));
        report.target("the dashboard's throughput at least 0.25 of the empty endpoint's",
                String.format("%.2f", throughput[0] / throughput[1]), throughput[0] / throughput[1] >= 0.25);
    }

    private void row(String endpoint, List<Long> nanos, int errors) {
        nanos.sort(Long::compare);
        report.line(String.format("| %s | %.1f | %.1f | %.1f | %.1f | %d |", endpoint, p(nanos, 50), p(nanos, 95),
                p(nanos, 99), nanos.get(nanos.size() - 1) / 1e6, errors));
    }

    /** One request: its time and whether it failed (1) or answered as expected (0). */
    private long[] call(String path, Tokens tokens, int expected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.portalBaseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + tokens.get()).build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - t0;
            if (response.statusCode() != expected) {
                System.err.println(path + " -> " + response.statusCode());
            }
            return new long[] { elapsed, response.statusCode() == expected ? 0 : 1 };
        } catch (IOException e) {
            System.err.println(path + " -> " + e);
            return new long[] { System.nanoTime() - t0, 1 };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double p(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private Connection owner() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "cctv_owner");
        login.setProperty("password", config.get("quarkus.flyway.password"));
        return new org.postgresql.Driver().connect(config.get("quarkus.datasource.jdbc.url"), login);
    }

    /** Bearer tokens from Keycloak's password grant on the local realm's public client, renewed before expiry. */
    final class Tokens {
        private final String username;
        private String token;
        private long fetchedAt;

        Tokens(String username) {
            this.username = username;
        }

        synchronized String get() {
            if (token == null || System.nanoTime() - fetchedAt > Duration.ofSeconds(200).toNanos()) {
                token = fetch();
                fetchedAt = System.nanoTime();
            }
            return token;
        }

        private String fetch() {
            String form = "grant_type=password&client_id=cctv-portal-local-cli&username=" + username
                    + "&password=demo-pass";
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.keycloakRealmUrl()
                                + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("no token for " + username + ": " + response.statusCode());
                }
                return new ObjectMapper().readTree(response.body()).get("access_token").asText();
            } catch (IOException e) {
                throw new IllegalStateException("Keycloak unreachable: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
