package dev.rtcdiag.flink;

import dev.rtcdiag.core.Finding;
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

    private KafkaInput() {
    }

    /**
     * Reads {@code topic} from its earliest offsets to those that are the latest when the job starts, and
     * returns the findings; a live deployment reads on (the same pipeline, unbounded).
     */
    public static dev.rtcdiag.core.Diagnosis runBounded(StreamExecutionEnvironment env, String bootstrap, String topic) throws Exception {
        env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        KafkaSource<Tuple2<String, byte[]>> source = KafkaSource.<Tuple2<String, byte[]>>builder()
                .setBootstrapServers(bootstrap).setTopics(topic).setGroupId("rtcdiag-" + topic)
                .setStartingOffsets(OffsetsInitializer.earliest()).setBounded(OffsetsInitializer.latest())
                .setDeserializer(new Blocks()).build();
        DataStream<WireEvent> events = env.fromSource(source, WatermarkStrategy.noWatermarks(), "kafka " + topic)
                .flatMap(new ParseBlock()).name("parse")
                .assignTimestampsAndWatermarks(WatermarkStrategy.<WireEvent>forBoundedOutOfOrderness(OUT_OF_ORDER)
                        .withTimestampAssigner((e, t) -> e.order == Long.MIN_VALUE ? 0 : e.order)
                        .withIdleness(Duration.ofSeconds(30)));
        return FlinkDiagnosis.collect(FlinkDiagnosis.judged(events, true));
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
        public void flatMap(Tuple2<String, byte[]> block, Collector<WireEvent> out) throws Exception {
            try (ParsedInput in = Parsers.discover().open(new InputFile(block.f0, null), new ByteArrayInputStream(block.f1), ParserConfig.defaults(), null)) {
                FlinkDiagnosis.emit(in, out);
            }
        }
    }
}
