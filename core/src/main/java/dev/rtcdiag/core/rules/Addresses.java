package dev.rtcdiag.core.rules;

import com.google.common.net.HostAndPort;
import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Classifies IP address literals as private (RFC 1918, carrier-grade NAT RFC 6598, link-local,
 * IPv6 unique-local and link-local, loopback) or public. Host names are neither: nothing is resolved.
 * The documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) count as public, as they
 * stand for public addresses in examples.
 *
 * <p>Literals are read with Guava's {@link InetAddresses}, which never resolves a name (unlike
 * {@code InetAddress.getByName}) and rejects ambiguous forms such as octets with leading zeros.
 */
public final class Addresses {

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

    /** The addresses of a comma-separated list, such as the {@code sdp-addresses} a parser sets (blanks dropped). */
    public static java.util.List<String> list(String commaSeparated) {
        return LIST.splitToList(commaSeparated == null ? "" : commaSeparated);
    }

    /** Whether a comma-separated list names at least one address and every one is private. */
    public static boolean allPrivate(String commaSeparated) {
        java.util.List<String> all = list(commaSeparated);
        return !all.isEmpty() && all.stream().allMatch(Addresses::isPrivate);
    }

    private static final com.google.common.base.Splitter LIST = com.google.common.base.Splitter.on(',').trimResults().omitEmptyStrings();

    /** The host part of {@code ip:port}, {@code [v6]:port} or a bare address (the text itself when it is none of these). */
    public static String host(String hostPort) {
        String s = hostPort.strip();
        try {
            return HostAndPort.fromString(s).getHost();
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static Optional<InetAddress> parse(String address) {
        String a = address == null ? "" : address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        return InetAddresses.isInetAddress(a) ? Optional.of(InetAddresses.forString(a)) : Optional.empty();
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
