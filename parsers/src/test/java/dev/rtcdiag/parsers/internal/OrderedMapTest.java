package dev.rtcdiag.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtcdiag.parsers.spi.HeapSized;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SourcePosition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact map behind event keys and attributes and SIP header parameters behaves like the unmodifiable LinkedHashMap it replaced. */
class OrderedMapTest {

    @Test
    void keepsInsertionOrderAndEqualsAnOrdinaryMap() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("status", "486");
        source.put("call-id", "a84b4c76e66710");
        source.put("from", "alice");
        Map<String, String> m = OrderedMap.copyOf(source);
        assertThat(m).containsExactly(Map.entry("status", "486"), Map.entry("call-id", "a84b4c76e66710"), Map.entry("from", "alice"));
        assertThat(m).isEqualTo(source).hasSameHashCodeAs(source);
        assertThat(m.get("from")).isEqualTo("alice");
        assertThat(m.get("to")).isNull();
        assertThat(m.containsKey("status")).isTrue();
        assertThat(m.toString()).isEqualTo(source.toString());
        assertThatThrownBy(() -> m.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(OrderedMap.copyOf(Map.of())).isEmpty();
        assertThat(OrderedMap.copyOf(m)).as("already immutable: kept, not copied").isSameAs(m);
    }

    @Test
    void eventsCarryTheirAttributesInOrder() {
        LogEvent e = LogEvent.builder(new SourcePosition("x.log", 1, 0), "text").attribute("b", "2").attribute("a", "1").key("call-id", "c").build();
        assertThat(e.attributes().keySet()).containsExactly("b", "a");
        assertThat(e.attribute("a")).contains("1");
        assertThat(e.keys()).containsEntry("call-id", "c");
    }

    /** The estimate the correlator's byte budget counts: the same from the compact map as from the entries. */
    @Test
    void anEventsSizeCountsItsTextsMapsAndAPayloadThatKnowsItsOwn() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("status", "486");
        source.put("call-id", "a84b4c76e66710");
        assertThat(OrderedMap.sizeEstimate(OrderedMap.copyOf(source))).isEqualTo(OrderedMap.sizeEstimate(source))
                .isEqualTo(2 * 48 + 2 * ("status486call-ida84b4c76e66710".length()));

        SourcePosition at = new SourcePosition("x.log", 1, 0);
        LogEvent plain = LogEvent.builder(at, "text").message("m").raw("raw line").attribute("status", "486").key("call-id", "a84b4c76e66710").build();
        assertThat(plain.sizeEstimate()).isEqualTo(96 + 2 * ("m".length() + "raw line".length()) + OrderedMap.sizeEstimate(source));
        HeapSized heavy = () -> 100_000;
        LogEvent withPayload = plain.toBuilder().payload(heavy).build();
        assertThat(withPayload.sizeEstimate()).isEqualTo(plain.sizeEstimate() + 100_000);
        assertThat(plain.toBuilder().payload("a payload that does not say its size").build().sizeEstimate()).isEqualTo(plain.sizeEstimate());
    }

    /**
     * The builder's entries against a LinkedHashMap fed the same puts, below and above the size where a hash
     * index takes over: same order, same values (a key put again keeps its place), same size estimate.
     */
    @Test
    void builtEntriesMatchALinkedHashMapFedTheSamePuts() {
        java.util.Random r = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            int distinct = 1 + r.nextInt(round < 100 ? 12 : 90); // half of the rounds past 32 keys
            Map<String, String> expected = new LinkedHashMap<>();
            OrderedMap.Entries entries = new OrderedMap.Entries();
            for (int i = 0, puts = r.nextInt(3 * distinct); i < puts; i++) {
                String k = "k" + r.nextInt(distinct);
                String v = "v".repeat(1 + r.nextInt(4)) + i;
                expected.put(k, v);
                entries.put(k, v);
                assertThat(entries.get(k)).isEqualTo(v);
            }
            Map<String, String> built = entries.build();
            assertThat(built).containsExactlyEntriesOf(expected);
            assertThat(OrderedMap.sizeEstimate(built)).isEqualTo(OrderedMap.sizeEstimate(expected));
            assertThat(entries.get("absent")).isNull();
        }
    }

    /** SIP header parameters keep the first value of a name: putIfAbsent against a LinkedHashMap's, below and past the hash index. */
    @Test
    void putIfAbsentMatchesALinkedHashMap() {
        java.util.Random r = new java.util.Random(3261);
        for (int round = 0; round < 200; round++) {
            int distinct = 1 + r.nextInt(round < 100 ? 12 : 90);
            Map<String, String> expected = new LinkedHashMap<>();
            OrderedMap.Entries entries = new OrderedMap.Entries();
            for (int i = 0, puts = r.nextInt(3 * distinct); i < puts; i++) {
                String k = "k" + r.nextInt(distinct);
                expected.putIfAbsent(k, "v" + i);
                entries.putIfAbsent(k, "v" + i);
            }
            Map<String, String> built = entries.build();
            assertThat(built).containsExactlyEntriesOf(expected);
            assertThat(built).isEqualTo(expected).hasSameHashCodeAs(expected);
            assertThat(built.toString()).isEqualTo(expected.toString());
        }
    }
}
