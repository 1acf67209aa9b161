package org.cctvportal.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The steady load of the failure rehearsal: each signed-in client in a thread of its own, three reads of the home page
 * for each write (a new capital-plan project), a short pause between requests, every request kept with the phase it
 * started in, its start and end, and what it gave.
 */
final class RehearsalLoad {

    /** One request as the client saw it. */
    record Request(String phase, boolean write, String name, long start, long end, RehearsalClient.Outcome outcome) {

        double millis() {
            return (end - start) / 1e6;
        }
    }

    private final List<RehearsalClient> clients;
    private final String runId;
    private final ConcurrentLinkedQueue<Request> done = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private final Set<String> phases = new LinkedHashSet<>();
    private volatile String phase;
    private volatile boolean running;

    RehearsalLoad(List<RehearsalClient> clients, String runId) {
        this.clients = clients;
        this.runId = runId;
    }

    void start(String firstPhase) {
        phase(firstPhase);
        running = true;
        for (RehearsalClient client : clients) {
            Thread thread = new Thread(() -> loop(client), "load-" + client.user());
            threads.add(thread);
            thread.start();
        }
    }

    synchronized void phase(String name) {
        phases.add(name);
        phase = name;
    }

    List<String> phases() {
        return List.copyOf(phases);
    }

    /** Requests sent and not yet answered, across every client. */
    int inFlight() {
        return inFlight.get();
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }

    List<Request> requests() {
        return List.copyOf(done);
    }

    /** The name every project of this run starts with, for counting them in the database. */
    String namePrefix() {
        return "Rehearsal " + runId + " ";
    }

    private void loop(RehearsalClient client) {
        long n = 0;
        while (running) {
            n++;
            boolean write = n % 4 == 0;
            String name = write ? namePrefix() + client.user() + " " + n : null;
            String startedIn = phase;
            long start = System.nanoTime();
            inFlight.incrementAndGet();
            RehearsalClient.Outcome outcome;
            try {
                outcome = write ? client.write(name) : client.read();
            } catch (Exception e) {
                outcome = new RehearsalClient.Outcome(0, false, "-", e.getClass().getSimpleName() + ": "
                        + e.getMessage());
            } finally {
                inFlight.decrementAndGet();
            }
            done.add(new Request(startedIn, write, name, start, System.nanoTime(), outcome));
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The 95th percentile of the requests' times, in milliseconds. */
    static double p95(List<Request> requests) {
        if (requests.isEmpty()) {
            return 0;
        }
        double[] times = requests.stream().mapToDouble(Request::millis).sorted().toArray();
        return times[Math.min(times.length - 1, (int) Math.ceil(times.length * 0.95) - 1)];
    }
}
