package org.cctvportal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches where the portals' replica reads are served from, every 100 ms, by summing the
 * {@code portal_replica_reads_total} counters on their management ports (a portal that is down is skipped): the
 * rehearsal reads from it when reads fell back to the primary and when they returned to the replica.
 */
final class ReplicaReadWatch {

    private static final Pattern COUNTER = Pattern.compile(
            "^portal_replica_reads_total\\{[^}]*served_by=\"(replica|primary)\"[^}]*} ([0-9.E+-]+)", Pattern.MULTILINE);

    /** The totals at one moment. */
    record Sample(long at, double replica, double primary) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(300)).build();
    private final Supplier<List<Integer>> managementPorts;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private Thread thread;

    ReplicaReadWatch(Supplier<List<Integer>> managementPorts) {
        this.managementPorts = managementPorts;
    }

    void start() {
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "replica-read-watch");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join(5000);
    }

    private void sample() {
        double replica = 0;
        double primary = 0;
        for (int port : managementPorts.get()) {
            try {
                String text = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/metrics"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = COUNTER.matcher(text);
                while (m.find()) {
                    if ("replica".equals(m.group(1))) {
                        replica += Double.parseDouble(m.group(2));
                    } else {
                        primary += Double.parseDouble(m.group(2));
                    }
                }
            } catch (Exception e) {
                // A portal that is down (killed, starting again) has no figures to give.
            }
        }
        samples.add(new Sample(System.nanoTime(), replica, primary));
    }

    /**
     * Nanoseconds from {@code since} to the first sample where reads served by the primary ({@code primary} true) or by
     * the replica grew beyond what they were at {@code since}; -1 when they never did.
     */
    long firstGrowth(long since, boolean primary) {
        Sample base = null;
        for (Sample s : samples) {
            if (s.at() <= since) {
                base = s;
            } else if (base != null && (primary ? s.primary() > base.primary() : s.replica() > base.replica())) {
                return s.at() - since;
            }
        }
        return -1;
    }
}
