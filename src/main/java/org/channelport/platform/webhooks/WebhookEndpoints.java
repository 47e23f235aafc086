package org.channelport.platform.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Rule W4: where a webhook may be sent. Only https; plain http only to this host's loopback names, and only in
 * development (the demo and the tests run their receivers there). In production no address the name resolves to may
 * be loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unique-local, multicast or
 * unspecified: a subscriber must not make the server call into its own network (server-side request forgery). The
 * address is checked when the endpoint is saved and again before every attempt (the name may resolve elsewhere by then).
 */
public final class WebhookEndpoints {
    public static final int MAX_LENGTH = 2000;

    private WebhookEndpoints() {}

    /** Why this URL cannot be an endpoint (a message key under {@code webhooks.url.}), or empty when it can. */
    public static Optional<String> refusal(String url, boolean development) {
        if (url == null || url.isBlank()) {
            return Optional.of("required");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("tooLong");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("invalid");
        }
        if (!uri.isAbsolute()) {
            return Optional.of("invalid");
        }
        var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("https");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("invalid");
        }
        var host = uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && (!development || !loopbackName(host))) {
            return Optional.of("https");
        }
        return addressRefusal(host, development);
    }

    /** Rule W4 for the addresses a host name has now: "unknownHost", "privateAddress", or empty. */
    public static Optional<String> addressRefusal(String host, boolean development) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of("unknownHost");
        }
        if (!development) {
            for (var address : addresses) {
                if (internal(address)) {
                    return Optional.of("privateAddress");
                }
            }
        }
        return Optional.empty();
    }

    static boolean loopbackName(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    /** Whether an address is inside some network rather than on the public internet. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        var bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int a = bytes[0] & 0xff;
            int b = bytes[1] & 0xff;
            return a == 0 || a == 100 && b >= 64 && b < 128 || a == 192 && b == 0 && (bytes[2] & 0xff) == 0
                    || a >= 240;
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;   // fc00::/7, unique local
            }
            boolean mapped = true;   // ::ffff:a.b.c.d names an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
