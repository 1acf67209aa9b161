package org.cctvportal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which addresses count as the portal's own networks: every range the integration guide names, and no public one. */
class WebhookUrlsTest {

    @Test
    void theInternalRangesAreRefusedAndPublicAddressesAreNot() {
        List<String> internal = List.of("169.254.169.254", "10.0.0.1", "172.16.0.1", "172.31.255.254",
                "192.168.1.1", "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "240.0.0.1",
                "255.255.255.255", "192.0.0.170", "198.18.0.1", "fd00:ec2::254", "fc00::1", "fe80::1", "::",
                "::ffff:10.0.0.1");
        List<String> external = List.of("8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888",
                "81.2.69.160");
        assertEquals(internal, internal.stream().filter(WebhookUrlsTest::internal).collect(Collectors.toList()));
        assertEquals(List.of(), external.stream().filter(WebhookUrlsTest::internal).collect(Collectors.toList()));
    }

    private static boolean internal(String literal) {
        try {
            return WebhookUrls.internal(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
