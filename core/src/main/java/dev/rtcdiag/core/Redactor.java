package dev.rtcdiag.core;

import dev.rtcdiag.parsers.spi.LogEvent;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from log text before it reaches any output: SIP {@code Authorization} and
 * {@code Proxy-Authorization} values (digest {@code response}, {@code nonce}, {@code cnonce}), BroadWorks CLI
 * {@code set …Password <value>} commands, any
 * {@code password}/{@code passwd}/{@code secret}-like field in {@code key=value}, {@code key: value},
 * JSON and XML form, HTTP {@code Bearer}/{@code Basic} credentials, BigBlueButton {@code sessionToken},
 * Voximplant {@code VI-Identity} tokens, URI passwords ({@code sip:user:secret@host}), and the personal
 * part of e-mail addresses ({@code first.last@} becomes {@code «redacted»@}; the domain stays).
 *
 * <p>The replacement is {@value #MASK}; the surrounding text, field names and line structure stay, so
 * evidence remains readable. Patterns are anchored on literal field names and never backtrack over
 * whole lines (they run on every output line).
 */
public final class Redactor {

    /** What a secret is replaced with. */
    public static final String MASK = "«redacted»";

    private static final Redactor DEFAULT = new Redactor(true);
    private static final Redactor NONE = new Redactor(false);

    /** Field names whose values are secrets, in {@code key=value}, {@code key: value} and VoxEngine {@code key = value} form. */
    private static final String NAMES = "(?:response|cnonce|nonce|password|passwd|pwd|secret|sipPassword|authPassword|userPassword|privateKey|apiKey|api_key|client_secret|clientSecret|access_token|refresh_token|id_token|sessionToken|session_token|authToken|auth_token|token|credential|credentials|ha1|aws_secret_access_key|passcode|newPasscode|oldPasscode|checksum|jwt)";

    /** The field-name words of {@link #NAMES}, lower case, of which every match of a field pattern contains one. */
    private static final List<String> NAME_WORDS = List.of("response", "nonce", "passw", "pwd", "secret", "privatekey", "apikey", "api_key",
            "token", "credential", "ha1", "passcode", "checksum", "jwt");
    private static final List<String> AUTH = List.of("authorization");
    private static final List<String> AT = List.of("@");

    /**
     * A secret's pattern, and literals of which every match contains at least one (lower case): a text with
     * none of them is not searched. Twenty searches of every evidence line were 5 % of a large run; most
     * lines hold none of these words. A literal cannot be made by a replacement (the mask holds none), so
     * checking the text as it came in is enough.
     */
    private record Shape(List<String> anyOf, Pattern pattern) {

        Shape(List<String> anyOf, String regex) {
            this(anyOf, Pattern.compile(regex));
        }

        boolean mayMatch(String lower) {
            for (String literal : anyOf) {
                if (lower.contains(literal)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Shape> PATTERNS = List.of(
            // SIP/HTTP auth headers: keep the scheme and username, hide the rest of the value.
            new Shape(AUTH, "(?im)^([ \\t]*(?:Proxy-)?Authorization[ \\t]*:[ \\t]*(?:Digest|Basic|Bearer|NTLM|Negotiate)?)[^\\r\\n]*"),
            new Shape(AUTH, "(?im)\\b((?:Proxy-)?Authorization\\s*[:=]\\s*(?:\"\\s*)?(?:Digest|Basic|Bearer)\\s)[^\\r\\n\"]*"),
            // API-key and cookie headers: the whole value.
            new Shape(List.of("x-auth", "api-key", "x-access-token", "cookie"), "(?im)\\b((?:X-Auth(?:-Token|-Key)?|X-Api-Key|Api-Key|X-Access-Token|(?:Set-)?Cookie)\\s*:\\s*)[^\\r\\n]{1,4096}"),
            // A quoted value (plain or escaped quotes): up to its closing quote, spaces, ';' and '&' included.
            new Shape(NAME_WORDS, "(?i)\\b(" + NAMES + "\\s*[=:]\\s*(?:\\\\\"|\\\\x22))(?:[^\\\\\\r\\n]|\\\\(?!\"|x22)){1,512}"),
            new Shape(NAME_WORDS, "(?i)\\b(" + NAMES + "\\s*[=:]\\s*\")[^\"\\r\\n]{1,512}"),
            // Unquoted: up to a delimiter.
            new Shape(NAME_WORDS, "(?i)\\b(" + NAMES + "\\s*[=:]\\s*)[^\"\\\\\\s,;&<}]{1,512}"),
            // JSON: "password": "x", "userPassword", "pwd", "client_secret"…
            new Shape(List.of("passw", "secret", "token", "credential", "passcode", "checksum", "pwd", "jwt", "apikey", "api_key"), "(?i)(\"(?:\\w*(?:password|passwd|secret|token|credential|passcode|checksum)\\w*|pwd|jwt|api_?key)\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.){0,512}"),
            // … and JSON inside nginx's escaping (\x22password\x22:\x22x\x22)
            new Shape(List.of("passw", "secret", "token", "credential", "passcode", "pwd"), "(?i)(\\\\x22\\w*(?:password|passwd|secret|token|credential|passcode|pwd)\\w*\\\\x22\\s*:\\s*\\\\x22)(?:[^\\\\]|\\\\(?!x22)){0,512}"),
            // XML: <password>x</password>, <userPassword>, <newPasscode>, with attributes (<password xsi:type="…">)
            new Shape(List.of("passw", "secret", "token", "passcode"), "(?i)(<(?:\\w+:)?\\w*(?:password|passwd|secret|token|passcode)\\w*(?:\\s[^<>]{0,256})?>)[^<]{0,512}"),
            // … and HTML-escaped (&lt;password&gt;x&lt;/password&gt;)
            new Shape(List.of("passw", "secret", "token", "passcode"), "(?i)(&lt;(?:\\w+:)?\\w*(?:password|passwd|secret|token|passcode)\\w*&gt;)(?:[^&<]|&(?!lt;)){0,512}"),
            // HTTP credentials.
            new Shape(List.of("bearer", "basic"), "(?i)\\b((?:Bearer|Basic)\\s+)[A-Za-z0-9+/=._~-]{8,}"),
            // Voximplant identity token header.
            new Shape(List.of("vi-identity"), "(?i)\\b(VI-Identity\\s*[:=]\\s*(?:\\S+/\\S+\\s+)?)\\S+"),
            // URI password sip:user:secret@host
            new Shape(AT, "(?i)\\b((?:sips?|https?|wss?|turns?):[^:@/\\s<>\"]{1,64}:)[^@/\\s<>\"]{1,128}(?=@)"),
            // URL credentials scheme://user:secret@host (https, wss, mysql, rtsp, amqp…)
            new Shape(AT, "(?i)\\b([a-z][a-z0-9+.-]{1,16}://[^:@/\\s<>\"]{1,128}:)[^@/\\s<>\"]{1,256}(?=@)"),
            // A bare JSON Web Token (header.payload.signature; the header always starts {"… = eyJ): BBB join
            // URLs, Webex and Voximplant clients log them without a field name.
            new Shape(List.of("eyj"), "()\\beyJ[A-Za-z0-9_-]{8,4096}\\.[A-Za-z0-9_-]{2,16384}\\.[A-Za-z0-9_-]{0,4096}"),
            // AWS access key ids, private-key blocks
            new Shape(List.of("akia", "asia"), "()\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"),
            new Shape(List.of("private key"), "(-----BEGIN [A-Z ]{0,32}PRIVATE KEY-----)[A-Za-z0-9+/=\\s]{0,16384}+"),
            // BroadWorks CLI: "AS_CLI/Interface/Messaging> set provisioningPassword S3cret"
            new Shape(List.of("set"), "(?i)\\b(set\\s+\\w*(?:password|passwd|secret)\\w*\\s+)\\S{1,256}"),
            // e-mail addresses (BroadWorks user ids, Webex provisioning): the person's part only, the domain stays
            // because it is evidence (organisation lookups). A dot in the local part and a letter TLD keep SIP
            // URIs (sip:user@, preceded by ':') and Call-IDs (digits@IP) out.
            new Shape(AT, "(?<![\\w.%+:/=-])()[A-Za-z][A-Za-z0-9_%+-]*\\.[A-Za-z0-9._%+-]{0,63}(?=@(?:[A-Za-z0-9-]{1,63}\\.){1,8}[A-Za-z]{2,24}\\b)"));

    private final boolean enabled;

    private Redactor(boolean enabled) {
        this.enabled = enabled;
    }

    /** The redactor used unless the user asks for none. */
    public static Redactor standard() {
        return DEFAULT;
    }

    /** A redactor that changes nothing ({@code --no-redact}). */
    public static Redactor none() {
        return NONE;
    }

    /** Whether this redactor changes anything. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * The event as an output may show it: message, raw text, correlation keys and attributes redacted,
     * and the parsed payload (which holds the unredacted message) dropped.
     */
    public LogEvent redact(LogEvent event) {
        Objects.requireNonNull(event, "event");
        if (!enabled) {
            return event;
        }
        LogEvent.Builder b = event.toBuilder().message(redact(event.message())).raw(redact(event.raw())).payload(null);
        event.keys().forEach((k, v) -> b.key(k, redact(v)));
        event.attributes().forEach((k, v) -> b.attribute(k, redact(v)));
        return b.build();
    }

    /** The text with every secret replaced. */
    public String redact(String text) {
        Objects.requireNonNull(text, "text");
        if (!enabled || text.isEmpty()) {
            return text;
        }
        String out = text;
        String lower = text.toLowerCase(Locale.ROOT);
        for (Shape shape : PATTERNS) {
            if (!shape.mayMatch(lower)) {
                continue;
            }
            Matcher m = shape.pattern().matcher(out);
            if (m.find()) {
                StringBuilder sb = new StringBuilder(out.length());
                do {
                    m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + MASK));
                } while (m.find());
                m.appendTail(sb);
                out = sb.toString();
            }
        }
        return out;
    }
}
