package org.cctvportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * HAProxy from Debian ({@code /usr/sbin/haproxy}, {@code apt-get install haproxy}) in front of packaged portals, with
 * a configuration generated under {@code target/}: round robin, a health check on each portal's readiness endpoint
 * (its management port) every second, two misses marking it down; a connection error on live traffic marks a portal
 * down at once ({@code observe layer4}, {@code on-error mark-down}) and its checks then run every 250 ms until it is
 * back. A connection refused is retried on another portal ({@code option redispatch}); a request a portal dropped
 * without answering, or did not answer in time, is sent again elsewhere only when that is safe: a read, or a write
 * carrying an {@code Idempotency-Key} (the portal then does it at most once). Its request log goes to
 * {@code haproxy.log} beside the configuration.
 */
public final class LoadBalancer {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private final ManagedProcess process;
    private final int port;

    private LoadBalancer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Writes the configuration for {@code portals} into {@code folder}, starts HAProxy on {@code port}, waits. */
    public static LoadBalancer start(Path folder, int port, List<PortalInstance> portals) {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException(HAPROXY + " is missing: apt-get install -y haproxy");
        }
        Path config = folder.toAbsolutePath().resolve("haproxy.cfg");
        try {
            Files.createDirectories(folder);
            Files.writeString(config, configuration(port, portals));
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + config, e);
        }
        ManagedProcess haproxy = new ManagedProcess("HAProxy", folder.toAbsolutePath().resolve("haproxy.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(haproxy::stop, "haproxy-stop"));
        haproxy.start(List.of(HAPROXY.toString(), "-db", "-f", config.toString()), folder.toAbsolutePath(), Map.of());
        haproxy.awaitReady(Duration.ofSeconds(20), () -> ManagedProcess.listening(port));
        return new LoadBalancer(haproxy, port);
    }

    static String configuration(int port, List<PortalInstance> portals) {
        StringBuilder cfg = new StringBuilder("""
                global
                    maxconn 2000
                    log stdout format raw local0

                defaults
                    mode http
                    log global
                    option httplog
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    retries 3
                    option redispatch 1
                    retry-on conn-failure empty-response response-timeout

                frontend portal
                    bind 127.0.0.1:%d
                    http-request disable-l7-retry unless METH_GET || { req.hdr(Idempotency-Key) -m found }
                    default_backend portals

                backend portals
                    balance roundrobin
                    option httpchk GET /q/health/ready
                    http-check expect status 200
                    http-response set-header X-Served-By %%s
                    timeout check 3s
                    default-server inter 1s fastinter 250ms downinter 1s fall 2 rise 2 observe layer4 error-limit 1 on-error mark-down
                """.formatted(port));
        char name = 'a';
        for (PortalInstance portal : portals) {
            cfg.append("    server ").append(name++).append(" 127.0.0.1:").append(portal.port())
                    .append(" check port ").append(portal.managementPort()).append('\n');
        }
        return cfg.toString();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public void stop() {
        process.stop();
    }
}
