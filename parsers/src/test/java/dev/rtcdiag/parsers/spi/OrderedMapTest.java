package dev.rtcdiag.parsers.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact map behind event keys and attributes behaves like the unmodifiable LinkedHashMap it replaced. */
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
    }

    @Test
    void eventsCarryTheirAttributesInOrder() {
        LogEvent e = LogEvent.builder(new SourcePosition("x.log", 1, 0), "text").attribute("b", "2").attribute("a", "1").key("call-id", "c").build();
        assertThat(e.attributes().keySet()).containsExactly("b", "a");
        assertThat(e.attribute("a")).contains("1");
        assertThat(e.keys()).containsEntry("call-id", "c");
    }
}
