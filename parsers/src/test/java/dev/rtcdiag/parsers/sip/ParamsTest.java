package dev.rtcdiag.parsers.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Params} replaced a {@code LinkedHashMap} filled by {@code putIfAbsent}: it must read the same, below and past its scan limit. */
class ParamsTest {

    @Test
    void readsAsALinkedHashMapFilledTheSameWay() {
        Random random = new Random(3261);
        for (int round = 0; round < 2_000; round++) {
            int count = random.nextInt(3 * Params.SMALL);
            Params.Builder params = new Params.Builder();
            Map<String, String> reference = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = "p" + random.nextInt(2 * Params.SMALL); // repeated names: the first value stays
                String value = "v" + i;
                params.putIfAbsent(name, value);
                reference.putIfAbsent(name, value);
            }
            Map<String, String> built = params.build();
            assertThat(built).isEqualTo(reference);
            assertThat(reference).isEqualTo(built);
            assertThat(built.hashCode()).isEqualTo(reference.hashCode());
            assertThat(new ArrayList<>(built.entrySet())).containsExactlyElementsOf(reference.entrySet());
            assertThat(built.toString()).isEqualTo(reference.toString());
            for (int n = 0; n < 2 * Params.SMALL; n++) {
                assertThat(built.get("p" + n)).isEqualTo(reference.get("p" + n));
                assertThat(built.containsKey("p" + n)).isEqualTo(reference.containsKey("p" + n));
            }
        }
    }

    @Test
    void cannotBeChanged() {
        Params.Builder b = new Params.Builder();
        b.putIfAbsent("tag", "1");
        Map<String, String> params = b.build();
        assertThatThrownBy(() -> params.put("tag", "2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> params.entrySet().iterator().next().setValue("2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> params.keySet().remove("tag")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(params).containsExactly(Map.entry("tag", "1"));
    }

    @Test
    void aViaWithManyParametersKeepsTheFirstOfEach() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            parts.add("x" + (i % 300) + "=" + i);
        }
        SipMessage m = SipParser.parse("OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1;" + String.join(";", parts)
                + "\r\nCall-ID: c\r\nCSeq: 1 OPTIONS\r\nFrom: <sip:a@b>;tag=1\r\nTo: <sip:a@b>\r\nContent-Length: 0\r\n\r\n");
        Map<String, String> params = m.vias().get(0).params();
        assertThat(params).hasSize(301);
        assertThat(params.get("x299")).isEqualTo("299");
        assertThat(params.get("x0")).isEqualTo("0");
        assertThat(params.keySet()).startsWith("branch", "x0", "x1");
        assertThat(m.vias().get(0).branch()).contains("z9hG4bK1");
    }
}
