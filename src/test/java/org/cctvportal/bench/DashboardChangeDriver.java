package org.cctvportal.bench;

import static org.cctvportal.bench.BenchSql.single;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The changes the dashboard benchmark makes, each through the portal's API as a council's manager would: one of
 * Oxford's cameras goes faulty and comes back live, in turn. Knows when the change reached the figures (Oxford's
 * kept faulty count, read as the owner bound to Oxford by row-level security) and keeps a steady rate of one change a
 * second in the background while throughput is measured.
 */
final class DashboardChangeDriver {

    static final String PARTNER = "tv-oxford-city";
    static final String MANAGER = "oxford.manager";

    private final BenchHttp http;
    private final BenchHttp.Tokens manager;
    private final Supplier<Connection> owner;
    private final long camera;
    private boolean faulty;
    private final AtomicInteger failed = new AtomicInteger();

    DashboardChangeDriver(BenchHttp http, Supplier<Connection> owner) {
        this.http = http;
        this.manager = http.tokens(MANAGER);
        this.owner = owner;
        String cameras = http.body("/api/v1/cameras?status=LIVE&size=1", manager);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(cameras);
        if (!id.find()) {
            throw new IllegalStateException("Oxford has no live camera to change");
        }
        this.camera = Long.parseLong(id.group(1));
    }

    /** Oxford's faulty cameras as its kept figures say. */
    long keptFaulty() throws SQLException {
        try (Connection db = owner.get(); Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.partner', '" + PARTNER + "', false), set_config('app.partnership',"
                    + " 'thames-valley', false)");
            return single(sql, "select coalesce(sum(amount), 0) from dashboard_figure where partner_id = '" + PARTNER
                    + "' and figure = 'CAMERAS' and item = 'FAULTY'");
        }
    }

    /** Makes the next change (faulty, or live again); answers the faulty count the figures should then show. */
    long change(long keptBefore) {
        faulty = !faulty;
        long[] answer = http.call("PUT", "/api/v1/cameras/" + camera, "{\"status\":\"" + (faulty ? "Faulty" : "Live")
                + "\",\"statusReason\":\"Dashboard benchmark\"}", manager);
        if (answer[1] != 200) {
            failed.incrementAndGet();
            throw new IllegalStateException("the camera's change answered " + answer[1]);
        }
        return keptBefore + (faulty ? 1 : -1);
    }

    /** Waits until Oxford's kept figures show {@code expected}; the wait in nanoseconds. */
    long untilKept(long expected, long startedAt, long timeoutNanos) throws Exception {
        while (keptFaulty() != expected) {
            if (System.nanoTime() - startedAt > timeoutNanos) {
                throw new IllegalStateException("the change did not reach the figures within "
                        + timeoutNanos / 1_000_000_000 + " s");
            }
            Thread.sleep(10);
        }
        return System.nanoTime() - startedAt;
    }

    int failed() {
        return failed.get();
    }

    /** Changes once a second in the background until stopped; answers how many changes were made. */
    Thread steady(AtomicBoolean running, AtomicInteger made) {
        Thread thread = new Thread(() -> {
            long next = System.nanoTime();
            while (running.get()) {
                try {
                    change(0);
                    made.incrementAndGet();
                } catch (RuntimeException e) {
                    System.err.println("steady change: " + e.getMessage());
                }
                next += 1_000_000_000L;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "one-change-a-second");
        thread.start();
        return thread;
    }

    /**
     * Marks {@code count} partners of a generated partnership changed at once (as their own changes would, through
     * dashboard_mark_changed) and waits until the portal's worker has taken them all; the wait in nanoseconds.
     */
    long markAndWait(int count, long timeoutNanos) throws Exception {
        List<String> partners = new ArrayList<>();
        String partnership;
        try (Connection db = owner.get(); Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
            partnership = BenchSql.text(sql, "select partnership_id from partner where id like 'bench-%'"
                    + " order by partnership_id limit 1");
            try (var rows = sql.executeQuery("select id from partner where partnership_id = '" + partnership
                    + "' order by id limit " + count)) {
                while (rows.next()) {
                    partners.add(rows.getString(1));
                }
            }
            sql.execute("select set_config('app.scope', '', false), set_config('app.partnership', '" + partnership
                    + "', false)");
            long t0 = System.nanoTime();
            sql.execute("select dashboard_mark_changed(array['" + String.join("','", partners) + "'], interval '0')");
            sql.execute("select set_config('app.scope', 'platform', false)");
            while (single(sql, "select count(*) from dashboard_change where partnership_id = '" + partnership
                    + "'") > 0) {
                if (System.nanoTime() - t0 > timeoutNanos) {
                    throw new IllegalStateException(partners.size() + " marked partners not taken in time");
                }
                Thread.sleep(20);
            }
            return System.nanoTime() - t0;
        }
    }
}
