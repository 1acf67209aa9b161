package org.cctvportal.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cctvportal.stack.LocalStack;

/**
 * A benchmark's HTTP side against the packaged portal: bearer tokens from Keycloak (renewed before they expire), one
 * timed request, and a run of concurrent clients; latency at the client (java.net.http, HTTP/1.1, localhost).
 */
final class BenchHttp {

    /**
     * HTTP/1.1, as a browser speaks to a server without TLS (and the portal hears behind its ingress): each concurrent
     * client on a connection of its own, as each user is. The JDK's client otherwise upgrades to HTTP/2 in clear
     * text and multiplexes every client over one connection, which one event loop of the portal then serves.
     * {@code -Dbench.http=2} measures that instead.
     */
    static final HttpClient.Version VERSION = "2".equals(System.getProperty("bench.http", "1.1"))
            ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1;

    /** One endpoint run by concurrent clients: requests per second, sorted latencies (ns), errors. */
    record Run(double perSecond, List<Long> nanos, int errors) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(BenchHttp.VERSION)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final LocalStack stack;

    BenchHttp(LocalStack stack) {
        this.stack = stack;
    }

    Tokens tokens(String username) {
        return new Tokens(username);
    }

    /** One request: its time and its status (0 when it did not answer). */
    long[] call(String method, String path, String json, Tokens tokens) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.portalBaseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + tokens.get());
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new long[] { System.nanoTime() - t0, response.statusCode() };
        } catch (IOException e) {
            System.err.println(path + " -> " + e);
            return new long[] { System.nanoTime() - t0, 0 };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET's body, failing unless it answers 200. */
    String body(String path, Tokens tokens) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.portalBaseUrl() + path))
                    .header("Authorization", "Bearer " + tokens.get()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code total} GETs of {@code path} from {@code clients} concurrent clients, each expecting {@code status}. */
    Run concurrently(String path, Tokens tokens, int status, int clients, int total) throws Exception {
        List<Long> nanos = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (next.getAndIncrement() < total) {
                    long[] sample = call("GET", path, null, tokens);
                    synchronized (nanos) {
                        nanos.add(sample[0]);
                    }
                    if (sample[1] != status) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double perSecond = total / ((System.nanoTime() - t0) / 1e9);
        pool.shutdown();
        nanos.sort(Long::compare);
        return new Run(perSecond, nanos, errors.get());
    }

    /** The percentile of sorted latencies, in milliseconds. */
    static double p(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** Bearer tokens from Keycloak's password grant on the local realm's public client, renewed before expiry. */
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
                    + "&password=demo-pass";
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.keycloakRealmUrl()
                                + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("no token for " + username + ": " + response.statusCode());
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
}
