package org.cctvportal.bench;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cctvportal.bench.RehearsalLoad.Request;

/** The failure rehearsal's figures per phase and its checks on the requests the clients sent. */
final class RehearsalFigures {

    private final BenchReport report;
    private final RehearsalLoad load;
    private final List<Request> requests;

    RehearsalFigures(BenchReport report, RehearsalLoad load) {
        this.report = report;
        this.load = load;
        this.requests = load.requests();
    }

    /** A table: requests, reads, writes, failures and the 95th percentile per phase (by when each request began). */
    void phases() {
        report.line("");
        report.line("## Phases");
        report.line("");
        report.line("| Phase | Requests | Reads | Writes | Failed | p95 all (ms) | p95 reads | p95 writes |");
        report.line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (String phase : load.phases()) {
            List<Request> in = requests.stream().filter(r -> r.phase().equals(phase)).toList();
            List<Request> reads = in.stream().filter(r -> !r.write()).toList();
            List<Request> writes = in.stream().filter(Request::write).toList();
            report.line(String.format("| %s | %d | %d | %d | %d | %.0f | %.0f | %.0f |", phase, in.size(),
                    reads.size(), writes.size(), in.stream().filter(r -> !r.outcome().ok()).count(),
                    RehearsalLoad.p95(in), RehearsalLoad.p95(reads), RehearsalLoad.p95(writes)));
        }
        long failed = requests.stream().filter(r -> !r.outcome().ok()).count();
        report.line(String.format("| all | %d | | | %d | %.0f | | |", requests.size(), failed,
                RehearsalLoad.p95(requests)));
        requests.stream().filter(r -> !r.outcome().ok()).limit(20).forEach(r -> report.line("- failed: "
                + (r.write() ? "write" : "read") + " in phase " + r.phase() + ", " + r.outcome().problem()
                + " (portal " + r.outcome().servedBy() + ", " + String.format("%.0f", r.millis()) + " ms)"));
    }

    /** No request failed but those in flight when the portal was killed, and no more than were in flight then. */
    void checkKill(long killedAt, int inFlightAtKill) {
        List<Request> failed = requests.stream().filter(r -> !r.outcome().ok()).toList();
        long inFlight = failed.stream().filter(r -> inFlightAt(r, killedAt)).count();
        report.check("no request fails but those in flight at the kill", (failed.size() - inFlight)
                + " others failed", failed.size() == inFlight);
        report.check("failures at the kill no more than the requests in flight then", inFlight + " failed of "
                + inFlightAtKill + " in flight", inFlight <= inFlightAtKill);
        long lost = requests.stream().filter(r -> !r.outcome().ok())
                .filter(r -> String.valueOf(r.outcome().problem()).startsWith("session lost")).count();
        report.check("every session survives (no client sent to sign in again)", lost + " sessions lost", lost == 0);
    }

    /** The writes the clients sent a second time after a connection error, and how the portal answered them. */
    void resentWrites() {
        List<Request> resent = requests.stream().filter(Request::write).filter(r -> r.outcome().resent()).toList();
        report.line("Writes sent again (same Idempotency-Key) after a connection error: " + resent.size() + ", of which "
                + resent.stream().filter(r -> r.outcome().ok()).count() + " acknowledged and "
                + resent.stream().filter(r -> r.outcome().replayed()).count() + " answered as a replay of a write"
                + " already done.");
        resent.forEach(r -> report.line("- sent again: write in phase " + r.phase() + ", answered " + r.outcome()
                .status() + " by portal " + r.outcome().servedBy() + String.format(" after %.0f ms", r.millis())));
    }

    /** The restarted portal takes its share again. */
    void checkServedAfter(long since, String portal) {
        long served = requests.stream().filter(r -> r.start() > since)
                .filter(r -> portal.equals(r.outcome().servedBy())).count();
        long all = requests.stream().filter(r -> r.start() > since).count();
        report.check("the restarted portal " + portal + " serves requests again", served + " of " + all, served > 0);
    }

    Set<String> acknowledgedWrites() {
        return requests.stream().filter(Request::write).filter(r -> r.outcome().ok()).map(Request::name)
                .collect(Collectors.toSet());
    }

    int failedWritesInFlight(long killedAt) {
        return (int) requests.stream().filter(Request::write).filter(r -> !r.outcome().ok())
                .filter(r -> inFlightAt(r, killedAt)).count();
    }

    private static boolean inFlightAt(Request r, long at) {
        return r.start() <= at && r.end() >= at;
    }
}
