package org.cctvportal.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver on the loopback address, as another system would run one: it keeps every request it is sent
 * and answers each with the next planned behaviour (a status, or silence longer than the sender waits), then 204.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String method, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** Stays silent this long before answering: longer than the test profile's 2-second timeout. */
    static final int SILENT = -1;

    private final HttpServer server;
    private final Deque<Integer> plan = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();

    Receiver(Integer... planned) throws IOException {
        plan.addAll(List.of(planned));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            synchronized (this) {
                received.add(new Received(exchange.getRequestMethod(), Map.copyOf(exchange.getRequestHeaders()),
                        body));
                Integer next = plan.poll();
                status = next == null ? 204 : next;
            }
            if (status == SILENT) {
                sleep(4000);
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} requests have arrived; answers them. */
    List<Received> await(int count, Duration within) {
        Instant end = Instant.now().plus(within);
        while (received().size() < count) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("the receiver got " + received().size() + " of " + count + " requests");
            }
            sleep(200);
        }
        return received();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
