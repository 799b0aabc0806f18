package dev.rtcdiag.parsers.sip;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of an SDP body (RFC 8866) that diagnosis uses: connection addresses, media lines with
 * their codecs, ICE candidates and DTLS fingerprints. Parsed leniently line by line; unknown lines are
 * ignored, malformed ones skipped.
 *
 * @param originAddress the address of the {@code o=} line, or {@code ""}
 * @param sessionConnection the session-level {@code c=} address, or {@code ""}
 * @param media the media descriptions in order
 * @param fingerprints every {@code a=fingerprint} value (session and media level)
 * @param iceLite whether {@code a=ice-lite} is present
 */
public record Sdp(String originAddress, String sessionConnection, List<Media> media, List<String> fingerprints, boolean iceLite) {

    /** Copies the lists. */
    public Sdp {
        Objects.requireNonNull(originAddress, "originAddress");
        Objects.requireNonNull(sessionConnection, "sessionConnection");
        media = List.copyOf(media);
        fingerprints = List.copyOf(fingerprints);
    }

    /**
     * One {@code m=} section.
     *
     * @param type {@code audio}, {@code video}, {@code application}…
     * @param port the port ({@code 0} means the stream is rejected/disabled)
     * @param protocol {@code RTP/AVP}, {@code UDP/TLS/RTP/SAVPF}…
     * @param formats payload types as listed
     * @param codecs codec names from {@code a=rtpmap} (e.g. {@code PCMU/8000}), plus static types without rtpmap
     * @param connection the media-level {@code c=} address, or {@code ""} (then the session one applies)
     * @param direction {@code sendrecv}, {@code sendonly}, {@code recvonly}, {@code inactive}, or {@code ""}
     * @param candidates the {@code a=candidate} lines
     */
    public record Media(String type, int port, String protocol, List<String> formats, List<String> codecs,
            String connection, String direction, List<IceCandidate> candidates) {
        /** Copies the lists. */
        public Media {
            formats = List.copyOf(formats);
            codecs = List.copyOf(codecs);
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * One ICE candidate ({@code a=candidate:foundation component transport priority address port typ type …}).
     *
     * @param transport {@code udp} or {@code tcp}, lower case
     * @param address the connection address
     * @param port the port
     * @param type {@code host}, {@code srflx}, {@code prflx} or {@code relay}
     */
    public record IceCandidate(String transport, String address, int port, String type) {
    }

    /** Every connection address in the body (session level and each media level), without duplicates. */
    public Set<String> connectionAddresses() {
        Set<String> all = new LinkedHashSet<>();
        if (!sessionConnection.isEmpty()) {
            all.add(sessionConnection);
        }
        for (Media m : media) {
            if (!m.connection().isEmpty()) {
                all.add(m.connection());
            }
        }
        return all;
    }

    /** All codec names across media, in order. */
    public List<String> codecs() {
        List<String> all = new ArrayList<>();
        media.forEach(m -> all.addAll(m.codecs()));
        return all;
    }

    /** The first media of a type. */
    public Optional<Media> media(String type) {
        return media.stream().filter(m -> m.type().equalsIgnoreCase(type)).findFirst();
    }

    /** Parses an SDP body; returns empty when the text has no {@code v=} or {@code m=}/{@code c=} lines at all. */
    public static Optional<Sdp> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        String origin = "";
        String sessionC = "";
        List<String> fingerprints = new ArrayList<>();
        boolean iceLite = false;
        List<Media> media = new ArrayList<>();
        MediaBuilder current = null;
        boolean any = false;
        for (int from = 0, to; from < body.length(); from = to + 1) {
            to = lineEnd(body, from);
            String line = body.substring(from, to).strip();
            if (to + 1 < body.length() && body.charAt(to) == '\r' && body.charAt(to + 1) == '\n') {
                to++; // CRLF is one line end
            }
            if (line.length() < 2 || line.charAt(1) != '=') {
                continue;
            }
            char t = line.charAt(0);
            String v = line.substring(2).strip();
            switch (t) {
                case 'v' -> any = true;
                case 'o' -> {
                    String[] f = Chars.split(v, false);
                    if (f.length >= 6) {
                        origin = f[5];
                    }
                }
                case 'c' -> {
                    String[] f = Chars.split(v, false);
                    String address = f.length >= 3 ? stripTtl(f[2]) : "";
                    if (current == null) {
                        sessionC = address;
                    } else {
                        current.connection = address;
                    }
                    any = true;
                }
                case 'm' -> {
                    if (current != null) {
                        media.add(current.build());
                    }
                    current = MediaBuilder.of(v);
                    any = true;
                }
                case 'a' -> {
                    String lower = v.toLowerCase(Locale.ROOT);
                    if (lower.equals("ice-lite")) {
                        iceLite = true;
                    } else if (lower.startsWith("fingerprint:")) {
                        fingerprints.add(v.substring(12).strip());
                    } else if (current != null) {
                        current.attribute(v, lower);
                    }
                }
                default -> {
                }
            }
        }
        if (current != null) {
            media.add(current.build());
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(new Sdp(origin, sessionC, media, fingerprints, iceLite));
    }

    private static String stripTtl(String address) {
        int slash = address.indexOf('/');
        return slash > 0 ? address.substring(0, slash) : address;
    }

    private static final class MediaBuilder {
        String type = "";
        int port = -1;
        String protocol = "";
        final List<String> formats = new ArrayList<>();
        final List<String> codecs = new ArrayList<>();
        String connection = "";
        String direction = "";
        final List<IceCandidate> candidates = new ArrayList<>();

        static MediaBuilder of(String v) {
            MediaBuilder b = new MediaBuilder();
            String[] f = Chars.split(v, false);
            b.type = f[0];
            if (f.length > 1) {
                String p = f[1].contains("/") ? f[1].substring(0, f[1].indexOf('/')) : f[1];
                if (!p.isEmpty() && p.length() <= 5 && Chars.digits(p)) {
                    b.port = Integer.parseInt(p);
                }
            }
            if (f.length > 2) {
                b.protocol = f[2];
            }
            for (int i = 3; i < f.length; i++) {
                b.formats.add(f[i]);
            }
            return b;
        }

        void attribute(String v, String lower) {
            if (lower.startsWith("rtpmap:")) {
                int sp = v.indexOf(' ');
                if (sp > 0) {
                    codecs.add(v.substring(sp + 1).strip());
                }
            } else if (lower.startsWith("candidate:")) {
                String[] f = Chars.split(v.substring(10), false);
                if (f.length >= 8 && f[4].length() <= 45 && Chars.digits(f[5]) && f[5].length() <= 5) {
                    candidates.add(new IceCandidate(f[2].toLowerCase(Locale.ROOT), f[4], Integer.parseInt(f[5]), f[7].toLowerCase(Locale.ROOT)));
                }
            } else if (lower.equals("sendrecv") || lower.equals("sendonly") || lower.equals("recvonly") || lower.equals("inactive")) {
                direction = lower;
            }
        }

        Media build() {
            // Static payload types (RFC 3551) often come without a=rtpmap.
            for (String f : formats) {
                String name = switch (f) {
                    case "0" -> "PCMU/8000";
                    case "3" -> "GSM/8000";
                    case "4" -> "G723/8000";
                    case "8" -> "PCMA/8000";
                    case "9" -> "G722/8000";
                    case "18" -> "G729/8000";
                    default -> null;
                };
                if (name != null && codecs.stream().noneMatch(c -> c.equalsIgnoreCase(name))) {
                    codecs.add(name);
                }
            }
            return new Media(type, port, protocol, formats, codecs, connection, direction, candidates);
        }
    }

    /** The index of the CR or LF ending the line that starts at {@code from}, or the length. */
    private static int lineEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n') {
                return i;
            }
        }
        return s.length();
    }
}
