package dev.rtcdiag.core.rules;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Classifies IP address literals as private (RFC 1918, carrier-grade NAT RFC 6598, link-local,
 * IPv6 unique-local and link-local, loopback) or public. Host names are neither: nothing is resolved.
 * The documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) count as public, as they
 * stand for public addresses in examples.
 */
public final class Addresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9a-fA-F]*+:[0-9a-fA-F:.]*+\\]?"); // the same language as hex/colons, a colon, hex/colons/dots, without backtracking

    private Addresses() {
    }

    /** Whether the text is an IP literal in a private or local range. */
    public static boolean isPrivate(String address) {
        return parse(address).map(a -> a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isLoopbackAddress()
                || a.isAnyLocalAddress() || isCgnat(a) || isUniqueLocal(a)).orElse(false);
    }

    /** Whether the text is the unspecified address ({@code 0.0.0.0}, {@code ::}): in SDP a call on hold (RFC 3264 §8.4), not a place. */
    public static boolean isUnspecified(String address) {
        return parse(address).map(java.net.InetAddress::isAnyLocalAddress).orElse(false);
    }

    /** Whether the text is an IP literal outside every private and local range. */
    public static boolean isPublic(String address) {
        return parse(address).isPresent() && !isPrivate(address);
    }

    /** The host part of {@code ip:port}, {@code [v6]:port} or a bare address. */
    public static String host(String hostPort) {
        String s = hostPort.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            return end > 0 ? s.substring(1, end) : s;
        }
        int colon = s.indexOf(':');
        return colon > 0 && s.indexOf(':', colon + 1) < 0 ? s.substring(0, colon) : s;
    }

    private static Optional<InetAddress> parse(String address) {
        String a = address == null ? "" : address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (!(IPV4.matcher(a).matches() || IPV6.matcher(a).matches())) {
            return Optional.empty();
        }
        if (IPV4.matcher(a).matches()) {
            for (String part : a.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(InetAddress.getByName(a)); // a literal: no lookup happens
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean isCgnat(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 4 && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64;
    }

    private static boolean isUniqueLocal(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xFE) == 0xFC;
    }
}
