package org.cctvportal.bench;

import static org.cctvportal.bench.BenchReport.loadAverage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.cctvportal.bench.ListsSideBySide.ListCase;
import org.cctvportal.bench.ListsSideBySide.Mix;
import org.cctvportal.bench.ListsSideBySide.Statements;
import org.cctvportal.bench.ListsSideBySide.Tenant;

/**
 * The search box at national scale: {@code GET /api/v1/search} and the {@code /search} page for Oxford's partner
 * manager (every kind offered: cameras, sites, recorders, bookings, evidence) on the estate benchmark's national data
 * set, side by side with the same SQL sent directly by the portal's role ({@link ListsSideBySide}): p95 under 100 ms
 * with 8 clients, and the ratio to the SQL's p95.
 * {@code ./mvnw -Pbench -Dbench.main=org.cctvportal.bench.SearchBenchmark} (add {@code -Dbench.size=small} for a run
 * in seconds).
 */
public final class SearchBenchmark {

    /** The API's default page size, which the mixes use. */
    static final int PAGE = 50;
    static final String[] KINDS = {"camera", "site", "recorder", "booking", "evidence"};

    public static void main(String[] args) {
        EstateBenchmark.smallDatabase();
        EstateBenchmark bench = new EstateBenchmark("search.md");
        bench.runAndExit(() -> {
            bench.start("Search benchmark");
            BenchSize size = BenchSize.current();
            ListsSideBySide sideBySide = new ListsSideBySide(bench, bench.report(), bench::portalRole,
                    size.requests(), size.clients());
            sideBySide.measure(List.of(searches(), acrossThePartnership()));
            bench.report().line("");
            bench.report().line("Load average at the end: " + loadAverage());
        });
    }

    static ListCase searches() {
        String ox = EstateBenchmark.PARTNER;
        return new ListCase("search", EstateBenchmark.USER, "/api/v1/search", "/search",
                new Tenant(ox, EstateBenchmark.PARTNERSHIP, "partner", false), List.of(
                        new Mix("tag (q=oxc-0012)", "q=oxc-0012", search(ox, "oxc-0012", null, 1)),
                        new Mix("site and recorder name (q=station)", "q=station", search(ox, "station", null, 1)),
                        new Mix("booking reference (q=MB-1)", "q=MB-1", search(ox, "MB-1", null, 1)),
                        new Mix("nothing found (q=zqxw)", "q=zqxw", search(ox, "zqxw", null, 1)),
                        new Mix("cameras only, page 3 (q=oxc)", "q=oxc&kind=camera&page=3",
                                search(ox, "oxc", "camera", 3))));
    }

    /**
     * The PCC office's search (its analyst: cameras, sites and recorders of every partner of the partnership, no
     * bookings or evidence), read in the partnership scope with the partnership's partners named, as the portal does.
     */
    static ListCase acrossThePartnership() {
        String tv = EstateBenchmark.PARTNERSHIP;
        return new ListCase("search across the partnership (PCC office)", ListsSideBySide.PCC_USER, "/api/v1/search",
                "/search", new Tenant(ListsSideBySide.PCC_PARTNER, tv, "partnership", true), List.of(
                        new Mix("tag (q=oxc-0012)", "q=oxc-0012", acrossPartnership(tv, "oxc-0012")),
                        new Mix("site and recorder name (q=station)", "q=station", acrossPartnership(tv, "station")),
                        new Mix("nothing found (q=zqxw)", "q=zqxw", acrossPartnership(tv, "zqxw"))));
    }

    /**
     * What the portal sends for the PCC office's first page: for each of the three kinds, the partnership's partners
     * (with their names), the count over them, and the page when the kind has matches.
     */
    static Statements acrossPartnership(String partnership, String term) {
        String like = "%" + term.toLowerCase() + "%";
        return db -> {
            long start = 0;
            for (String kind : List.of("camera", "site", "recorder")) {
                long total = count(db, countSql(kind, "", null).replace(" = ''", partners(db, partnership)), like);
                long from = Math.max(0, start);
                long to = Math.min(PAGE, start + total);
                if (from < to) {
                    drain(db, pageSql(kind, "", null).replace(" = ''", partners(db, partnership)), like,
                            from - start, to - from);
                }
                start += total;
            }
        };
    }

    /** The partnership's partners read with their names, as " in ('a', 'b')": once before each query, as the portal. */
    private static String partners(Connection db, String partnership) throws SQLException {
        StringBuilder partners = new StringBuilder();
        try (PreparedStatement names = db.prepareStatement("select id, name from partner where partnership_id = ?")) {
            names.setString(1, partnership);
            try (ResultSet r = names.executeQuery()) {
                while (r.next()) {
                    partners.append(partners.isEmpty() ? "" : ", ").append('\'').append(r.getString(1)).append('\'');
                }
            }
        }
        return " in (" + partners + ")";
    }

    /**
     * What the portal sends for one search: each kind's count (evidence: the matching items, in the vault's scope),
     * then the page of each kind the page reaches into, as Hibernate sends them with the tenant's predicate.
     */
    static Statements search(String partner, String term, String kind, int page) {
        String like = "%" + term.toLowerCase() + "%";
        Long booking = term.toUpperCase().startsWith("MB-") ? Long.valueOf(term.substring(3)) : null;
        return db -> {
            long[] totals = new long[KINDS.length];
            for (int k = 0; k < KINDS.length; k++) {
                totals[k] = k == 4 ? evidence(db, like) : count(db, countSql(KINDS[k],
                        partner, booking), like);
            }
            long offset = (long) (page - 1) * PAGE;
            long start = 0;
            for (int k = 0; k < KINDS.length; k++) {
                if (kind != null && !kind.equals(KINDS[k])) {
                    continue;
                }
                long from = Math.max(offset, start);
                long to = Math.min(offset + PAGE, start + totals[k]);
                if (from < to && k != 4) { // the evidence read above serves the page too, as it does in the portal
                    drain(db, pageSql(KINDS[k], partner, booking), like, from - start, to - from);
                }
                start += totals[k];
            }
        };
    }

    private static String countSql(String kind, String partner, Long booking) {
        return switch (kind) {
            case "camera" -> "select count(c.id) from camera c where c.partner_id = '" + partner
                    + "' and lower(c.asset_tag) like ? escape '\\'";
            case "site" -> "select count(s.id) from site s where s.partner_id = '" + partner
                    + "' and lower(s.name) like ? escape '\\'";
            case "recorder" -> "select count(r.id) from recorder r where r.partner_id = '" + partner
                    + "' and lower(r.name) like ? escape '\\'";
            default -> "select count(b.id) from booking b where b.partner_id = '" + partner
                    + "' and (lower(b.camera_group) like ? escape '\\'" + (booking == null ? "" : " or b.id = "
                    + booking) + ")";
        };
    }

    private static String pageSql(String kind, String partner, Long booking) {
        String site = " join site s on s.id = x.site_id and s.partner_id = '" + partner + "'";
        String paged = " offset ? limit ?";
        return switch (kind) {
            case "camera" -> "select x.*, s.* from camera x" + site + " where x.partner_id = '" + partner
                    + "' and lower(x.asset_tag) like ? escape '\\' order by lower(x.asset_tag), x.id" + paged;
            case "site" -> "select x.* from site x where x.partner_id = '" + partner
                    + "' and lower(x.name) like ? escape '\\' order by lower(x.name), x.id" + paged;
            case "recorder" -> "select x.*, s.* from recorder x" + site + " where x.partner_id = '" + partner
                    + "' and lower(x.name) like ? escape '\\' order by lower(x.name), x.id" + paged;
            default -> "select x.* from booking x where x.partner_id = '" + partner
                    + "' and (lower(x.camera_group) like ? escape '\\'" + (booking == null ? "" : " or x.id = "
                    + booking) + ") order by x.requested_at desc, x.id desc" + paged;
        };
    }

    /** The vault's read: the matching items under the evidence scope (at most 1,000), then back to the partner's. */
    private static long evidence(Connection db, String like) throws SQLException {
        db.createStatement().execute("select set_config('app.scope', 'evidence', false)");
        long read = 0;
        try (PreparedStatement items = db.prepareStatement("select e.* from evidence_item e where"
                + " (lower(e.title) like ? escape '\\' or lower(e.police_reference) like ? escape '\\' or e.id = -1)"
                + " order by e.incident_start desc, e.id desc offset 0 limit 1000")) {
            items.setString(1, like);
            items.setString(2, like);
            try (ResultSet r = items.executeQuery()) {
                while (r.next()) {
                    read++;
                }
            }
        } finally {
            db.createStatement().execute("select set_config('app.scope', 'partner', false)");
        }
        return read;
    }

    private static long count(Connection db, String sql, String like) throws SQLException {
        try (PreparedStatement count = db.prepareStatement(sql)) {
            count.setString(1, like);
            try (ResultSet r = count.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void drain(Connection db, String sql, String like, long offset, long limit) throws SQLException {
        try (PreparedStatement page = db.prepareStatement(sql)) {
            page.setString(1, like);
            page.setLong(2, offset);
            page.setLong(3, limit);
            try (ResultSet r = page.executeQuery()) {
                while (r.next()) {
                    r.getObject(1);
                }
            }
        }
    }
}
