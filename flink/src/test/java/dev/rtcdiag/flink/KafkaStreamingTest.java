package dev.rtcdiag.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.core.Diagnoser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * STREAMING mode against a real Kafka broker: Apache Kafka's own KRaft broker (from Maven Central),
 * started by this test as a child process on 127.0.0.1, one topic of two partitions per example case,
 * each log file one record keyed by its name. The job reads with a watermark per reader and idleness,
 * judges groups as they go quiet, and finds what {@code Diagnoser} finds in the same files.
 */
class KafkaStreamingTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @TempDir
    static Path dir;

    static Process broker;
    static String bootstrap;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @BeforeAll
    static void startBroker() throws Exception {
        int port = freePort();
        int controller = freePort();
        bootstrap = "127.0.0.1:" + port;
        Path config = dir.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller", "node.id=1", "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port, "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT", "log.dirs=" + dir.resolve("data"),
                "offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0", "num.partitions=2") + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Process format = new ProcessBuilder(java, "-cp", cp, "kafka.tools.StorageTool", "format", "-t", UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                "-c", config.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start();
        assertThat(format.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(format.exitValue()).as(Files.readString(dir.resolve("format.log"))).isZero();
        broker = new ProcessBuilder(java, "-Xmx512m", "-cp", cp, "kafka.Kafka", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("broker.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException notYet) {
                assertThat(broker.isAlive()).as("broker: %s", Files.readString(dir.resolve("broker.log"))).isTrue();
                assertThat(System.nanoTime()).as("broker listening within 60 s").isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    @AfterAll
    static void stopBroker() throws InterruptedException {
        if (broker != null) {
            broker.destroy();
            if (!broker.waitFor(20, TimeUnit.SECONDS)) {
                broker.destroyForcibly();
            }
        }
    }

    static Stream<Arguments> examples() throws IOException {
        return EquivalenceTest.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void streamingFromKafkaFindsWhatDiagnoserFinds(List<Path> inputs) throws Exception {
        String topic = "logs-" + UUID.randomUUID();
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        p.put("key.serializer", ByteArraySerializer.class.getName());
        p.put("value.serializer", ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            for (Path in : inputs) {
                producer.send(new ProducerRecord<>(topic, in.toString().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(in))).get(30, TimeUnit.SECONDS);
            }
        }
        List<String> single = EquivalenceTest.render(Diagnoser.builder().build().diagnose(inputs).findings());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        List<String> streamed = EquivalenceTest.render(KafkaInput.runBounded(env, bootstrap, topic).findings());
        assertThat(streamed).containsExactlyElementsOf(single);
    }

    /**
     * Live: the job reads on without end and writes each finding as a line of JSON when its session goes
     * quiet, that is when a later block (here a heartbeat line on each partition) moves the watermark past it.
     */
    @org.junit.jupiter.api.Test
    void followingATopicWritesFindingsAsTheyCome(@TempDir Path out) throws Exception {
        String topic = "live-" + UUID.randomUUID();
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        KafkaInput.follow(env, bootstrap, topic, out, dev.rtcdiag.catalog.Language.EN);
        org.apache.flink.core.execution.JobClient job = env.executeAsync("follow");
        try {
            p.put("key.serializer", ByteArraySerializer.class.getName());
            p.put("value.serializer", ByteArraySerializer.class.getName());
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
                for (String log : List.of("../examples/logs/sip/sipp-busy.log", "../examples/logs/sip/asterisk-wrong-password.log")) {
                    producer.send(new ProducerRecord<>(topic, log.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(Path.of(log)))).get(30, TimeUnit.SECONDS);
                }
                for (int partition = 0; partition < 2; partition++) {
                    producer.send(new ProducerRecord<>(topic, partition, "heartbeat".getBytes(StandardCharsets.UTF_8),
                            "2030-01-01 00:00:00 INFO heartbeat\n".getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            String lines = "";
            while (System.nanoTime() < deadline && !(lines.contains("sip.auth-failed") && lines.contains("sip.callee-busy"))) {
                Thread.sleep(500);
                try (Stream<Path> files = Files.walk(out)) {
                    StringBuilder all = new StringBuilder();
                    for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                        all.append(Files.readString(f));
                    }
                    lines = all.toString();
                }
            }
            assertThat(lines).contains("\"cause\":\"sip.auth-failed\"").contains("\"cause\":\"sip.callee-busy\"");
            for (String line : lines.split("\n")) {
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("evidence")).isNotEmpty();
            }
        } finally {
            job.cancel().get(30, TimeUnit.SECONDS);
        }
    }
}
