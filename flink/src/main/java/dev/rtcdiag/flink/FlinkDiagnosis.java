package dev.rtcdiag.flink;

import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.InputStats;
import dev.rtcdiag.core.KnowledgeBase;
import dev.rtcdiag.core.SessionKeys;
import dev.rtcdiag.core.SessionSummary;
import dev.rtcdiag.core.correlation.Correlator;
import dev.rtcdiag.core.judge.Findings;
import dev.rtcdiag.core.judge.SessionJudge;
import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.Inputs;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.CorrelationKeys;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.Level;
import dev.rtcdiag.parsers.spi.SystemId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The diagnosis of {@code Diagnoser}, as a Flink job over log archives (BATCH mode):
 * <ol>
 *   <li>each input file is parsed in one task (a {@code .gz} cannot be split) into {@link WireEvent}s,
 *       keeping only what the correlator would keep;</li>
 *   <li>the alias stage: events of a user without a meeting (a FreeSWITCH leg) are keyed by user and
 *       sent to the meeting another event of that user names;</li>
 *   <li>events are keyed by their group (a meeting, else their session key); server-wide evidence
 *       (nginx, {@code bbb-conf --check}, BroadWorks errors, Webex REGISTERs: {@link Correlator#isServerContext})
 *       is also broadcast, and a group whose sessions look beyond themselves ({@link Correlator#seesContext})
 *       gets what was read from before its first event until it went idle;</li>
 *   <li>when a group's input ends, a {@link Correlator} forms its sessions and a {@link SessionJudge}
 *       judges them, exactly as on one machine;</li>
 *   <li>the findings are folded as {@code Diagnoser} folds them.</li>
 * </ol>
 */
public final class FlinkDiagnosis {

    private FlinkDiagnosis() {
    }

    /** Diagnoses the files on {@code env} (set to BATCH here) and returns the findings, sorted. */
    public static List<Finding> run(StreamExecutionEnvironment env, List<Path> files) throws Exception {
        return diagnose(env, files.stream().map(Path::toString).toList()).findings();
    }

    /**
     * Like {@link #run} with paths as a user types them: directories are read recursively, as {@code rtcdiag
     * diagnose} reads them.
     *
     * @throws IllegalArgumentException naming the arguments that are neither files nor directories
     */
    public static Diagnosis diagnose(StreamExecutionEnvironment env, List<String> arguments) throws Exception {
        return diagnose(env, arguments, MAX_GROUP_BYTES);
    }

    /** Like {@link #diagnose(StreamExecutionEnvironment, List)} with the bytes a group may hold. */
    static Diagnosis diagnose(StreamExecutionEnvironment env, List<String> arguments, long maxGroupBytes) throws Exception {
        List<String> local = arguments.stream().filter(a -> !isUri(a)).toList();
        Inputs.Expansion x = Inputs.expand(local);
        if (!x.problems().isEmpty()) {
            throw new IllegalArgumentException("cannot read: " + x.problems());
        }
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        List<String> names = new ArrayList<>(x.files().stream().map(f -> f.name() + '\u0000' + f.path()).toList());
        for (String uri : arguments.stream().filter(FlinkDiagnosis::isUri).toList()) {
            listFiles(new org.apache.flink.core.fs.Path(uri), names);
        }
        SingleOutputStreamOperator<WireEvent> events = env.fromData(names).rebalance().process(new ParseFile()).name("parse");
        return collect(judged(events, false, maxGroupBytes).union(events.getSideOutput(INPUTS)));
    }

    /** Each input's statistics, beside its events. */
    static final OutputTag<ReportRow> INPUTS = new OutputTag<>("inputs", Types.POJO(ReportRow.class));

    /**
     * The findings of a stream of parsed events. In BATCH mode each group is judged when its input ends;
     * in STREAMING mode when the watermark is an idle timeout past its last event (events carry their log
     * time as timestamp), so live logs are judged as their sessions go quiet.
     */
    static DataStream<ReportRow> judged(DataStream<WireEvent> events, boolean streaming) {
        return judged(events, streaming, MAX_GROUP_BYTES);
    }

    static DataStream<ReportRow> judged(DataStream<WireEvent> events, boolean streaming, long maxGroupBytes) {
        DataStream<WireEvent> withUser = events.filter(e -> e.keys.containsKey(CorrelationKeys.USER) && !e.keys.containsKey(CorrelationKeys.MEETING));
        DataStream<WireEvent> others = events.filter(e -> !(e.keys.containsKey(CorrelationKeys.USER) && !e.keys.containsKey(CorrelationKeys.MEETING)));
        DataStream<WireEvent> meetingUsers = events.filter(e -> e.keys.containsKey(CorrelationKeys.USER) && e.keys.containsKey(CorrelationKeys.MEETING));
        DataStream<WireEvent> resolved = withUser.union(meetingUsers.map(FlinkDiagnosis::aliasMarker).name("alias-markers"))
                .keyBy(e -> e.keys.get(CorrelationKeys.USER)).process(new AliasStage(streaming)).name("alias");
        DataStream<WireEvent> grouped = others.map(FlinkDiagnosis::withGroup).name("group").union(resolved);
        MapStateDescriptor<String, WireEvent> serverContext = new MapStateDescriptor<>("server-context", Types.STRING, Types.POJO(WireEvent.class));
        BroadcastStream<WireEvent> server = events.filter(FlinkDiagnosis::serverWide).name("server-wide").broadcast(serverContext);
        return grouped.keyBy(e -> e.group).connect(server).process(new JudgeGroup(serverContext, streaming, maxGroupBytes)).name("judge");
    }

    /**
     * Runs the job and gathers what it found into a {@link Diagnosis}: findings folded and sorted as
     * {@code Diagnoser} gives them, sessions, and inputs (partial when one could not be read).
     */
    static Diagnosis collect(DataStream<ReportRow> rows) throws Exception {
        List<Finding> findings = new ArrayList<>();
        List<SessionSummary> sessions = new ArrayList<>();
        List<InputStats> inputs = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        KnowledgeBase kb = KnowledgeBase.standard();
        try (CloseableIterator<ReportRow> it = rows.executeAndCollect("rtcdiag")) {
            it.forEachRemaining(r -> {
                switch (r.kind) {
                    case "finding" -> findings.add(r.finding.toFinding(kb));
                    case "session" -> sessions.add(r.toSession());
                    case "limit" -> limits.add(r.error);
                    default -> inputs.add(r.toInput());
                }
            });
        }
        inputs.sort(java.util.Comparator.comparing(InputStats::path));
        String partial = inputs.stream().anyMatch(i -> !i.readable()) ? "some inputs could not be read" : "";
        if (!limits.isEmpty()) {
            String cut = "groups cut short: " + String.join("; ", limits.subList(0, Math.min(8, limits.size())));
            partial = partial.isEmpty() ? cut : partial + "; " + cut;
        }
        return new Diagnosis(Findings.fold(findings), sessions, inputs, partial, sessions.size(), java.util.Map.of());
    }

    /**
     * The bytes of events one group (a meeting, or a session) may hold until it is judged: four times the
     * correlator's default per session, since a meeting holds several sessions. Past it events are counted,
     * not kept, and the result is partial.
     */
    static final long MAX_GROUP_BYTES = 64L << 20;

    /** The order Diagnoser reads in: time (carried forward within a file), then file, then line. */
    static final Comparator<WireEvent> READ_ORDER = Comparator.comparingLong((WireEvent e) -> e.order).thenComparing(e -> e.source)
            .thenComparingLong(e -> e.line);

    /** Parses one file; each event gets its file's index-free order: (instant carried forward, source, line). */
    static final class ParseFile extends ProcessFunction<String, WireEvent> {
        private static final long serialVersionUID = 1L;

        @Override
        public void processElement(String file, Context ctx, Collector<WireEvent> out) {
            int nul = file.indexOf('\u0000');
            String name = file.substring(0, nul);
            String local = file.substring(nul + 1);
            ParsedInput in = null;
            try {
                in = local.isEmpty() ? openUri(name) : Parsers.discover().open(new InputFile(name, Path.of(local)), ParserConfig.defaults(), null);
                emit(in, out);
                ctx.output(INPUTS, ReportRow.input(new InputStats(name, in.format(), in.lines(), in.eventCount(), in.malformedCount(), in.bytesRead(), "")));
            } catch (Throwable t) { // NOPMD: one input's failure costs only that input, as in Diagnoser
                String why = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
                ctx.output(INPUTS, ReportRow.input(in == null ? new InputStats(name, "", 0, 0, 0, 0, why)
                        : new InputStats(name, in.format(), in.lines(), in.eventCount(), in.malformedCount(), in.bytesRead(), why)));
            } finally {
                if (in != null) {
                    in.close();
                }
            }
        }
    }

    /** {@code hdfs://…}, {@code s3://…}, {@code file:///…}: read through Flink's file systems (its plugins) rather than java.nio. */
    static boolean isUri(String argument) {
        return argument.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    }

    /** Every file under a URI, sorted, as an input name with no local path. */
    private static void listFiles(org.apache.flink.core.fs.Path p, List<String> out) throws java.io.IOException {
        org.apache.flink.core.fs.FileSystem fs = p.getFileSystem();
        org.apache.flink.core.fs.FileStatus status;
        try {
            status = fs.getFileStatus(p);
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalArgumentException("cannot read: " + p + " (no such file or directory)", e);
        }
        if (!status.isDir()) {
            out.add(p.toString() + '\u0000');
            return;
        }
        List<org.apache.flink.core.fs.FileStatus> children = new ArrayList<>(List.of(fs.listStatus(p)));
        children.sort(Comparator.comparing(c -> c.getPath().toString()));
        for (org.apache.flink.core.fs.FileStatus c : children) {
            listFiles(c.getPath(), out);
        }
    }

    /**
     * Emits what the correlator would keep of a parsed input, each event with its read order (its log time,
     * carried forward from the last timed event) and its session key, computed here where the event is at hand.
     * Returns the last log time read ({@code Long.MIN_VALUE} for none).
     */
    static long emit(ParsedInput in, Collector<WireEvent> out) {
        long carried = Long.MIN_VALUE;
        while (in.hasNext()) {
            LogEvent e = in.next();
            if (e.time().isPresent()) {
                carried = e.time().instant().toEpochMilli();
            }
            if (e.isMalformed() || (e.kind() == EventKind.LOG && e.code().isEmpty() && e.keys().isEmpty())) {
                continue; // what the correlator drops: counted per input, never correlated
            }
            WireEvent w = WireEvent.of(e);
            w.order = carried;
            w.sessionKey = SessionKeys.standard().keyOf(e);
            out.collect(w);
        }
        return carried;
    }

    /** A file of a Flink file system (HDFS, S3, … as the cluster's plugins provide them). */
    static ParsedInput openUri(String uri) throws java.io.IOException {
        org.apache.flink.core.fs.Path p = new org.apache.flink.core.fs.Path(uri);
        return Parsers.discover().open(new InputFile(uri, null), p.getFileSystem().open(p), ParserConfig.defaults(), null);
    }

    /** A meeting-and-user event, copied to tell the alias stage which meeting the user is in. */
    private static WireEvent aliasMarker(WireEvent e) {
        WireEvent m = new WireEvent();
        m.keys = java.util.Map.of(CorrelationKeys.USER, e.keys.get(CorrelationKeys.USER), CorrelationKeys.MEETING, e.keys.get(CorrelationKeys.MEETING));
        m.aliasMarker = true;
        return m;
    }

    private static WireEvent withGroup(WireEvent e) {
        String meeting = e.keys.get(CorrelationKeys.MEETING);
        e.group = meeting != null ? CorrelationKeys.MEETING + "=" + meeting : e.sessionKey;
        return e;
    }

    /** What the correlator keeps as the server's context ({@link Correlator#isServerContext}), from what the wire carries. */
    static boolean serverWide(WireEvent e) {
        return Correlator.isServerContext(EventKind.find(e.kind).orElse(EventKind.LOG), Level.valueOf(e.level), SystemId.of(e.system), e.format,
                e.keys, e.attributes);
    }

    /** The correlator's idle timeout: a session with no event for this long closes. */
    static final Duration IDLE = Duration.ofMinutes(10);

    /** How long a group stays open after its last event in STREAMING mode: the correlator's idle timeout and the 32 s grace after a BYE. */
    static final Duration STREAMING_IDLE = IDLE.plusSeconds(32);

    /** When a group closes: at the end of its input (BATCH), or an idle timeout after its latest event (STREAMING). */
    static long closeAt(boolean streaming, ValueState<Long> last, WireEvent e) throws java.io.IOException {
        if (!streaming) {
            return Long.MAX_VALUE;
        }
        long t = Math.max(e.order == Long.MIN_VALUE ? 0 : e.order, last.value() == null ? Long.MIN_VALUE : last.value());
        last.update(t);
        return t + STREAMING_IDLE.toMillis();
    }

    /** Whether a timer is the group's current close (an earlier one is stale once a later event came). */
    static boolean due(boolean streaming, ValueState<Long> last, long timestamp) throws java.io.IOException {
        return !streaming || last.value() == null || timestamp >= last.value() + STREAMING_IDLE.toMillis();
    }

    /** Keyed by user: sends a user's meeting-less events to the meeting another of the user's events names. */
    static final class AliasStage extends KeyedProcessFunction<String, WireEvent, WireEvent> {
        private static final long serialVersionUID = 1L;
        private final boolean streaming;
        private transient ListState<WireEvent> held;
        private transient ValueState<String> meeting;
        private transient ValueState<Long> last;

        AliasStage(boolean streaming) {
            this.streaming = streaming;
        }

        @Override
        public void open(org.apache.flink.api.common.functions.OpenContext ctx) {
            held = getRuntimeContext().getListState(new ListStateDescriptor<>("held", Types.POJO(WireEvent.class)));
            meeting = getRuntimeContext().getState(new ValueStateDescriptor<>("meeting", Types.STRING));
            last = getRuntimeContext().getState(new ValueStateDescriptor<>("last", Types.LONG));
        }

        @Override
        public void processElement(WireEvent e, Context ctx, Collector<WireEvent> out) throws Exception {
            if (e.aliasMarker) {
                if (meeting.value() == null) {
                    meeting.update(e.keys.get(CorrelationKeys.MEETING));
                }
            } else {
                held.add(e);
            }
            ctx.timerService().registerEventTimeTimer(closeAt(streaming, last, e));
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<WireEvent> out) throws Exception {
            if (!due(streaming, last, timestamp)) {
                return; // a later event moved the close
            }
            last.clear();
            String m = meeting.value();
            for (WireEvent e : held.get()) {
                e.group = m != null ? CorrelationKeys.MEETING + "=" + m : e.sessionKey;
                out.collect(e);
            }
            held.clear();
        }
    }

    /** Keyed by group: at the end of the group's input, correlate and judge it as one machine would. */
    static final class JudgeGroup extends KeyedBroadcastProcessFunction<String, WireEvent, WireEvent, ReportRow> {
        private static final long serialVersionUID = 1L;
        private final MapStateDescriptor<String, WireEvent> serverContext;
        private final boolean streaming;
        private transient ListState<WireEvent> held;
        private transient ValueState<Long> last;
        private transient ValueState<Long> bytes;
        private transient ValueState<Long> dropped;
        private transient SessionJudge judge;
        /** The broadcast server events in read order, sorted when a group needs them after a new one arrived. */
        private transient List<WireEvent> server;

        private final long maxBytes;

        JudgeGroup(MapStateDescriptor<String, WireEvent> serverContext, boolean streaming, long maxBytes) {
            this.serverContext = serverContext;
            this.streaming = streaming;
            this.maxBytes = maxBytes;
        }

        @Override
        public void open(org.apache.flink.api.common.functions.OpenContext ctx) {
            held = getRuntimeContext().getListState(new ListStateDescriptor<>("events", Types.POJO(WireEvent.class)));
            last = getRuntimeContext().getState(new ValueStateDescriptor<>("last", Types.LONG));
            bytes = getRuntimeContext().getState(new ValueStateDescriptor<>("bytes", Types.LONG));
            dropped = getRuntimeContext().getState(new ValueStateDescriptor<>("dropped", Types.LONG));
            judge = SessionJudge.standard();
        }

        @Override
        public void processBroadcastElement(WireEvent e, Context ctx, Collector<ReportRow> out) throws Exception {
            ctx.getBroadcastState(serverContext).put(e.source + ":" + e.line + ":" + e.byteOffset, e);
            server = null; // sorted again when a group next needs it: a stream keeps broadcasting
        }

        @Override
        public void processElement(WireEvent e, ReadOnlyContext ctx, Collector<ReportRow> out) throws Exception {
            long size = e.sizeEstimate();
            long now = bytes.value() == null ? 0 : bytes.value();
            if (now + size > maxBytes) {
                dropped.update((dropped.value() == null ? 0 : dropped.value()) + 1); // state is bounded in bytes, as the correlator's is
            } else {
                bytes.update(now + size);
                held.add(e);
            }
            ctx.timerService().registerEventTimeTimer(closeAt(streaming, last, e));
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<ReportRow> out) throws Exception {
            if (!due(streaming, last, timestamp)) {
                return; // a later event moved the close
            }
            last.clear();
            if (dropped.value() != null) {
                out.collect(ReportRow.limit(ctx.getCurrentKey() + ": " + dropped.value() + " events past the " + maxBytes + " bytes a group may hold"));
            }
            bytes.clear();
            dropped.clear();
            List<Tuple2<WireEvent, Boolean>> all = new ArrayList<>();
            java.util.Set<String> own = new java.util.HashSet<>();
            boolean seesContext = false;
            for (WireEvent e : held.get()) {
                all.add(Tuple2.of(e, true));
                own.add(e.source + ":" + e.line + ":" + e.byteOffset);
                seesContext |= Correlator.seesContext(SystemId.of(e.system), e.keys.containsKey(CorrelationKeys.MEETING),
                        () -> Correlator.isWebexRegister(EventKind.find(e.kind).orElse(EventKind.LOG), e.format, e.attributes));
            }
            if (seesContext) { // only some sessions' rules look beyond them: the correlator's own test, per event of the group
                if (server == null) {
                    server = new ArrayList<>();
                    for (var c : ctx.getBroadcastState(serverContext).immutableEntries()) {
                        server.add(c.getValue());
                    }
                    server.sort(READ_ORDER);
                }
                // the correlator keeps the newest CONTEXT_EVENTS server events: only those before the group's
                // first event can still be in view; a session sees what was read until it closed, at the latest
                // when it went idle after its last event (a later user of the server failing alike)
                long first = all.stream().mapToLong(t -> t.f0.order).min().orElse(Long.MIN_VALUE);
                long last = all.stream().mapToLong(t -> t.f0.order).max().orElse(Long.MAX_VALUE - IDLE.toMillis()) + IDLE.toMillis();
                int from = 0;
                while (from < server.size() && server.get(from).order < first) {
                    from++;
                }
                from = Math.max(0, from - Correlator.CONTEXT_EVENTS);
                for (int i = from; i < server.size() && server.get(i).order <= last; i++) {
                    WireEvent c = server.get(i);
                    if (!own.contains(c.source + ":" + c.line + ":" + c.byteOffset)) {
                        all.add(Tuple2.of(c, false));
                    }
                }
            }
            // the order Diagnoser reads in: time (carried forward within a file), then file, then line
            all.sort(Comparator.comparing(t -> t.f0, READ_ORDER));
            Correlator correlator = new Correlator(SessionKeys.standard(), 10_000, 2_000, IDLE, s -> {
                judge.judge(s).findings().forEach(f -> out.collect(ReportRow.finding(FindingRow.of(f))));
                out.collect(ReportRow.session(s));
            });
            for (Tuple2<WireEvent, Boolean> t : all) {
                if (t.f1) {
                    correlator.accept(t.f0.toEvent());
                } else {
                    correlator.acceptContext(t.f0.toEvent());
                }
            }
            correlator.finish();
            held.clear();
        }
    }
}
