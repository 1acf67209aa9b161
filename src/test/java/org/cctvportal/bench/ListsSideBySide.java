package org.cctvportal.bench;

import static org.cctvportal.bench.BenchReport.loadAverage;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.cctvportal.bench.EstateBenchmark.Sample;
import org.cctvportal.bench.EstateBenchmark.Stats;

/**
 * The estate list, the PCC office's cross-partner camera list and the findings list, each measured through the
 * portal (its API and its page) and as the same SQL sent directly by the portal's role with the tenant settings its
 * pool applies, in the same run, with the same concurrent clients: the portal's p95 as a ratio of the SQL's.
 */
final class ListsSideBySide {

    /** The statements the portal sends for one request of a list, on one connection. */
    interface Statements {
        void run(Connection db) throws SQLException;
    }

    interface Connector {
        Connection open() throws SQLException;
    }

    /** The settings the portal's pool puts on a connection for the caller; the PCC's reads run read-only. */
    record Tenant(String partner, String partnership, String scope, boolean readOnly) {
    }

    record Mix(String name, String query, Statements sql) {
    }

    record ListCase(String name, String user, String apiPath, String pagePath, Tenant tenant, List<Mix> mixes) {
    }

    private final EstateBenchmark bench;
    private final BenchReport report;
    private final Connector portalRole;
    private final int requests;
    private final int clients;

    ListsSideBySide(EstateBenchmark bench, BenchReport report, Connector portalRole, int requests, int clients) {
        this.bench = bench;
        this.report = report;
        this.portalRole = portalRole;
        this.requests = requests;
        this.clients = clients;
    }

    void measure(List<ListCase> lists) throws Exception {
        int rounds = rounds();
        report.line("");
        report.line("## The lists side by side with their SQL, " + clients + " concurrent clients");
        report.line("");
        report.line("Per list, the same mixes three ways: the SQL the portal sends for a request (its count, "
                + "the page, the rows by id), sent by " + clients + " clients on connections of the portal's role with "
                + "the tenant settings its pool applies per request; the portal's API; its page. " + requests
                + " requests per mix and way in a round, after the same load once untimed each way; " + rounds
                + " rounds, each starting with the next way (SQL, API, page; then API, page, SQL; ...), so that a"
                + " machine slowing down or speeding up during the run weighs on the three alike. A round's ratio:"
                + " the portal's p95 over the same round's SQL p95; the target is judged on the median of the"
                + " rounds' ratios, the p95 on every request of every round.");
        report.line("");
        report.line("| list | round | way | p50 | p95 | p99 | requests/s | ratio of p95 to the SQL's | CPU ms per request"
                + " (portal / PostgreSQL and the rest / clients) | errors | load average |");
        report.line("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        List<String> perMix = new ArrayList<>();
        List<String> warmUps = new ArrayList<>();
        for (ListCase list : lists) {
            EstateBenchmark.Tokens tokens = bench.new Tokens(list.user());
            List<Way> ways = List.of(
                    new Way("SQL, directly", () -> run(list.mixes(), mix -> null, list.tenant())),
                    new Way("GET " + list.apiPath(), () -> run(list.mixes(),
                            mix -> bench.get(list.apiPath(), mix.query(), false, tokens), null)),
                    new Way("GET " + list.pagePath() + " (page)", () -> run(list.mixes(),
                            mix -> bench.get(list.pagePath(), mix.query(), false, tokens), null)));
            // Each way through the same load untimed until the portal's JIT has settled, then timed: a list first
            // asked for here would otherwise be timed while the compiler threads take a third of the portal's CPU
            // on the same two cores (runs 62 and 64: the API's CPU per request fell from 4.1 to 2.3 ms over eight
            // rounds). The SQL way once; the API and the page in turn until, in a pass of both, the compiler
            // threads used under a tenth of the portal's CPU, or after the most passes.
            ways.get(0).load().call();
            int passes = 0;
            double compiling;
            List<String> shares = new ArrayList<>();
            do {
                compiling = Math.max(compilingShare(ways.get(1).load().call()), compilingShare(ways.get(2).load()
                        .call()));
                shares.add(String.format("%.0f", compiling * 100));
                passes++;
            } while (compiling > SETTLED && passes < warmUpPasses());
            warmUps.add(String.format("%s: %d pass%s of the API and the page, the compiler threads' share of the"
                    + " portal's CPU in each (the larger of the two ways) %s %%", list.name(), passes,
                    passes == 1 ? "" : "es", String.join(", ", shares)));
            List<Result[]> byRound = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                Result[] results = new Result[ways.size()];
                for (int k = 0; k < ways.size(); k++) {
                    int w = (round + k) % ways.size();
                    results[w] = ways.get(w).load().call();
                }
                byRound.add(results);
                for (int w = 0; w < ways.size(); w++) {
                    row(list, round + 1, ways.get(w).name(), results[w], results[0]);
                }
            }
            Result sql = pooled(byRound, 0);
            for (int w = 1; w < ways.size(); w++) {
                String way = w == 1 ? "API" : "page";
                Result all = pooled(byRound, w);
                int index = w;
                double[] ratios = byRound.stream().mapToDouble(r -> r[index].all.p(95) / r[0].all.p(95)).sorted()
                        .toArray();
                double median = median(ratios);
                report.check("every request of the " + list.name() + " answered (" + way + " and SQL)",
                        (all.all.errors + sql.all.errors) + " errors", all.all.errors + sql.all.errors == 0);
                report.target("the " + list.name() + " (" + way + ") at p95 under 100 ms with " + clients
                        + " clients", String.format("%.1f ms over %d rounds", all.all.p(95), rounds),
                        all.all.p(95) < 100);
                report.target("the " + list.name() + " (" + way + ") within 1.5 times its SQL at p95",
                        String.format("median %.2f times over %d rounds (%s); all rounds pooled %.1f ms against"
                                + " %.1f ms", median, rounds, java.util.Arrays.stream(ratios)
                                .mapToObj(r -> String.format("%.2f", r)).collect(java.util.stream.Collectors
                                .joining(", ")), all.all.p(95), sql.all.p(95)), median <= 1.5);
            }
            Result api = pooled(byRound, 1);
            Result page = pooled(byRound, 2);
            perMix.add(list.name() + ": " + String.join("; ", list.mixes().stream()
                    .map(m -> String.format("%s %.1f / %.1f / %.1f", m.name(), sql.byMix.get(m.name()).p(95),
                            api.byMix.get(m.name()).p(95), page.byMix.get(m.name()).p(95))).toList())
                    + (sql.cpu() == null ? "." : "; CPU ms per request, mean of the rounds (portal / PostgreSQL and the"
                    + " rest / clients): SQL " + sql.cpu().cells() + ", API " + api.cpu().cells() + ", page "
                    + page.cpu().cells() + "; the portal's threads (ms per request): SQL " + sql.cpu().threadCells()
                    + "; API " + api.cpu().threadCells() + "; page " + page.cpu().threadCells() + "."));
        }
        report.line("");
        report.line("Warm-up before the rounds (untimed; the JIT settled when its compiler threads use under "
                + Math.round(SETTLED * 100) + "% of the portal's CPU, or after " + warmUpPasses() + " passes): "
                + String.join("; ", warmUps) + ".");
        report.line("");
        report.line("Per mix, p95 in ms over every round (SQL / API / page):");
        report.line("");
        perMix.forEach(line -> report.line("- " + line));
        report.line("");
    }

    /** The compiler threads' share of the portal's CPU under which its JIT counts as settled for the rounds. */
    static final double SETTLED = 0.10;

    /**
     * The most warm-up passes of the API and the page: {@code -Dbench.warm-up-passes}, 40 by default (a portal whose
     * first list this is needs more than 15: run 68), 1 when small.
     */
    static int warmUpPasses() {
        String given = System.getProperty("bench.warm-up-passes", "");
        if (!given.isBlank()) {
            return Math.max(1, Integer.parseInt(given));
        }
        return BenchSize.current().small() ? 1 : 40;
    }

    /** What share of the portal's CPU in a load went to its JIT compiler threads (0 when unknown). */
    static double compilingShare(Result result) {
        if (result.cpu() == null || result.cpu().portal() <= 0) {
            return 0;
        }
        return result.cpu().portalThreads().entrySet().stream().filter(e -> e.getKey().contains("CompilerThre"))
                .mapToDouble(Map.Entry::getValue).sum() / result.cpu().portal();
    }

    /** How many rounds of the three ways: {@code -Dbench.rounds}, 5 by default, 1 at small and tiny size. */
    static int rounds() {
        String given = System.getProperty("bench.rounds", "");
        if (!given.isBlank()) {
            return Math.max(1, Integer.parseInt(given));
        }
        return BenchSize.current().small() ? 1 : 5;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private record Way(String name, java.util.concurrent.Callable<Result> load) {
    }

    /** One way's requests of every round as one set: their p95 for the target under 100 ms. */
    private static Result pooled(List<Result[]> byRound, int way) {
        Stats all = new Stats();
        Map<String, Stats> byMix = new LinkedHashMap<>();
        double perSecond = 0;
        double[] cpu = new double[3];
        Map<String, Double> threads = new java.util.TreeMap<>();
        boolean cpuKnown = true;
        for (Result[] round : byRound) {
            Result r = round[way];
            if (r.cpu() == null) {
                cpuKnown = false;
            } else {
                cpu[0] += r.cpu().portal() / byRound.size();
                cpu[1] += r.cpu().client() / byRound.size();
                cpu[2] += r.cpu().rest() / byRound.size();
                r.cpu().portalThreads().forEach((group, used) -> threads.merge(group, used / byRound.size(),
                        Double::sum));
            }
            all.addAll(r.all);
            r.byMix.forEach((mix, stats) -> byMix.computeIfAbsent(mix, m -> new Stats()).addAll(stats));
            perSecond += r.perSecond / byRound.size();
        }
        return new Result(all, byMix, perSecond, byRound.get(byRound.size() - 1)[way].load,
                cpuKnown ? new CpuUse(cpu[0], cpu[1], cpu[2], threads) : null);
    }

    private void row(ListCase list, int round, String way, Result r, Result sql) {
        report.line(String.format("| %s | %d | %s | %.1f | %.1f | %.1f | %.0f | %.2f | %s | %d | %s |", list.name(), round,
                way, r.all.p(50), r.all.p(95), r.all.p(99), r.perSecond, r.all.p(95) / sql.all.p(95),
                r.cpu() == null ? "?" : r.cpu().cells(), r.all.errors, r.load));
    }

    record Result(Stats all, Map<String, Stats> byMix, double perSecond, String load, CpuUse cpu) {
    }

    interface Call {
        Sample send(Mix mix);
    }

    /** {@code clients} clients cycling through the mixes; with a tenant, each on its own connection, sending the SQL. */
    Result run(List<Mix> mixes, Call http, Tenant tenant) throws Exception {
        Map<String, Stats> byMix = new LinkedHashMap<>();
        mixes.forEach(m -> byMix.put(m.name(), new Stats()));
        Stats all = new Stats();
        AtomicInteger next = new AtomicInteger();
        int total = requests * mixes.size();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        CpuUse.Snapshot before = CpuUse.take(bench.portalPid());
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                try (Connection db = tenant == null ? null : portalRole.open()) {
                    for (int i; (i = next.getAndIncrement()) < total; ) {
                        Mix mix = mixes.get(i % mixes.size());
                        Sample sample = tenant == null ? http.send(mix) : sql(db, tenant, mix);
                        synchronized (all) {
                            byMix.get(mix.name()).add(sample);
                            all.add(sample);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double perSecond = total / ((System.nanoTime() - t0) / 1e9);
        CpuUse cpu = CpuUse.per(before, CpuUse.take(bench.portalPid()), total);
        pool.shutdown();
        return new Result(all, byMix, perSecond, loadAverage(), cpu);
    }

    /**
     * One request's SQL: the tenant set as the pool sets it on taking a connection, then the statements (the pool writes
     * nothing when the connection goes back: the next request's settings overwrite these).
     */
    private static Sample sql(Connection db, Tenant tenant, Mix mix) {
        long t0 = System.nanoTime();
        try {
            apply(db, tenant.partner(), tenant.partnership(), tenant.scope());
            if (tenant.readOnly()) {
                db.setAutoCommit(false);
                db.createStatement().execute("set transaction read only");
            }
            mix.sql().run(db);
            if (tenant.readOnly()) {
                db.commit();
                db.setAutoCommit(true);
            }
            return new Sample(System.nanoTime() - t0, true);
        } catch (SQLException e) {
            System.err.println("SQL of " + mix.name() + " -> " + e);
            try {
                db.rollback();
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the next request sets up the connection again
            }
            return new Sample(System.nanoTime() - t0, false);
        }
    }

    private static void apply(Connection db, String partner, String partnership, String scope) throws SQLException {
        try (PreparedStatement set = db.prepareStatement("select set_config('app.partner', ?, false), "
                + "set_config('app.partnership', ?, false), set_config('app.scope', ?, false), "
                + "set_config('app.now', ?, false)")) {
            set.setString(1, partner);
            set.setString(2, partnership);
            set.setString(3, scope);
            set.setString(4, scope.isEmpty() ? "" : java.time.Instant.now().toString());
            set.execute();
        }
    }

    // ---- The lists and their mixes --------------------------------------------------------------------------------

    static final String PCC_USER = "opcc.analyst";
    static final String PCC_PARTNER = "tv-opcc";

    /** The three lists: Oxford's estate list, the PCC office's cameras of every partner, the findings (both callers). */
    static List<ListCase> lists() {
        String ox = EstateBenchmark.PARTNER;
        String tv = EstateBenchmark.PARTNERSHIP;
        Tenant oxford = new Tenant(ox, tv, "partner", false);
        Tenant pcc = new Tenant(PCC_PARTNER, tv, "partnership", true);
        String byTag = "lower(c.asset_tag), c.id";
        String station = EstateBenchmark.textFilter("station");
        String standing = " and f.status <> 'CLOSED'";
        List<ListCase> lists = new ArrayList<>();
        lists.add(new ListCase("estate list", EstateBenchmark.USER, "/api/v1/cameras", "/cameras", oxford, List.of(
                new Mix("first page", "", cameras(ox, "", byTag, 0)),
                new Mix("text search (q=station)", "q=station", cameras(ox, station, byTag, 0)),
                new Mix("status=Faulty", "status=FAULTY", cameras(ox, " and c.status = 'FAULTY'", byTag, 0)),
                new Mix("text + status + maker sort", "q=ds-2cd&status=LIVE&sort=maker&dir=desc",
                        cameras(ox, EstateBenchmark.textFilter("ds-2cd") + " and c.status = 'LIVE'",
                                "lower(m.name) desc nulls last, " + byTag, 0)))));
        lists.add(new ListCase("PCC cross-partner camera list", PCC_USER, "/api/v1/cameras", "/cameras", pcc, List.of(
                new Mix("status=Faulty", "partner=all&status=FAULTY",
                        cameras(null, " and c.status = 'FAULTY'", byTag, 0)),
                new Mix("status=Offline by maintenance", "partner=all&status=OFFLINE&sort=maintenance&dir=desc",
                        cameras(null, " and c.status = 'OFFLINE'", "c.next_maintenance desc nulls last, " + byTag, 0)),
                new Mix("text search (q=station)", "partner=all&q=station", cameras(null, station, byTag, 0)),
                new Mix("text + status=Live, page 3", "partner=all&q=station&status=LIVE&page=3",
                        cameras(null, station + " and c.status = 'LIVE'", byTag, 50)))));
        for (boolean across : new boolean[] {false, true}) {
            String partner = across ? null : ox;
            String prefix = across ? "partner=all&" : "";
            lists.add(new ListCase(across ? "PCC findings list (every partner)" : "findings list", across ? PCC_USER
                    : EstateBenchmark.USER, "/api/v1/findings", "/findings", across ? pcc : oxford, List.of(
                    new Mix("standing", prefix, findings(partner, tv, standing, 0)),
                    new Mix("severity=Critical", prefix + "severity=CRITICAL",
                            findings(partner, tv, standing + " and f.severity = 'CRITICAL'", 0)),
                    new Mix("rule=minimum resolution, page 3", prefix + "rule=MIN_RESOLUTION&page=3",
                            findings(partner, tv, standing + " and f.rule = 'MIN_RESOLUTION'", 50)))));
        }
        return lists;
    }

    /**
     * Findings at the estate's size: the partnership's specification applied to the generated cameras as after a
     * ratification (nothing is written when they are already evaluated), and how many rows each list reads.
     */
    void prepare(Connector owner) throws SQLException {
        try (Connection db = owner.open(); java.sql.Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.partnership', '" + EstateBenchmark.PARTNERSHIP + "', false)");
            drain(db, "select * from compliance_evaluate_partnership()");
            sql.execute("select set_config('app.scope', 'platform', false)");
            report.line("");
            report.line("Rows the lists read: Oxford " + BenchSql.single(sql, "select count(*) from camera where "
                    + "partner_id = '" + EstateBenchmark.PARTNER + "'") + " cameras and " + BenchSql.single(sql,
                    "select count(*) from compliance_finding where status <> 'CLOSED' and partner_id = '"
                            + EstateBenchmark.PARTNER + "'") + " standing findings; the PCC office's partnership ("
                    + EstateBenchmark.PARTNERSHIP + ") " + BenchSql.single(sql, "select count(*) from camera c join "
                    + "partner p on p.id = c.partner_id where p.partnership_id = '" + EstateBenchmark.PARTNERSHIP
                    + "'") + " cameras and " + BenchSql.single(sql, "select count(*) from compliance_finding where "
                    + "status <> 'CLOSED' and partnership_id = '" + EstateBenchmark.PARTNERSHIP + "'")
                    + " standing findings.");
        }
    }

    // ---- The statements, as Hibernate sends them for CameraSearch and FindingService ---------------------------------

    /**
     * CameraSearch: the count, the page's ids, then those cameras with their site, maker and recorder (with the
     * recorder's site, maker and operating system, which it loads eagerly). {@code partner}
     * is the caller's partner (Hibernate's tenant predicate) or null for the PCC office's read under the root tenant,
     * which first reads the partnership's partners from the directory and names them for the cameras and their sites,
     * as CameraSearch does. The makers are joined only to sort by their name.
     */
    static Statements cameras(String partner, String filter, String order, int offset) {
        String tenantOnSite = partner == null ? "" : " and s.partner_id = '" + partner + "'";
        String makers = order.contains("m.name") ? EstateBenchmark.MAKER_JOIN : "";
        // The rows by their ids as Hibernate's multiple load sends them: the eager associations joined, each bounded
        // by the tenant's predicate or the directory filter as Hibernate bounds them (nothing for the root tenant).
        String scope = partner == null ? "partnership" : "partner";
        Function<String, String> tenantOn = alias -> partner == null ? ""
                : " and " + alias + ".partner_id = '" + partner + "'";
        Function<String, String> referenceOn = alias -> " and (" + alias + ".partnership_id = '"
                + EstateBenchmark.PARTNERSHIP + "' or '" + scope + "' = 'platform')";
        String rows = "select c.*, s.*, m.*, r.*, rs.*, rm.*, os.* from camera c"
                + " left join manufacturer m on m.id = c.manufacturer_id" + referenceOn.apply("m")
                + " left join recorder r on r.id = c.recorder_id" + tenantOn.apply("r")
                + " left join manufacturer rm on rm.id = r.manufacturer_id" + referenceOn.apply("rm")
                + " left join operating_system os on os.id = r.os_id" + referenceOn.apply("os")
                + " left join site rs on rs.id = r.site_id" + tenantOn.apply("rs")
                + " join site s on s.id = c.site_id" + tenantOn.apply("s")
                + " where c.id = any(?)" + (partner == null ? "" : " and c.partner_id = '" + partner + "'");
        return db -> {
            String bound;
            if (partner == null) {
                List<String> partners = new ArrayList<>();
                try (ResultSet r = db.createStatement().executeQuery("select p.id from partner p where "
                        + "p.partnership_id = '" + EstateBenchmark.PARTNERSHIP + "'")) {
                    while (r.next()) {
                        partners.add("'" + r.getString(1) + "'");
                    }
                }
                String in = " in (" + String.join(", ", partners) + ")";
                bound = "c.partner_id" + in + " and s.partner_id" + in;
            } else {
                bound = "c.partner_id = '" + partner + "'";
            }
            String from = " from camera c join site s on s.id = c.site_id" + tenantOnSite;
            String where = " where " + bound + filter;
            drain(db, "select count(c.id)" + from + where);
            List<Long> page = new ArrayList<>();
            try (ResultSet r = db.createStatement().executeQuery("select c.id" + from + makers + where + " order by "
                    + order + " offset " + offset + " limit 25")) {
                while (r.next()) {
                    page.add(r.getLong(1));
                }
            }
            try (PreparedStatement fetch = db.prepareStatement(rows)) {
                Array array = db.createArrayOf("bigint", page.toArray());
                fetch.setArray(1, array);
                try (ResultSet r = fetch.executeQuery()) {
                    while (r.next()) {
                        r.getObject(1);
                    }
                }
            }
        };
    }

    /**
     * FindingService's list: the accepted findings past their date (reopened on every read of a partner's list), or
     * for the PCC office the partnership's partners by name; then the count and the page, most severe first.
     */
    static Statements findings(String partner, String partnership, String filter, int offset) {
        String where = " where " + (partner == null ? "f.partnership_id = '" + partnership + "'"
                : "f.partner_id = '" + partner + "'") + filter;
        String first = partner == null
                ? "select p.id, p.name from partner p where p.partnership_id = '" + partnership + "' order by lower(p.name)"
                : "select f.* from compliance_finding f where f.partner_id = '" + partner + "' and f.status = 'ACCEPTED' "
                        + "and f.accepted_until < current_date";
        String count = "select count(*) from compliance_finding f" + where;
        String page = "select f.* from compliance_finding f" + where + " order by f.severity_rank, f.due_date nulls last,"
                + " f.asset_label, f.rule offset " + offset + " limit 25";
        return db -> {
            drain(db, first);
            drain(db, count);
            drain(db, page);
        };
    }

    private static void drain(Connection db, String query) throws SQLException {
        try (ResultSet r = db.createStatement().executeQuery(query)) {
            while (r.next()) {
                r.getObject(1);
            }
        }
    }
}
