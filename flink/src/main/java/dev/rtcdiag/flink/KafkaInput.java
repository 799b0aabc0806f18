package dev.rtcdiag.flink;

import dev.rtcdiag.core.Finding;
import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.KnowledgeBase;
import dev.rtcdiag.core.Redactor;
import dev.rtcdiag.core.report.JsonReport;
import dev.rtcdiag.core.report.ReportOptions;
import dev.rtcdiag.parsers.InputFile;
import dev.rtcdiag.parsers.ParsedInput;
import dev.rtcdiag.parsers.Parsers;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

/**
 * Logs from a Kafka topic, in STREAMING mode: each record's key names its source (a server's log file)
 * and its value is a block of that log, whole records only (what a log shipper sends). One partition per
 * server keeps a source's blocks in order; each block is parsed where it is read, so the watermark follows
 * the log times of each partition's reader, and groups are judged as their sessions go quiet.
 */
public final class KafkaInput {

    /** How far log times may run backwards within a partition before an event counts as late. */
    static final Duration OUT_OF_ORDER = Duration.ofMinutes(1);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KafkaInput.class);

    private KafkaInput() {
    }

    /**
     * Reads {@code topic} from its earliest offsets to those that are the latest when the job starts, and
     * returns the findings; a live deployment reads on (the same pipeline, unbounded).
     */
    public static dev.rtcdiag.core.Diagnosis runBounded(StreamExecutionEnvironment env, String bootstrap, String topic) throws Exception {
        return FlinkDiagnosis.collect(FlinkDiagnosis.judged(events(env, bootstrap, topic, true), true));
    }

    /**
     * Builds the job that reads {@code topic} on without end and writes each finding, redacted, as a line
     * of JSON under {@code output} (Flink's file sink: part files, committed at each checkpoint, every 10 s).
     * {@code env.execute()} or {@code executeAsync()} runs it.
     */
    public static void follow(StreamExecutionEnvironment env, String bootstrap, String topic, java.nio.file.Path output, Language language) {
        env.enableCheckpointing(10_000);
        // a part file per checkpoint, committed when it completes: findings appear within a checkpoint interval
        FileSink<String> sink = FileSink.forRowFormat(new org.apache.flink.core.fs.Path(output.toUri()), new SimpleStringEncoder<String>())
                .withRollingPolicy(org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy.build()).build();
        FlinkDiagnosis.judged(events(env, bootstrap, topic, false), true)
                .filter(r -> r.kind.equals("finding")).name("findings")
                .map(r -> JsonReport.line(r.finding.toFinding(KnowledgeBase.standard()), new ReportOptions(language, Redactor.standard(), "flink")))
                .name("json-lines")
                .sinkTo(sink).name("findings.jsonl");
    }

    /** The parsed events of a topic, with a watermark per reader from the log times it parses. */
    static DataStream<WireEvent> events(StreamExecutionEnvironment env, String bootstrap, String topic, boolean bounded) {
        env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        var builder = KafkaSource.<Tuple2<String, byte[]>>builder()
                .setBootstrapServers(bootstrap).setTopics(topic).setGroupId("rtcdiag-" + topic)
                .setStartingOffsets(OffsetsInitializer.earliest()).setDeserializer(new Blocks());
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "kafka " + topic)
                .flatMap(new ParseBlock()).name("parse")
                .assignTimestampsAndWatermarks(WatermarkStrategy.<WireEvent>forBoundedOutOfOrderness(OUT_OF_ORDER)
                        .withTimestampAssigner((e, t) -> e.order == Long.MIN_VALUE ? 0 : e.order)
                        .withIdleness(Duration.ofSeconds(30)))
                .filter(e -> !e.tick).name("events");
    }

    /** A record: its key (the source) and value (a block of that log). */
    static final class Blocks implements KafkaRecordDeserializationSchema<Tuple2<String, byte[]>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void deserialize(org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]> record, Collector<Tuple2<String, byte[]>> out) {
            String source = record.key() == null ? record.topic() + "-" + record.partition() : new String(record.key(), StandardCharsets.UTF_8);
            out.collect(Tuple2.of(source, record.value() == null ? new byte[0] : record.value()));
        }

        @Override
        public TypeInformation<Tuple2<String, byte[]>> getProducedType() {
            return Types.TUPLE(Types.STRING, Types.PRIMITIVE_ARRAY(Types.BYTE));
        }
    }

    /** Parses a block as an input of its own, named by its source. */
    static final class ParseBlock implements FlatMapFunction<Tuple2<String, byte[]>, WireEvent> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Tuple2<String, byte[]> block, Collector<WireEvent> out) {
            try (ParsedInput in = Parsers.discover().open(new InputFile(block.f0, null), new ByteArrayInputStream(block.f1), ParserConfig.defaults(), null)) {
                long carried = FlinkDiagnosis.emit(in, out);
                if (carried != Long.MIN_VALUE) {
                    // the block's time, even when every line of it was dropped: a quiet server's heartbeat still moves its watermark
                    WireEvent tick = new WireEvent();
                    tick.tick = true;
                    tick.order = carried;
                    out.collect(tick);
                }
            } catch (Throwable t) { // NOPMD: a block that breaks its parser costs only itself; a live job must not stop for it
                LOG.warn("a block of {} could not be read and was skipped: {}", block.f0, t.toString());
            }
        }
    }
}
