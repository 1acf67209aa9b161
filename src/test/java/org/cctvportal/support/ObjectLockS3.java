package org.cctvportal.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny real HTTP server answering the object lock requests as an S3 server with object lock does (MinIO on a
 * bucket made with object lock), recording every request. It serves only those requests: S3Proxy, which has no
 * object lock, serves everything else in the tests. With {@code capable} false it answers as a server without it.
 */
public final class ObjectLockS3 implements AutoCloseable {

    /** One request as received. */
    public record Request(String method, String path, String query, String body) {
        public String line() {
            return method + " " + path + "?" + query;
        }
    }

    private static final Pattern MODE = Pattern.compile("<Mode>(\\w+)</Mode>");
    private static final Pattern UNTIL = Pattern.compile("<RetainUntilDate>([^<]+)</RetainUntilDate>");

    private final HttpServer server;
    private final boolean capable;
    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> holds = new ConcurrentHashMap<>();
    private final Map<String, String> retentions = new ConcurrentHashMap<>();

    public ObjectLockS3(boolean capable) throws IOException {
        this.capable = capable;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The retention an object holds now, as the server would return it, for a test to set up a longer one. */
    public void retention(String path, String mode, String until) {
        retentions.put(path, "<Retention><Mode>" + mode + "</Mode><RetainUntilDate>" + until
                + "</RetainUntilDate></Retention>");
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
        String method = exchange.getRequestMethod();
        requests.add(new Request(method, path, query, body));
        if (query.startsWith("object-lock")) {
            if (capable) {
                send(exchange, 200, "<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled>"
                        + "</ObjectLockConfiguration>");
            } else {
                error(exchange, 404, "ObjectLockConfigurationNotFoundError");
            }
        } else if (query.startsWith("legal-hold") && method.equals("PUT")) {
            holds.put(path, body.contains("<Status>ON</Status>") ? "ON" : "OFF");
            send(exchange, 200, "");
        } else if (query.startsWith("legal-hold")) {
            send(exchange, 200, "<LegalHold><Status>" + holds.getOrDefault(path, "OFF") + "</Status></LegalHold>");
        } else if (query.startsWith("retention") && method.equals("PUT")) {
            Matcher mode = MODE.matcher(body);
            Matcher until = UNTIL.matcher(body);
            if (mode.find() && until.find()) {
                retention(path, mode.group(1), until.group(1));
            }
            send(exchange, 200, "");
        } else if (query.startsWith("retention") && retentions.containsKey(path)) {
            send(exchange, 200, retentions.get(path));
        } else if (query.startsWith("retention")) {
            error(exchange, 404, "NoSuchObjectLockConfiguration");
        } else {
            error(exchange, 501, "NotImplemented");
        }
    }

    private static void error(HttpExchange exchange, int status, String code) throws IOException {
        send(exchange, status, "<Error><Code>" + code + "</Code><Message>" + code + "</Message><Resource>"
                + exchange.getRequestURI().getPath() + "</Resource><RequestId>1</RequestId></Error>");
    }

    private static void send(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] bytes = xml.isEmpty() ? new byte[0]
                : ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.getResponseHeaders().add("x-amz-request-id", "1");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
