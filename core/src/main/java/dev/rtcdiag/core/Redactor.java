package dev.rtcdiag.core;

import java.util.List;
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

    private static final List<Pattern> PATTERNS = List.of(
            // SIP/HTTP auth headers: keep the scheme and username, hide the rest of the value.
            Pattern.compile("(?im)^(\\s*(?:Proxy-)?Authorization\\s*:\\s*(?:Digest|Basic|Bearer|NTLM|Negotiate)?)[^\\r\\n]*"),
            Pattern.compile("(?im)\\b((?:Proxy-)?Authorization\\s*[:=]\\s*(?:\"\\s*)?(?:Digest|Basic|Bearer)\\s)[^\\r\\n\"]*"),
            // Digest parameters wherever they appear.
            Pattern.compile("(?i)\\b((?:response|cnonce|nonce|password|passwd|pwd|secret|sipPassword|authPassword|privateKey|apiKey|api_key|access_token|refresh_token|sessionToken|session_token|token|ha1)\\s*[=:]\\s*\"?)[^\"\\s,;&<}]{1,512}"),
            // JSON: "password": "x"
            Pattern.compile("(?i)(\"(?:password|passwd|secret|sipPassword|token|accessToken|sessionToken|authToken|apiKey)\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.){0,512}"),
            // XML: <password>x</password>, <userPassword>, <newPassword>…
            Pattern.compile("(?i)(<(?:\\w+:)?\\w*(?:password|passwd|secret|token)\\w*>)[^<]{0,512}"),
            // HTTP credentials.
            Pattern.compile("(?i)\\b((?:Bearer|Basic)\\s+)[A-Za-z0-9+/=._~-]{8,}"),
            // Voximplant identity token header.
            Pattern.compile("(?i)\\b(VI-Identity\\s*[:=]\\s*(?:\\S+/\\S+\\s+)?)\\S+"),
            // URI password sip:user:secret@host
            Pattern.compile("(?i)\\b((?:sips?|https?|wss?|turns?):[^:@/\\s<>\"]{1,64}:)[^@/\\s<>\"]{1,128}(?=@)"),
            // BroadWorks CLI: "AS_CLI/Interface/Messaging> set provisioningPassword S3cret"
            Pattern.compile("(?i)\\b(set\\s+\\w*(?:password|passwd|secret)\\w*\\s+)\\S{1,256}"),
            // e-mail addresses (BroadWorks user ids, Webex provisioning): the person's part only, the domain stays
            // because it is evidence (organisation lookups). A dot in the local part and a letter TLD keep SIP
            // URIs (sip:user@, preceded by ':') and Call-IDs (digits@IP) out.
            Pattern.compile("(?<![\\w.%+:/=-])()[A-Za-z][A-Za-z0-9_%+-]*\\.[A-Za-z0-9._%+-]{0,63}(?=@(?:[A-Za-z0-9-]{1,63}\\.){1,8}[A-Za-z]{2,24}\\b)"));

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

    /** The text with every secret replaced. */
    public String redact(String text) {
        Objects.requireNonNull(text, "text");
        if (!enabled || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(out);
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
