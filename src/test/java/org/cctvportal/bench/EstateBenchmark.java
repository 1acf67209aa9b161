package org.cctvportal.bench;

import static org.cctvportal.bench.BenchReport.loadAverage;
import static org.cctvportal.bench.BenchReport.seconds;
import static org.cctvportal.bench.BenchSql.single;
import static org.cctvportal.bench.BenchSql.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.stack.LocalStack;
import org.cctvportal.stack.PortalProcess;

/**
 * {@code ./mvnw -Pbench}: the estate register's benchmark (see docs/benchmarks.md). Starts the BENCH stack and the
 * packaged portal with a fixed heap, generates the national estate once (kept in {@code cctv_bench}), measures the
 * estate list as oxford.manager (sequentially and with concurrent clients), explains the slowest filter's SQL, and,
 * with {@code -Dbench.import=true}, measures a 100,000-row CSV import with the portal's peak heap. Results go to the
 * console and to {@code target/bench/results.md}.
 */
public final class EstateBenchmark {

    static final String PARTNER = "tv-oxford-city";
    static final String PARTNERSHIP = "thames-valley";
    static final String USER = "oxford.manager";
    static final String IMPORT_PARTNER = "tv-cherwell";
    static final String IMPORT_USER = "cherwell.manager";
    static final String PASSWORD = "demo-pass";
    static final Path SCRIPT = Path.of("docs/benchmarks/generate-national-estate.sql");
    static final Path OUT = BenchReport.OUT;

    private final HttpClient http = HttpClient.newBuilder().version(BenchHttp.VERSION)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final BenchReport report;
    private final String heap = System.getProperty("bench.heap", "1g");
    private final BenchSize size = BenchSize.current();
    private final int requests = size.requests();
    private final int clients = size.clients();
    private final int warmUp = size.tiny() ? 1 : size.small() ? 3 : 30;
    private double worstP95;
    private int errors;
    private LocalStack stack;
    private Map<String, String> config;
    private PortalProcess portal;

    EstateBenchmark() {
        this("results.md");
    }

    /** A benchmark on the national estate writing its report to {@code target/bench/<reportName>}. */
    EstateBenchmark(String reportName) {
        report = new BenchReport(reportName);
    }

    /** A small run keeps to a database of its own, never the national data set kept between runs. */
    static void smallDatabase() {
        if (BenchSize.current().small() && "cctv_bench".equals(System.getProperty("bench.database", "cctv_bench"))) {
            System.setProperty("bench.database", BenchSize.current().database("cctv_bench"));
        }
    }

    public static void main(String[] args) throws Exception {
        smallDatabase();
        new EstateBenchmark().runAndExit(null);
    }

    /** A benchmark's work on the estate (null: this benchmark's own). */
    interface Work {
        void run() throws Exception;
    }

    /** Runs the work, writes the report and exits non-zero when the work stopped or a target was missed. */
    void runAndExit(Work work) {
        EstateBenchmark bench = this;
        int status = 0;
        try {
            if (work == null) {
                bench.run();
            } else {
                work.run();
            }
        } catch (Exception | Error e) {
            // A run that cannot finish says so in its report and fails the build, never passes as empty.
            bench.report.line("");
            bench.report.line("**The benchmark stopped:** " + e.getMessage() + " (see the logs under the stack cache).");
            e.printStackTrace();
            status = 1;
        } finally {
            System.exit(bench.report.finish(status != 0));
        }
    }

    void run() throws Exception {
        start("Estate register benchmark");
        if (Boolean.parseBoolean(System.getProperty("bench.list", "true"))) {
            // -Dbench.lists=findings (names, or parts of names, comma-separated) measures only those lists side by
            // side with their SQL, without the estate list's sequential requests: a short run, say for a profile.
            String only = System.getProperty("bench.lists", "");
            if (only.isBlank()) {
                ListTargets targets = targets();
                measureList(targets);
                explainSlowest(targets);
            }
            ListsSideBySide sideBySide = new ListsSideBySide(this, report, this::portalRole, requests, clients);
            sideBySide.prepare(this::owner);
            sideBySide.measure(ListsSideBySide.lists().stream().filter(list -> only.isBlank() || java.util.Arrays
                    .stream(only.split(",")).anyMatch(name -> list.name().contains(name.trim()))).toList());
        } else {
            report.line("");
            report.line("Estate list: not measured (-Dbench.list=false).");
        }
        if (Boolean.parseBoolean(System.getProperty("bench.map", "true"))) {
            try (Connection owner = owner()) {
                owner.createStatement().execute("select set_config('app.partner', '" + PARTNER + "', false)");
                new MapSideBySide(this, report, new ListsSideBySide(this, report, this::portalRole, requests, clients),
                        stack.portalBaseUrl()).measure(owner);
            }
        } else {
            report.line("");
            report.line("Camera map: not measured (-Dbench.map=false).");
        }
        if (Boolean.getBoolean("bench.import")) {
            measureImport();
        } else {
            report.line("");
            report.line("Import: not measured (run with -Dbench.import=true).");
        }
        report.line("");
        report.line("Load average at the end: " + loadAverage());
    }

    /** The report's heading, the machine, the stack with the portal, and the national estate (generated once). */
    void start(String title) throws Exception {
        report.line("# " + title + ", " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        report.line("");
        machine();
        boolean regenerate = Boolean.getBoolean("bench.regenerate");
        stack = LocalStack.forBenchmark();
        long started = System.nanoTime();
        config = stack.start(regenerate);
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx" + heap));
        // Further options for the portal's JVM, say -XX:+HeapDumpOnOutOfMemoryError to see what an import holds, or
        // another collector than G1 (-XX:+UseSerialGC, as the deployment's footprint options choose).
        for (String option : System.getProperty("bench.jvm-options", "").split("\\s+")) {
            if (!option.isBlank()) {
                jvmOptions.add(option);
            }
        }
        if (jvmOptions.stream().noneMatch(option -> option.matches("-XX:\\+Use\\w*GC"))) {
            jvmOptions.add(1, "-XX:+UseG1GC");
        }
        portal = PortalProcess.start(config, "bench", jvmOptions);
        String further = String.join(" ", jvmOptions.subList(1, jvmOptions.size()));
        report.line("Stack and portal (heap limit -Xmx" + heap + (further.isEmpty() ? "" : ", " + further)
                + ") ready in " + seconds(System.nanoTime() - started)
                + " s; portal " + stack.portalBaseUrl() + ", database " + System.getProperty("bench.database",
                "cctv_bench") + ", size " + size.name() + ".");
        generate(regenerate);
    }

    // ---- The machine ------------------------------------------------------------------------------------------------

    private void machine() throws IOException {
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().orElse("MemTotal: ?").replaceAll("\\s+", " ");
        report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memory + ", Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ".");
        report.line("Load average at the start (1, 5, 15 min): " + loadAverage()
                + (Double.parseDouble(loadAverage().split(" ")[0]) > 1.5
                ? " (other builds were running: figures taken under load)" : ""));
        report.line("");
    }

    // ---- Generation ------------------------------------------------------------------------------------------------

    BenchReport report() {
        return report;
    }

    Connection owner() throws SQLException {
        return connect("cctv_owner", config.get("quarkus.flyway.password"));
    }

    Connection portalRole() throws SQLException {
        return connect(config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }

    private Connection connect(String user, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        // The driver directly: under exec:java it is not on the system class path that DriverManager sees.
        return new org.postgresql.Driver().connect(config.get("quarkus.datasource.jdbc.url"), login);
    }

    private void generate(boolean regenerate) throws Exception {
        report.line("");
        report.line("## Data");
        report.line("");
        try (Connection db = owner(); Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
            long partners = single(sql, "select count(*) from partner where id like 'bench-%'");
            if (partners == size.partnersInAll() && !regenerate) {
                report.line("Estate already generated: generation skipped"
                        + " (-Dbench.regenerate=true drops the database and generates it again).");
            } else {
                if (partners != 0) {
                    throw new IllegalStateException("the database holds " + partners + " benchmark partners, not "
                            + size.partnersInAll() + ": run with -Dbench.regenerate=true");
                }
                String script = Files.readString(SCRIPT);
                System.out.println("Generating the national estate (" + SCRIPT + ")...");
                long t0 = System.nanoTime();
                db.setAutoCommit(false);
                size.applyTo(sql);
                sql.execute(script);
                db.commit();
                db.setAutoCommit(true);
                long t1 = System.nanoTime();
                sql.execute("analyze");
                long t2 = System.nanoTime();
                report.line("Generated the estate (" + size.name() + ") in " + seconds(t1 - t0) + " s (one transaction, "
                        + SCRIPT + "), then ANALYZE in " + seconds(t2 - t1) + " s.");
            }
            sql.execute("select set_config('app.partner', '" + PARTNER + "', false), "
                    + "set_config('app.scope', 'platform', false)");
            long oxford = single(sql, "select count(*) from camera where partner_id = '" + PARTNER + "'");
            long cameras = single(sql, "select n_live_tup from pg_stat_user_tables where relname = 'camera'");
            long sites = single(sql, "select n_live_tup from pg_stat_user_tables where relname = 'site'");
            long recorders = single(sql, "select n_live_tup from pg_stat_user_tables where relname = 'recorder'");
            partners = single(sql, "select count(*) from partner");
            String size = text(sql, "select pg_size_pretty(pg_database_size(current_database()))");
            report.line("Rows: " + partners + " partners, " + sites + " sites, " + recorders + " recorders, " + cameras
                    + " cameras (" + oxford + " of them Oxford City Council's); database size " + size + ".");
        }
    }

    // ---- The estate list -------------------------------------------------------------------------------------------

    /** What the filter mixes point at: one of Oxford's busiest sites, one of its makers, and a word to search. */
    record ListTargets(long site, String siteName, long maker, String makerName) {
    }

    private ListTargets targets() throws SQLException {
        try (Connection db = owner(); Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.partner', '" + PARTNER + "', false), "
                    + "set_config('app.partnership', '" + PARTNERSHIP + "', false)");
            long site;
            String siteName;
            try (ResultSet rows = sql.executeQuery("select s.id, s.name from site s join camera c on c.site_id = s.id"
                    + " group by s.id, s.name order by count(*) desc, s.id limit 1")) {
                rows.next();
                site = rows.getLong(1);
                siteName = rows.getString(2);
            }
            long maker;
            String makerName;
            try (ResultSet rows = sql.executeQuery("select m.id, m.name from manufacturer m"
                    + " where m.partnership_id = '" + PARTNERSHIP + "' and m.name = 'Hikvision'")) {
                rows.next();
                maker = rows.getLong(1);
                makerName = rows.getString(2);
            }
            return new ListTargets(site, siteName, maker, makerName);
        }
    }

    /** The filter combinations people use: name, query string. */
    static Map<String, String> mixes(ListTargets t) {
        Map<String, String> mixes = new LinkedHashMap<>();
        mixes.put("first page", "");
        mixes.put("text search (q=station)", "q=station");
        mixes.put("status=Faulty", "status=FAULTY");
        mixes.put("type=PTZ", "type=PTZ");
        mixes.put("one site", "site=" + t.site());
        mixes.put("one maker (Hikvision)", "maker=" + t.maker());
        mixes.put("sort by maintenance desc", "sort=maintenance&dir=desc");
        mixes.put("page 3", "page=3");
        mixes.put("live domes by site, page 2", "status=LIVE&type=DOME&sort=site&page=2");
        mixes.put("text + status + maker sort", "q=" + URLEncoder.encode("ds-2cd", StandardCharsets.UTF_8)
                + "&status=LIVE&sort=maker&dir=desc");
        return mixes;
    }

    enum Endpoint {
        API("GET /api/v1/cameras", "/api/v1/cameras", false),
        HTML("GET /cameras (full page)", "/cameras", false),
        HTMX("GET /cameras (HX-Request)", "/cameras", true);

        final String label;
        final String path;
        final boolean htmx;

        Endpoint(String label, String path, boolean htmx) {
            this.label = label;
            this.path = path;
            this.htmx = htmx;
        }
    }

    private final Map<String, Stats> slowestByMix = new LinkedHashMap<>();

    private void measureList(ListTargets targets) throws Exception {
        Tokens tokens = new Tokens(USER);
        Map<String, String> mixes = mixes(targets);
        report.line("");
        report.line("## Estate list as " + USER + " (" + PARTNER + ")");
        report.line("");
        report.line("Targets: site " + targets.site() + " (" + targets.siteName() + "), maker " + targets.maker() + " ("
                + targets.makerName() + "). Page size 25. " + requests + " requests per endpoint and mix, after "
                + "a warm-up of " + warmUp + " per endpoint and mix; latency measured at the client (java.net.http, "
                + "HTTP/1.1, localhost), including the bearer token's validation.");
        System.out.println("Warming up...");
        for (Endpoint endpoint : Endpoint.values()) {
            for (String query : mixes.values()) {
                for (int i = 0; i < warmUp; i++) {
                    call(endpoint, query, tokens);
                }
            }
        }
        report.line("");
        worstP95 = 0;
        errors = 0;
        report.line("### One user, sequential requests (ms)");
        report.line("");
        report.line("| endpoint | mix | p50 | p95 | p99 | max | errors |");
        report.line("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        for (Endpoint endpoint : Endpoint.values()) {
            for (Map.Entry<String, String> mix : mixes.entrySet()) {
                Stats stats = new Stats();
                for (int i = 0; i < requests; i++) {
                    stats.add(call(endpoint, mix.getValue(), tokens));
                }
                row(endpoint.label, mix.getKey(), stats);
                slowestByMix.merge(mix.getKey(), stats, (a, b) -> a.p(95) >= b.p(95) ? a : b);
            }
        }
        listTarget("one user");
        report.line("");
        report.line("### " + clients + " concurrent clients (ms)");
        report.line("");
        report.line("Each client cycles through the mixes; " + requests + " requests per endpoint and mix in all.");
        report.line("");
        report.line("| endpoint | mix | p50 | p95 | p99 | max | errors |");
        report.line("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        List<Map.Entry<String, String>> mixList = new ArrayList<>(mixes.entrySet());
        for (Endpoint endpoint : Endpoint.values()) {
            Map<String, Stats> byMix = new LinkedHashMap<>();
            mixList.forEach(m -> byMix.put(m.getKey(), new Stats()));
            Stats all = new Stats();
            AtomicInteger next = new AtomicInteger();
            int total = requests * mixList.size();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long t0 = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < total; ) {
                        Map.Entry<String, String> mix = mixList.get(i % mixList.size());
                        Sample sample = call(endpoint, mix.getValue(), tokens);
                        synchronized (all) {
                            byMix.get(mix.getKey()).add(sample);
                            all.add(sample);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            long elapsed = System.nanoTime() - t0;
            pool.shutdown();
            for (Map.Entry<String, Stats> mix : byMix.entrySet()) {
                row(endpoint.label, mix.getKey(), mix.getValue());
            }
            row(endpoint.label, String.format("**all mixes: %.0f requests/s**", total / (elapsed / 1e9)), all);
        }
        listTarget(clients + " concurrent clients");
    }

    /** The estate list's target over the rows just measured: every endpoint and mix at p95 under 100 ms, no error. */
    private void listTarget(String how) {
        report.check("every estate list request answered, " + how, errors + " errors", errors == 0);
        report.target("the estate list at p95 under 100 ms for every endpoint and mix, " + how,
                String.format("worst p95 %.1f ms", worstP95), worstP95 < 100);
        worstP95 = 0;
        errors = 0;
    }

    private void row(String endpoint, String mix, Stats stats) {
        if (!mix.startsWith("**all")) {
            worstP95 = Math.max(worstP95, stats.p(95));
            errors += stats.errors;
        }
        report.line(String.format("| %s | %s | %.1f | %.1f | %.1f | %.1f | %d |", endpoint, mix, stats.p(50), stats.p(95),
                stats.p(99), stats.max(), stats.errors));
    }

    /** One request: how long it took, whether it was answered, and the size of the answer's body. */
    record Sample(long nanos, boolean ok, long bytes) {
        Sample(long nanos, boolean ok) {
            this(nanos, ok, 0);
        }
    }

    static final class Stats {
        private final List<Long> nanos = new ArrayList<>();
        int errors;
        long maxBytes;

        void add(Sample sample) {
            nanos.add(sample.nanos());
            maxBytes = Math.max(maxBytes, sample.bytes());
            if (!sample.ok()) {
                errors++;
            }
        }

        double p(int percentile) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }

        void addAll(Stats other) {
            nanos.addAll(other.nanos);
            maxBytes = Math.max(maxBytes, other.maxBytes);
            errors += other.errors;
        }

        double max() {
            return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        }
    }

    private Sample call(Endpoint endpoint, String query, Tokens tokens) {
        return get(endpoint.path, query, endpoint.htmx, tokens);
    }

    /** One GET of the portal with a bearer token: how long it took, and whether it answered 200. */
    Sample get(String path, String query, boolean htmx, Tokens tokens) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.portalBaseUrl() + path
                        + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + tokens.get());
        if (htmx) {
            request.header("HX-Request", "true");
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                System.err.println(path + "?" + query + " -> " + response.statusCode());
            }
            return new Sample(elapsed, response.statusCode() == 200, response.body().length);
        } catch (IOException e) {
            System.err.println(path + "?" + query + " -> " + e);
            return new Sample(System.nanoTime() - t0, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Bearer tokens from Keycloak's password grant on the local realm's public client, renewed before expiry. */
    /** The portal's process, for the CPU it used in a load ({@link CpuUse}); 0 before it started. */
    long portalPid() {
        return portal == null ? 0 : portal.pid();
    }

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
                    + "&password=" + PASSWORD;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.keycloakRealmUrl()
                                + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("no token for " + username + ": " + response.statusCode() + " "
                            + response.body());
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

    // ---- The plan of the slowest filter ----------------------------------------------------------------------------

    /**
     * The SQL CameraSearch sends for the slowest mix (its count and the query of the page's ids), explained with ANALYZE and
     * BUFFERS as the portal's own role with the tenant settings the portal puts on its connections, so row-level
     * security and the indexes act exactly as they do for a request.
     */
    private void explainSlowest(ListTargets targets) throws SQLException {
        String slowest = slowestByMix.entrySet().stream()
                .max((a, b) -> Double.compare(a.getValue().p(95), b.getValue().p(95))).map(Map.Entry::getKey)
                .orElse("first page");
        Map<String, String> where = new LinkedHashMap<>();
        where.put("first page", "");
        where.put("text search (q=station)", textFilter("station"));
        where.put("status=Faulty", " and c.status = 'FAULTY'");
        where.put("type=PTZ", " and c.type = 'PTZ'");
        where.put("one site", " and s.id = " + targets.site());
        where.put("one maker (Hikvision)", " and c.manufacturer_id = " + targets.maker());
        where.put("sort by maintenance desc", "");
        where.put("page 3", "");
        where.put("live domes by site, page 2", " and c.status = 'LIVE' and c.type = 'DOME'");
        where.put("text + status + maker sort", textFilter("ds-2cd") + " and c.status = 'LIVE'");
        Map<String, String> order = Map.of("sort by maintenance desc",
                "c.next_maintenance desc nulls last, lower(c.asset_tag), c.id",
                "live domes by site, page 2", "lower(s.name), lower(c.asset_tag), c.id",
                "text + status + maker sort", "lower(m.name) desc nulls last, lower(c.asset_tag), c.id");
        Map<String, Integer> offset = Map.of("page 3", 50, "live domes by site, page 2", 25);
        String sort = order.getOrDefault(slowest, "lower(c.asset_tag), c.id");
        String from = " from camera c join site s on s.id = c.site_id and s.partner_id = '" + PARTNER + "'";
        String filter = " where c.partner_id = '" + PARTNER + "'" + where.getOrDefault(slowest, "");
        // CameraSearch's page query: the page's ids, filtered and sorted (the cameras are then fetched by id); the
        // makers are joined only to sort by their name.
        String page = "select c.id" + from + (sort.contains("m.name") ? MAKER_JOIN : "") + filter + " order by "
                + sort + " offset "
                + offset.getOrDefault(slowest, 0) + " limit 25";
        String count = "select count(c.id)" + from + filter;
        report.line("");
        report.line("## Plan of the slowest mix by p95: " + slowest);
        report.line("");
        report.line("As " + config.get("quarkus.datasource.username") + " with app.partner=" + PARTNER + ", app.partnership="
                + PARTNERSHIP + ", app.scope=partner (the settings the portal's pool puts on its connections).");
        try (Connection db = portalRole(); Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.partner', '" + PARTNER + "', false), set_config('app.partnership', '"
                    + PARTNERSHIP + "', false), set_config('app.scope', 'partner', false)");
            for (String query : List.of(count, page)) {
                report.line("");
                report.line("```");
                report.line(query);
                report.line("");
                try (ResultSet plan = sql.executeQuery("explain (analyze, buffers) " + query)) {
                    while (plan.next()) {
                        report.line(plan.getString(1));
                    }
                }
                report.line("```");
            }
        }
    }

    /** The makers' join CameraSearch adds only to sort by the maker's name. */
    static final String MAKER_JOIN = " left join manufacturer m on m.id = c.manufacturer_id";

    static String textFilter(String text) {
        String like = "'%" + text.toLowerCase() + "%'";
        return " and (lower(c.asset_tag) like " + like + " or lower(c.model) like " + like + " or lower(s.name) like "
                + like + " or c.manufacturer_id in (select mm.id from manufacturer mm where lower(mm.name) like " + like
                + "))";
    }

    // ---- Import (the import feature lands separately; this reports clearly whether it is there) -------------------

    static final String[] CSV_COLUMNS = {"asset_tag", "site", "manufacturer", "model", "type", "resolution_mp",
        "firmware", "install_date", "next_maintenance", "status", "latitude", "longitude", "bearing", "field_of_view",
        "connection", "recorder", "status_reason"};

    /**
     * A camera CSV of {@code rows} rows for {@code sites} (existing site names of the importing partner, each with
     * its recorders' names), with asset tags unique to this run so that a second run adds cameras again.
     */
    static Path generateImportCsv(Path file, int rows, Map<String, List<String>> sites, List<String> makers)
            throws IOException {
        Files.createDirectories(file.getParent());
        Random random = new Random(42);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> siteNames = new ArrayList<>(sites.keySet());
        String[] types = {"Fixed", "Fixed", "Dome", "Dome", "PTZ", "Multi-sensor", "ANPR", "Redeployable"};
        String[] models = {"DS-2CD2387G2-LU", "IPC-HFW5442E-ZE", "M3086-V", "AUTODOME IP 5000i", "XNP-6400RW"};
        String[] connections = {"Fibre", "Fibre", "Fibre", "Wireless", "4G"};
        LocalDate today = LocalDate.now();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", CSV_COLUMNS));
            out.write("\r\n");
            for (int i = 1; i <= rows; i++) {
                String site = siteNames.get(random.nextInt(siteNames.size()));
                List<String> recorders = sites.get(site);
                double status = random.nextDouble();
                String[] values = {
                    ImportSites.TAG + run + "-" + String.format("%06d", i), site,
                    makers.get(random.nextInt(makers.size())), models[random.nextInt(models.length)],
                    types[random.nextInt(types.length)], String.valueOf(new int[] {2, 4, 5, 8, 12}[random.nextInt(5)]),
                    "V5." + random.nextInt(9) + "." + random.nextInt(20),
                    LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4700)).toString(),
                    today.plusDays(random.nextInt(425) - 60).toString(),
                    status < 0.9 ? "Live" : status < 0.95 ? "Faulty" : status < 0.98 ? "Offline" : "Decommissioned",
                    String.format("%.6f", 52.06 + (random.nextDouble() - 0.5) * 0.1),
                    String.format("%.6f", -1.34 + (random.nextDouble() - 0.5) * 0.15),
                    String.valueOf(random.nextInt(360)), String.valueOf(30 + random.nextInt(90)),
                    connections[random.nextInt(connections.length)],
                    recorders.isEmpty() ? "" : recorders.get(random.nextInt(recorders.size())),
                    status < 0.95 ? "" : "Column taken down for resurfacing works"};
                for (int v = 0; v < values.length; v++) {
                    if (v > 0) {
                        out.write(',');
                    }
                    String value = values[v];
                    out.write(value.contains(",") || value.contains("\"")
                            ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
                }
                out.write("\r\n");
            }
        }
        return file;
    }

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_COOKIE = Pattern.compile("csrf-token=([^;]+)");

    /**
     * Posts the CSV to {@code POST /estate/import} as cherwell.manager (multipart: subject=CAMERAS, file), follows the
     * 303 to the preview, commits with {@code POST /estate/import/{id}/commit}, and samples the portal's heap every
     * 100 ms from the management port's metrics meanwhile.
     */
    private void measureImport() throws Exception {
        report.line("");
        // -Dbench.import-rows measures the national file's size on the small data set, which needs no national estate.
        int importRows = Integer.getInteger("bench.import-rows", size.importRows());
        report.line("## Import of a " + String.format("%,d", importRows) + "-row camera CSV as " + IMPORT_USER + " ("
                + IMPORT_PARTNER + ")");
        report.line("");
        Map<String, List<String>> sites;
        List<String> makers = new ArrayList<>();
        try (Connection db = owner(); Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.partner', '" + IMPORT_PARTNER + "', false), "
                    + "set_config('app.partnership', '" + PARTNERSHIP + "', false)");
            // Each run imports into the same partner: earlier runs' cameras go first, so every run starts alike.
            long removed = sql.executeUpdate("delete from camera where asset_tag like '" + ImportSites.TAG + "%'");
            // Their findings too (about 158,000 a run): left standing, they grew the partner's findings run after run,
            // and with them what the re-evaluation at each chunk's end reads.
            long findings = sql.executeUpdate("delete from compliance_finding f where f.asset_kind = 'CAMERA'"
                    + " and f.partner_id = '" + IMPORT_PARTNER + "'"
                    + " and not exists (select 1 from camera c where c.id = f.asset_id)");
            sql.executeUpdate("delete from audit_event where entity_type in ('camera', 'estate_import')");
            sql.executeUpdate("delete from estate_import");
            // The deleted rows' dead versions go too: left, each run's 100,000 tags stood again in the unique index
            // beside every earlier run's, and the inserts checked them all (5.9 GB after some 40 runs).
            long vacuum = System.nanoTime();
            sql.execute("vacuum (analyze) camera, compliance_finding, audit_event, estate_import");
            report.line("Vacuumed the tables the import writes in " + seconds(System.nanoTime() - vacuum) + " s.");
            report.line(removed == 0 ? "The partner had no cameras from earlier runs."
                    : "Removed " + removed + " cameras of earlier runs and " + findings + " findings of cameras no"
                            + " longer there first, so every run starts alike.");
            sites = ImportSites.ensure(sql, IMPORT_PARTNER, size.sites());
            try (ResultSet rows = sql.executeQuery("select name from manufacturer where partnership_id = '"
                    + PARTNERSHIP + "' order by name")) {
                while (rows.next()) {
                    makers.add(rows.getString(1));
                }
            }
        }
        long t0 = System.nanoTime();
        Path csv = generateImportCsv(OUT.resolve("import-cameras-" + size.name() + ".csv"), importRows, sites, makers);
        report.line("CSV " + csv + ": " + String.format("%,d", importRows) + " rows, " + Files.size(csv) / 1024 + " KiB, written in "
                + seconds(System.nanoTime() - t0) + " s.");
        Tokens tokens = new Tokens(IMPORT_USER);
        String base = stack.portalBaseUrl();
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .header("Authorization", "Bearer " + tokens.get()).build(), HttpResponse.BodyHandlers.ofString());
        Matcher formToken = FORM_TOKEN.matcher(home.body());
        Matcher cookie = CSRF_COOKIE.matcher(String.join(";", home.headers().allValues("set-cookie")));
        if (home.statusCode() != 200 || !formToken.find() || !cookie.find()) {
            throw new IllegalStateException("no CSRF token on the home page (" + home.statusCode() + ")");
        }
        String csrfCookie = "csrf-token=" + cookie.group(1);
        String csrf = formToken.group(1);
        HeapSampler heapSampler = new HeapSampler(portal.managementUrl() + "/q/metrics");
        long baseline = heapSampler.sample();
        boolean reached = false;
        Thread sampler = new Thread(heapSampler, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
            long started = System.nanoTime();
            HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(base + "/estate/import"))
                    .timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + tokens.get()).header("Cookie", csrfCookie)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(multipart(boundary, Map.of("subject", "CAMERAS", "csrf-token", csrf), csv)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long uploaded = System.nanoTime();
            String location = upload.headers().firstValue("location").orElse("");
            Matcher id = Pattern.compile("/estate/import/([^/?#]+)").matcher(location);
            if (upload.statusCode() != 303 || !id.find()) {
                throw new IllegalStateException("POST /estate/import answered " + upload.statusCode()
                        + (location.isEmpty() ? "" : " to " + location) + " (expected 303 to the preview; see the "
                        + "portal's log)");
            }
            reached = true;
            HttpResponse<String> preview = http.send(HttpRequest.newBuilder(URI.create(location.startsWith("http")
                            ? location : base + location)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + tokens.get()).header("Cookie", csrfCookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            long previewed = System.nanoTime();
            HttpResponse<String> commit = http.send(HttpRequest.newBuilder(URI.create(base + "/estate/import/"
                            + id.group(1) + "/commit")).timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + tokens.get()).header("Cookie", csrfCookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + URLEncoder.encode(csrf,
                            StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            // The commit is a job: the 303 leads to its page; the import is done when the job says so.
            String job = commit.headers().firstValue("location").orElse("").replaceAll(".*/jobs/", "");
            String ended = awaitJob(http, base, job, tokens);
            long committed = System.nanoTime();
            boolean ok = preview.statusCode() == 200 && commit.statusCode() == 303 && ended.contains("\"DONE\"");
            report.line("| step | status | seconds |");
            report.line("| --- | ---: | ---: |");
            report.line("| upload and validate (POST /estate/import) | " + upload.statusCode() + " | "
                    + seconds(uploaded - started) + " |");
            report.line("| preview (GET " + location + ") | " + preview.statusCode() + " | " + seconds(previewed - uploaded)
                    + " |");
            report.line("| commit (POST /estate/import/{id}/commit, then its job to DONE) | " + commit.statusCode() + " | "
                    + seconds(committed - previewed) + " |");
            report.line("| **total** | " + (ok ? "ok" : "**failed**") + " | **" + seconds(committed - started) + "** |");
            Matcher problems = Pattern.compile("data-testid=\"problem-count\">([^<]+)<").matcher(preview.body());
            boolean clean = !problems.find();
            long imported = importedCameras();
            report.check("the preview lists no problem", clean ? "none" : problems.group(1).strip(), clean);
            report.check("the commit adds every row's camera", imported + " of " + importRows + " cameras added",
                    ok && imported == importRows);
            report.target("the import under 20 s (upload, preview and commit)", seconds(committed - started) + " s",
                    committed - started < 20_000_000_000L);
            if (!clean) {
                report.line("The preview listed " + problems.group(1).strip() + "; the first of them:");
                Matcher rows = Pattern.compile("<tr[^>]*data-testid=\"problem\".*?</tr>", Pattern.DOTALL)
                        .matcher(preview.body());
                for (int shown = 0; shown < 3 && rows.find(); shown++) {
                    report.line("- " + rows.group().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
                }
            }
        } finally {
            heapSampler.stop();
            sampler.join(2000);
            if (reached) {
                report.line("");
                report.line(String.format("Portal heap (jvm_memory_used_bytes, area=heap, summed; sampled every 100 ms, %d "
                                + "samples): before %.0f MiB, peak %.0f MiB (limit -Xmx%s).",
                        heapSampler.samples.get(), baseline / 1048576.0, heapSampler.peak.get() / 1048576.0, heap));
            }
        }
    }

    /** Cameras in the importing partner's estate: before the import there are none (earlier runs' go first). */
    private long importedCameras() throws SQLException {
        try (Connection db = owner(); Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.partner', '" + IMPORT_PARTNER + "', false)");
            return single(sql, "select count(*) from camera where partner_id = '" + IMPORT_PARTNER
                    + "' and asset_tag like '" + ImportSites.TAG + "%'");
        }
    }

    private static HttpRequest.BodyPublisher multipart(String boundary, Map<String, String> fields, Path file)
            throws IOException {
        List<byte[]> parts = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(file.getFileName()).append("\"\r\nContent-Type: text/csv\r\n\r\n");
        parts.add(head.toString().getBytes(StandardCharsets.UTF_8));
        parts.add(Files.readAllBytes(file));
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArrays(parts);
    }

    /** Sums {@code jvm_memory_used_bytes{area="heap",...}} from the Prometheus metrics every 100 ms. */
    final class HeapSampler implements Runnable {
        private static final Pattern HEAP = Pattern.compile(
                "^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*}\\s+([0-9.eE+-]+)", Pattern.MULTILINE);
        private final String url;
        private volatile boolean running = true;
        final AtomicLong peak = new AtomicLong();
        final AtomicInteger samples = new AtomicInteger();

        HeapSampler(String url) {
            this.url = url;
        }

        long sample() {
            try {
                String body = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = HEAP.matcher(body);
                double sum = 0;
                while (m.find()) {
                    sum += Double.parseDouble(m.group(1));
                }
                samples.incrementAndGet();
                peak.accumulateAndGet((long) sum, Math::max);
                return (long) sum;
            } catch (IOException e) {
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }

        @Override
        public void run() {
            while (running) {
                long t0 = System.nanoTime();
                sample();
                long left = 100 - (System.nanoTime() - t0) / 1_000_000;
                if (left > 0) {
                    try {
                        Thread.sleep(left);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        void stop() {
            running = false;
        }
    }

    // ---- Output -----------------------------------------------------------------------------------------------------

    static {
        // Keep java.net.http's connection pool from closing idle connections between the sequential runs.
        System.setProperty("jdk.httpclient.keepalive.timeout", "60");
    }

    /** Asks for the job every second until it has ended (DONE or FAILED); answers its last JSON. */
    private static String awaitJob(HttpClient http, String base, String job, Tokens tokens) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        String body = "";
        while (System.nanoTime() < until) {
            body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/jobs/" + job))
                    .timeout(Duration.ofMinutes(1)).header("Authorization", "Bearer " + tokens.get()).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"status\":\"DONE\"") || body.contains("\"status\":\"FAILED\"")) {
                return body;
            }
            Thread.sleep(1_000);
        }
        return body;
    }
}
