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

    /**
     * The IPv4 address an IPv6 address carries and that a gateway would reach: IPv4-mapped ({@code ::ffff:a.b.c.d}),
     * IPv4-compatible ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::a.b.c.d}) and 6to4 ({@code 2002:abcd:efgh::});
     * null for any other.
     */
    static byte[] embeddedIpv4(byte[] v6) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= v6[i] == 0;
        }
        boolean mapped = zeros && (v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff;
        boolean compatible = zeros && v6[10] == 0 && v6[11] == 0;
        boolean nat64 = (v6[0] & 0xff) == 0x00 && (v6[1] & 0xff) == 0x64 && (v6[2] & 0xff) == 0xff
                && (v6[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = v6[i] == 0;
        }
        if (mapped || compatible || nat64) {
            return java.util.Arrays.copyOfRange(v6, 12, 16);
        }
        if ((v6[0] & 0xff) == 0x20 && (v6[1] & 0xff) == 0x02) {
            return java.util.Arrays.copyOfRange(v6, 2, 6);
        }
        return null;
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
            var embedded = embeddedIpv4(bytes);
            if (embedded != null) {
                try {
                    return internal(InetAddress.getByAddress(embedded));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
