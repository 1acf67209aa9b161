package org.cctvportal.bench;

import static org.cctvportal.bench.BenchHttp.p;
import static org.cctvportal.bench.BenchReport.loadAverage;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What the dashboard benchmark measures once the figures are taken, each against {@code GET /api/v1/me} (an
 * authenticated endpoint that reads nothing) measured in the same run: how long a change takes to reach the figures,
 * what taking one changed partner costs, the first {@code GET /dashboard/partnership} after a change (nothing kept for
 * the new figures), and the PCC dashboard's throughput with its figures kept and under one change a second.
 */
final class DashboardMeasures {

    static final String DASHBOARD = "/dashboard/partnership";
    static final String BASELINE = "/api/v1/me";
    static final long TIMEOUT = 60_000_000_000L;

    private final BenchReport report;
    private final BenchHttp http;
    private final BenchSize size;
    private final Supplier<Connection> owner;
    private final BenchHttp.Tokens pcc;

    DashboardMeasures(BenchReport report, BenchHttp http, BenchSize size, Supplier<Connection> owner) {
        this.report = report;
        this.http = http;
        this.size = size;
        this.owner = owner;
        this.pcc = http.tokens("opcc.admin");
    }

    void measure() throws Exception {
        DashboardChangeDriver changes = new DashboardChangeDriver(http, owner);
        int warmUp = size.tiny() ? 5 : 50;
        for (int i = 0; i < warmUp; i++) {
            http.call("GET", DASHBOARD, null, pcc);
            http.call("GET", BASELINE, null, pcc);
        }
        List<Long> baseline = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
        for (int i = 0; i < size.requests(); i++) {
            baseline.add(http.call("GET", BASELINE, null, pcc)[0]);
            kept.add(http.call("GET", DASHBOARD, null, pcc)[0]);
        }
        baseline.sort(Long::compare);
        kept.sort(Long::compare);
        double me = p(baseline, 95);
        report.line("");
        report.line("## One request at a time, as opcc.admin, after " + 2 * warmUp + " of warm-up (load " + loadAverage() + ")");
        report.line("");
        report.line("| endpoint | requests | p50 ms | p95 ms | p95 as a ratio to GET " + BASELINE + " |");
        report.line("| --- | ---: | ---: | ---: | ---: |");
        report.line(String.format("| GET %s (the baseline) | %d | %.1f | %.1f | 1 |", BASELINE, baseline.size(),
                p(baseline, 50), me));
        report.line(String.format("| GET %s, figures kept | %d | %.1f | %.1f | %.1f |", DASHBOARD, kept.size(),
                p(kept, 50), p(kept, 95), p(kept, 95) / me));
        report.target("GET " + DASHBOARD + " (figures kept) at p95 under 100 ms, one request at a time",
                String.format("%.1f ms", p(kept, 95)), p(kept, 95) < 100);
        freshness(changes, me);
        costPerPartner();
        throughput(changes);
    }

    /** Each change, then the time until its figure is kept, then one timed dashboard request (the first after it). */
    private void freshness(DashboardChangeDriver changes, double me) throws Exception {
        int count = size.tiny() ? 3 : size.small() ? 10 : 30;
        List<Long> toFigure = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        long kept = changes.keptFaulty();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            long expected = changes.change(kept);
            toFigure.add(changes.untilKept(expected, t0, TIMEOUT));
            kept = expected;
            long[] answer = http.call("GET", DASHBOARD, null, pcc);
            if (answer[1] != 200) {
                report.check("the first dashboard request after a change answered", "" + answer[1], false);
            }
            first.add(answer[0]);
            Thread.sleep(300);
        }
        toFigure.sort(Long::compare);
        first.sort(Long::compare);
        report.line("");
        report.line("## From a change to the dashboards");
        report.line("");
        report.line(count + " changes through the API (one of Oxford's cameras faulty, then live again), each timed"
                + " from the request to its figure being kept (what both dashboards read), then one"
                + " `GET " + DASHBOARD + "` (the first after the change: nothing kept for the new figures).");
        report.line("");
        report.line("| what | p50 | p95 | max | p95 as a ratio to GET " + BASELINE + " |");
        report.line("| --- | ---: | ---: | ---: | ---: |");
        report.line(String.format("| change to figure (ms) | %.0f | %.0f | %.0f | %.0f |", p(toFigure, 50),
                p(toFigure, 95), toFigure.get(toFigure.size() - 1) / 1e6, p(toFigure, 95) / me));
        report.line(String.format("| first request after a change (ms) | %.1f | %.1f | %.1f | %.1f |", p(first, 50),
                p(first, 95), first.get(first.size() - 1) / 1e6, p(first, 95) / me));
        report.line("Load average: " + loadAverage() + ".");
        report.target("a change visible on the dashboards within 10 s (p95)", String.format("%.1f s",
                p(toFigure, 95) / 1000), p(toFigure, 95) < 10_000);
        report.target("the first dashboard request after a change at p95 under 300 ms", String.format("%.1f ms",
                p(first, 95)), p(first, 95) < 300);
    }

    /** Many partners marked at once: the worker's time per partner (its interval included once). */
    private void costPerPartner() throws Exception {
        int count = size.tiny() ? 3 : size.small() ? 10 : 20;
        DashboardChangeDriver changes = new DashboardChangeDriver(http, owner);
        long nanos = changes.markAndWait(count, TIMEOUT * 5);
        report.line("");
        report.line(String.format("Cost per changed partner: %d partners of a generated partnership marked at once"
                + " were all taken in %.2f s, %.0f ms a partner (the worker's interval included once; load %s).",
                count, nanos / 1e9, nanos / 1e6 / count, loadAverage()));
    }

    private void throughput(DashboardChangeDriver changes) throws Exception {
        int clients = size.clients();
        int total = size.requests() * 4;
        BenchHttp.Run me = http.concurrently(BASELINE, pcc, 200, clients, total);
        BenchHttp.Run kept = http.concurrently(DASHBOARD, pcc, 200, clients, total);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger made = new AtomicInteger();
        Thread steady = changes.steady(running, made);
        long t0 = System.nanoTime();
        BenchHttp.Run changing = http.concurrently(DASHBOARD, pcc, 200, clients, total);
        double seconds = (System.nanoTime() - t0) / 1e9;
        running.set(false);
        steady.join();
        report.line("");
        report.line("## Throughput, " + clients + " concurrent clients, " + total + " requests each");
        report.line("");
        report.line("| endpoint | requests/s | p50 | p95 | p99 | errors | ratio to GET " + BASELINE + " |");
        report.line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        row(BASELINE, me, me);
        row(DASHBOARD + ", kept", kept, me);
        row(DASHBOARD + String.format(", %d changes in %.0f s", made.get(), seconds), changing, me);
        report.line("Load average: " + loadAverage() + ".");
        for (BenchHttp.Run run : List.of(me, kept, changing)) {
            report.check("every request answered under " + clients + " clients", run.errors() + " errors",
                    run.errors() == 0);
        }
        report.target("the dashboard's throughput, kept, at least 0.25 of GET " + BASELINE, String.format("%.2f",
                kept.perSecond() / me.perSecond()), kept.perSecond() / me.perSecond() >= 0.25);
        report.target("the dashboard's throughput under one change a second at least 0.25 of GET " + BASELINE,
                String.format("%.2f", changing.perSecond() / me.perSecond()),
                changing.perSecond() / me.perSecond() >= 0.25);
        report.check("every change answered", changes.failed() + " failed", changes.failed() == 0);
    }

    private void row(String what, BenchHttp.Run run, BenchHttp.Run baseline) {
        report.line(String.format("| %s | %.0f | %.1f | %.1f | %.1f | %d | %.2f |", what, run.perSecond(),
                p(run.nanos(), 50), p(run.nanos(), 95), p(run.nanos(), 99), run.errors(),
                run.perSecond() / baseline.perSecond()));
    }
}
