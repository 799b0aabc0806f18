package dev.rtcdiag.parsers.spi;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.parsers.internal.OrderedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One normalised event from a log: where it is, when it happened, what kind it is, which catalog
 * code it reports, how it correlates with other events, and the raw text it came from.
 *
 * <p>Immutable; build one with {@link #builder(SourcePosition, String)}. Malformed records are events
 * too ({@link EventKind#MALFORMED} with a {@link #malformedReason()}): nothing a parser read is lost.
 */
public final class LogEvent {

    private final SourcePosition position;
    private final String format;
    private final EventTime time;
    private final Level level;
    private final SystemId system;
    private final EventKind kind;
    private final CatalogCode code;
    private final Map<String, String> keys;
    private final Map<String, String> attributes;
    private final String message;
    private final String raw;
    private final int lineCount;
    private final MalformedReason malformedReason;
    private final Object payload;
    private final boolean closesSession;
    private int sizeEstimate; // 0 until first asked; racy but idempotent, as String.hash
    /**
     * The payload as an {@link Optional}, made on the first {@link #payload(Class)} and then handed out again:
     * the correlator and the rules ask a SIP event for its message many times, and those Optionals were a
     * twentieth of what a diagnosis allocated. Racy but harmless: two threads at worst make one each.
     */
    private Optional<Object> payloadView;

    private LogEvent(Builder b) {
        this.position = b.position;
        this.format = b.format;
        this.time = b.time;
        this.level = b.level;
        this.system = b.system;
        this.kind = b.kind;
        this.code = b.code;
        this.keys = b.keys.build();
        this.attributes = b.attributes.build();
        this.message = b.message;
        this.raw = b.raw;
        this.lineCount = b.lineCount;
        this.malformedReason = b.malformedReason;
        this.payload = b.payload;
        this.closesSession = b.closesSession;
    }

    /** Starts an event at a position, produced by the format with the given id. */
    public static Builder builder(SourcePosition position, String format) {
        return new Builder(position, format);
    }

    /** A malformed event: the position, why, a message saying what was expected, and the raw text. */
    public static LogEvent malformed(SourcePosition position, String format, MalformedReason reason, String message, String raw) {
        return builder(position, format).kind(EventKind.MALFORMED).malformedReason(reason).message(message).raw(raw).build();
    }

    /** A copy to change a few fields. */
    public Builder toBuilder() {
        return copy(position);
    }

    private Builder copy(SourcePosition at) {
        Builder b = new Builder(at, format);
        b.time = time;
        b.level = level;
        b.system = system;
        b.kind = kind;
        b.code = code;
        b.keys.putAll(keys);
        b.attributes.putAll(attributes);
        b.message = message;
        b.raw = raw;
        b.lineCount = lineCount;
        b.malformedReason = malformedReason;
        b.payload = payload;
        b.closesSession = closesSession;
        return b;
    }

    /**
     * The same event, moved by {@code lines} and {@code bytes}: for a parser that read a region of an
     * input as if it were a whole input (its lines counted from 1), to give the positions in the input.
     */
    public LogEvent shifted(long lines, long bytes) {
        if (lines == 0 && bytes == 0) {
            return this;
        }
        return copy(new SourcePosition(position.source(), position.line() + lines, position.byteOffset() + bytes)).build();
    }

    /**
     * About how many bytes of heap the event holds: its texts, keys and attributes, and a payload that
     * says its own size ({@link HeapSized}, as a parsed SIP message does). Correlation keeps open sessions
     * within a byte budget by this estimate; it is not an exact figure.
     */
    public long sizeEstimate() {
        int n = sizeEstimate;
        if (n == 0) {
            long size = 96 + 2L * (raw.length() + message.length()) + OrderedMap.sizeEstimate(attributes) + OrderedMap.sizeEstimate(keys)
                    + (payload instanceof HeapSized h ? h.sizeEstimate() : 0);
            n = (int) Math.min(Integer.MAX_VALUE, size);
            sizeEstimate = n;
        }
        return n;
    }

    /** Where the record starts. */
    public SourcePosition position() {
        return position;
    }

    /** The id of the format that produced the event. */
    public String format() {
        return format;
    }

    /** When it happened ({@link EventTime#NONE} when the record has no timestamp). */
    public EventTime time() {
        return time;
    }

    /** The record's log level ({@link Level#UNSPECIFIED} when it has none). */
    public Level level() {
        return level;
    }

    /** The system the event belongs to ({@link SystemId#SIP}, {@link SystemId#BBB}, …) or {@link SystemId#LOG} for plain lines. */
    public SystemId system() {
        return system;
    }

    /** The event kind. */
    public EventKind kind() {
        return kind;
    }

    /** The catalog code the event reports, if any. */
    public Optional<CatalogCode> code() {
        return Optional.ofNullable(code);
    }

    /** Correlation keys ({@link CorrelationKeys}), in insertion order. */
    public Map<String, String> keys() {
        return keys;
    }

    /** A correlation key's value, if present. */
    public Optional<String> key(String name) {
        return Optional.ofNullable(keys.get(name));
    }

    /** Further parsed fields, in insertion order. Values are never {@code null}. */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** An attribute's value, if present. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** The wire name under which {@link #closesSession()} shows in {@link #wireAttributes()}. */
    public static final String CLOSES_SESSION = "closes-session";

    /**
     * The attributes as the {@code events} JSON and the golden files write them: {@link #attributes()},
     * preceded by {@code closes-session=true} when the record closes its session.
     */
    public Map<String, String> wireAttributes() {
        if (!closesSession) {
            return attributes;
        }
        Map<String, String> wire = new LinkedHashMap<>();
        wire.put(CLOSES_SESSION, "true");
        wire.putAll(attributes);
        return java.util.Collections.unmodifiableMap(wire);
    }

    /** A typed attribute's value, if present and of the key's type (see {@link AttributeKey}). */
    public <T> Optional<T> get(AttributeKey<T> key) {
        return key.read(attributes.get(key.name()));
    }

    /** Whether a typed attribute holds exactly {@code value}. */
    public <T> boolean is(AttributeKey<T> key, T value) {
        return get(key).filter(value::equals).isPresent();
    }

    /**
     * Whether this record is a whole session, or its announced end (a statistics row, a WCS session
     * closed): nothing that comes later joins its session. A typed field, not an attribute, because it
     * steers the correlator; on the wire it shows as the attribute {@code closes-session}.
     */
    public boolean closesSession() {
        return closesSession;
    }

    /** A one-line human message (for malformed events: what was wrong). */
    public String message() {
        return message;
    }

    /** The raw text of the record (cut at {@link ParserConfig#maxExcerptLength()}), unredacted. */
    public String raw() {
        return raw;
    }

    /** How many input lines the record spans (1 for single-line records). */
    public int lineCount() {
        return lineCount;
    }

    /** Why the record is malformed; present exactly when {@link #kind()} is {@link EventKind#MALFORMED}. */
    public Optional<MalformedReason> malformedReason() {
        return Optional.ofNullable(malformedReason);
    }

    /** Whether this is a malformed event. */
    public boolean isMalformed() {
        return kind == EventKind.MALFORMED;
    }

    /**
     * A typed payload of the given type, e.g. the parsed SIP message of a {@link EventKind#SIP_REQUEST}
     * event; empty when there is none or it has another type.
     */
    @SuppressWarnings("unchecked") // the one Optional holds the payload, which is checked to be a T
    public <T> Optional<T> payload(Class<T> type) {
        if (!type.isInstance(payload)) {
            return Optional.empty();
        }
        Optional<Object> p = payloadView;
        if (p == null) {
            p = Optional.of(payload);
            payloadView = p;
        }
        return (Optional<T>) p;
    }

    @Override
    public String toString() {
        return position + " " + kind.id() + (code == null ? "" : " " + code.system().id() + ":" + code.code()) + " " + message;
    }

    /** Builds a {@link LogEvent}. Defaults: kind {@link EventKind#LOG}, system {@link SystemId#LOG}, no time, no level. */
    public static final class Builder {
        private final SourcePosition position;
        private final String format;
        private EventTime time = EventTime.NONE;
        private Level level = Level.UNSPECIFIED;
        private SystemId system = SystemId.LOG;
        private EventKind kind = EventKind.LOG;
        private CatalogCode code;
        private final OrderedMap.Entries keys = new OrderedMap.Entries();
        private final OrderedMap.Entries attributes = new OrderedMap.Entries();
        private String message = "";
        private String raw = "";
        private int lineCount = 1;
        private MalformedReason malformedReason;
        private Object payload;
        private boolean closesSession;

        private Builder(SourcePosition position, String format) {
            this.position = Objects.requireNonNull(position, "position");
            this.format = Objects.requireNonNull(format, "format");
        }

        public Builder time(EventTime v) {
            this.time = Objects.requireNonNull(v, "time");
            return this;
        }

        public Builder level(Level v) {
            this.level = Objects.requireNonNull(v, "level");
            return this;
        }

        public Builder system(SystemId v) {
            this.system = Objects.requireNonNull(v, "system");
            return this;
        }

        /** The system set so far ({@link SystemId#LOG} until a parser sets one). */
        public SystemId system() {
            return system;
        }

        public Builder kind(EventKind v) {
            this.kind = Objects.requireNonNull(v, "kind");
            return this;
        }

        /** Sets the catalog code ({@code null} clears it). */
        public Builder code(CatalogCode v) {
            this.code = v;
            return this;
        }

        /** Adds a correlation key; blank or {@code null} values are ignored. */
        public Builder key(String name, String value) {
            if (value != null && !value.isBlank()) {
                keys.put(Objects.requireNonNull(name, "name"), value.strip());
            }
            return this;
        }

        /** Adds an attribute; {@code null} values are ignored. */
        public Builder attribute(String name, String value) {
            if (value != null) {
                attributes.put(Objects.requireNonNull(name, "name"), value);
            }
            return this;
        }

        /** The attribute set so far, if any (lets a parser add facts in several steps). */
        public Optional<String> attribute(String name) {
            return Optional.ofNullable(attributes.get(name));
        }

        /** Records a typed attribute; {@code null} values are ignored. */
        public <T> Builder set(AttributeKey<T> key, T value) {
            if (value != null) {
                attributes.put(key.name(), key.write(value));
            }
            return this;
        }

        /**
         * Records a typed attribute from the text a log wrote, if the text is one of the key's values
         * ({@code "6.214"} for a decimal key); anything else is not recorded.
         */
        public <T> Builder parse(AttributeKey<T> key, String text) {
            if (text != null) {
                key.read(text).ifPresent(v -> set(key, v));
            }
            return this;
        }

        /** A typed attribute set so far, if any. */
        public <T> Optional<T> get(AttributeKey<T> key) {
            return key.read(attributes.get(key.name()));
        }

        /** Marks the record as a whole session or its announced end (see {@link LogEvent#closesSession()}). */
        public Builder closesSession() {
            this.closesSession = true;
            return this;
        }

        public Builder message(String v) {
            this.message = Objects.requireNonNull(v, "message");
            return this;
        }

        public Builder raw(String v) {
            this.raw = Objects.requireNonNull(v, "raw");
            return this;
        }

        public Builder lineCount(int v) {
            if (v < 1) {
                throw new IllegalArgumentException("lineCount must be >= 1: " + v);
            }
            this.lineCount = v;
            return this;
        }

        public Builder malformedReason(MalformedReason v) {
            this.malformedReason = v;
            return this;
        }

        /** Attaches a typed payload (e.g. a parsed SIP message). */
        public Builder payload(Object v) {
            this.payload = v;
            return this;
        }

        /**
         * Builds the event.
         *
         * @throws IllegalStateException when kind and malformed reason disagree
         */
        public LogEvent build() {
            if ((kind == EventKind.MALFORMED) != (malformedReason != null)) {
                throw new IllegalStateException("a malformed reason goes with kind MALFORMED and only with it");
            }
            return new LogEvent(this);
        }
    }
}
