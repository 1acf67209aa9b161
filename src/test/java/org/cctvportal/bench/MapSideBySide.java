package org.cctvportal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.bench.ListsSideBySide.Mix;
import org.cctvportal.bench.ListsSideBySide.Result;
import org.cctvportal.bench.ListsSideBySide.Tenant;

/**
 * The camera map's view of the part in sight ({@code GET /cameras/map/view}) at several zooms over Oxford's cameras,
 * a screen of 1280 by 800 pixels each time: through the portal, and as the statements it sends (the squares counted by
 * PostgreSQL, then the cameras one by one when few enough) sent directly by the portal's role with Oxford's settings,
 * in the same run with the same clients. Targets: p95 under 200 ms and under 500 KB per view; the portal's total must
 * be the SQL's count.
 */
final class MapSideBySide {

    static final String PATH = "/cameras/map/view";
    static final int[] ZOOMS = {8, 11, 13, 15, 17};
    private static final int SINGLES = 500;
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private final EstateBenchmark bench;
    private final BenchReport report;
    private final ListsSideBySide runner;
    private final String baseUrl;

    MapSideBySide(EstateBenchmark bench, BenchReport report, ListsSideBySide runner, String baseUrl) {
        this.bench = bench;
        this.report = report;
        this.runner = runner;
        this.baseUrl = baseUrl;
    }

    /** A view: its zoom, its query and its edges. */
    record View(int zoom, double south, double west, double north, double east) {
        String query() {
            return String.format(Locale.ROOT, "south=%.6f&west=%.6f&north=%.6f&east=%.6f&zoom=%d", south, west, north,
                    east, zoom);
        }

        double square() {
            return 360 / Math.pow(2, zoom) / 4;
        }

        /** A 1280 by 800 pixel screen centred on a point, at this zoom (256-pixel tiles, Web Mercator). */
        static View around(double lat, double lon, int zoom) {
            double width = 1280 / 256.0 * 360 / Math.pow(2, zoom);
            double height = 800 / 256.0 * 360 / Math.pow(2, zoom) * Math.cos(Math.toRadians(lat));
            return new View(zoom, Math.max(-90, lat - height / 2), Math.max(-180, lon - width / 2),
                    Math.min(90, lat + height / 2), Math.min(180, lon + width / 2));
        }
    }

    void measure(Connection owner) throws Exception {
        double[] centre = centre(owner);
        List<Mix> mixes = new ArrayList<>();
        List<View> views = new ArrayList<>();
        for (int zoom : ZOOMS) {
            View view = View.around(centre[0], centre[1], zoom);
            views.add(view);
            mixes.add(new Mix("zoom " + zoom, view.query(), db -> sql(db, view)));
        }
        Tenant oxford = new Tenant(EstateBenchmark.PARTNER, EstateBenchmark.PARTNERSHIP, "partner", false);
        EstateBenchmark.Tokens tokens = bench.new Tokens(EstateBenchmark.USER);
        report.line("");
        report.line("## The camera map, per view, side by side with its SQL");
        report.line("");
        report.line(String.format(Locale.ROOT, "Oxford City Council's cameras (centred on %.4f, %.4f), a 1280 by 800 "
                + "pixel screen at zooms %s: `GET %s` as %s, and the same statements sent directly by the portal's "
                + "role (the squares counted by PostgreSQL; the cameras one by one when %d or fewer are in sight).",
                centre[0], centre[1], java.util.Arrays.toString(ZOOMS), PATH, EstateBenchmark.USER, SINGLES));
        report.line("");
        for (int i = 0; i < views.size(); i++) { // warm-up, and the portal's total against the SQL's count
            long portal = total(views.get(i), tokens);
            long direct = count(owner, views.get(i));
            report.check("the map's view at zoom " + views.get(i).zoom() + " counts Oxford's cameras in sight",
                    portal + " counted against " + direct + " in SQL", portal == direct);
        }
        Result sql = runner.run(mixes, mix -> null, oxford);
        Result portal = runner.run(mixes, mix -> bench.get(PATH, mix.query(), false, tokens), null);
        report.line("| zoom | cameras in sight | SQL p95 (ms) | portal p50 | portal p95 | portal p99 | ratio of p95 "
                + "to the SQL's | largest answer (KB) | errors |");
        report.line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int i = 0; i < views.size(); i++) {
            View view = views.get(i);
            EstateBenchmark.Stats s = sql.byMix().get(mixes.get(i).name());
            EstateBenchmark.Stats p = portal.byMix().get(mixes.get(i).name());
            double kb = p.maxBytes / 1024.0;
            report.line(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f | %d |",
                    view.zoom(), count(owner, view), s.p(95), p.p(50), p.p(95), p.p(99), p.p(95) / s.p(95), kb,
                    p.errors + s.errors));
            report.target("the map's view at zoom " + view.zoom() + " under 500 KB", String.format(Locale.ROOT,
                    "%.1f KB", kb), kb < 500);
            report.target("the map's view at zoom " + view.zoom() + " at p95 under 200 ms", String.format(Locale.ROOT,
                    "%.1f ms, %.2f times its SQL's %.1f ms, load average %s", p.p(95), p.p(95) / s.p(95), s.p(95),
                    portal.load()), p.p(95) < 200);
        }
        report.check("every request of the map answered (portal and SQL)", (portal.all().errors + sql.all().errors)
                + " errors", portal.all().errors + sql.all().errors == 0);
        report.line("");
        report.line(String.format(Locale.ROOT, "All views: SQL p95 %.1f ms, portal p95 %.1f ms (%.2f times), %.0f "
                + "requests/s through the portal; load average %s.", sql.all().p(95), portal.all().p(95),
                portal.all().p(95) / sql.all().p(95), portal.perSecond(), portal.load()));
    }

    /** What CameraClusters sends for a view: the squares, then the cameras with their sites when few enough. */
    private static void sql(Connection db, View view) throws SQLException {
        long total = 0;
        try (PreparedStatement squares = db.prepareStatement("select avg(c.latitude), avg(c.longitude), count(*), "
                + "max(case c.status when 'OFFLINE' then 3 when 'FAULTY' then 2 when 'LIVE' then 1 else 0 end) "
                + "from camera c where c.partner_id = ? and c.latitude is not null and point(c.longitude, c.latitude)"
                + " <@ box(point(?, ?), point(?, ?)) group by floor(c.longitude / ?), floor(c.latitude / ?)")) {
            squares.setString(1, EstateBenchmark.PARTNER);
            squares.setDouble(2, view.west());
            squares.setDouble(3, view.south());
            squares.setDouble(4, view.east());
            squares.setDouble(5, view.north());
            squares.setDouble(6, view.square());
            squares.setDouble(7, view.square());
            try (ResultSet r = squares.executeQuery()) {
                while (r.next()) {
                    total += r.getLong(3);
                }
            }
        }
        if (total > SINGLES) {
            return;
        }
        try (PreparedStatement cameras = db.prepareStatement("select c.*, s.* from camera c join site s on s.id = "
                + "c.site_id and s.partner_id = ? where c.partner_id = ? and c.latitude between ? and ? and "
                + "c.longitude between ? and ? order by lower(c.asset_tag)")) {
            cameras.setString(1, EstateBenchmark.PARTNER);
            bindBetween(cameras, 2, view);
            try (ResultSet r = cameras.executeQuery()) {
                while (r.next()) {
                    r.getObject(1);
                }
            }
        }
    }

    /** The partner, then the view's latitudes and longitudes for {@code between ? and ?} twice. */
    private static void bindBetween(PreparedStatement statement, int first, View view) throws SQLException {
        statement.setString(first, EstateBenchmark.PARTNER);
        statement.setDouble(first + 1, view.south());
        statement.setDouble(first + 2, view.north());
        statement.setDouble(first + 3, view.west());
        statement.setDouble(first + 4, view.east());
    }

    /** Oxford's located cameras in the view, counted directly. */
    private static long count(Connection owner, View view) throws SQLException {
        try (PreparedStatement sql = owner.prepareStatement("select count(*) from camera where partner_id = ? and "
                + "latitude between ? and ? and longitude between ? and ?")) {
            bindBetween(sql, 1, view);
            try (ResultSet r = sql.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The middle of Oxford's located cameras. */
    private static double[] centre(Connection owner) throws SQLException {
        try (Statement sql = owner.createStatement(); ResultSet r = sql.executeQuery("select avg(latitude), "
                + "avg(longitude) from camera where partner_id = '" + EstateBenchmark.PARTNER + "' and latitude is "
                + "not null")) {
            r.next();
            return new double[] {r.getDouble(1), r.getDouble(2)};
        }
    }

    /** The portal's total for a view (which also warms the route up). */
    private long total(View view, EstateBenchmark.Tokens tokens) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl
                + PATH + "?" + view.query())).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer "
                + tokens.get()).build(), HttpResponse.BodyHandlers.ofString());
        Matcher total = TOTAL.matcher(response.body());
        if (response.statusCode() != 200 || !total.find()) {
            throw new IllegalStateException(PATH + "?" + view.query() + " answered " + response.statusCode());
        }
        return Long.parseLong(total.group(1));
    }
}
