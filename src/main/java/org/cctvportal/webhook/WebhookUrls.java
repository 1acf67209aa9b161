package org.cctvportal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a subscription may point at: https to a public address. Never the portal's own network (private, link-local
 * and carrier-grade ranges, IPv6 unique-local), never the cloud metadata address, never loopback unless the
 * configuration allows loopback http (tests). Checked when a URL is given and again before every attempt, so a name
 * that later resolves inward is refused then.
 */
@ApplicationScoped
public class WebhookUrls {

    static final int MAX_LENGTH = 2000;

    @Inject
    WebhookConfig config;

    /** Why this URL cannot be subscribed, or empty when it can; a name that does not resolve now is accepted. */
    public Optional<String> refusal(String url) {
        return check(url, false);
    }

    /** Why this URL cannot be sent to now, or empty when it can. */
    public Optional<String> refusalToSend(String url) {
        return check(url, true);
    }

    private Optional<String> check(String url, boolean mustResolve) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("Enter a full web address, such as https://vms.example.org/portal-events");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getUserInfo() != null) {
            return Optional.of("Enter a full web address starting https://, without a user name or password");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return mustResolve ? Optional.of("The host " + uri.getHost() + " could not be found") : Optional.empty();
        }
        return where(addresses, scheme.equals("https"));
    }

    /** Why these addresses cannot receive: inside the portal's networks, or loopback or plain http not allowed. */
    private Optional<String> where(InetAddress[] addresses, boolean https) {
        boolean loopback = false;
        for (InetAddress address : addresses) {
            loopback |= address.isLoopbackAddress();
            if (!address.isLoopbackAddress() && internal(address)) {
                return Optional.of("The address points at a private or internal network (" + address.getHostAddress()
                        + "): only public addresses can receive events");
            }
        }
        if (loopback && !config.allowLoopbackHttp()) {
            return Optional.of("The address points at the portal's own machine: only public addresses can receive"
                    + " events");
        }
        if (!https && !loopback) {
            return Optional.of("Enter an address starting https://: events are only sent encrypted");
        }
        return Optional.empty();
    }

    /** The portal's own networks and the cloud metadata service, whatever the address family. */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local (fd00:ec2::254 is a metadata address)
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // 100.64.0.0/10, carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24, protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15, benchmarking
                || first >= 240; // reserved and broadcast
    }
}
