package dev.rtcdiag.parsers.internal.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The VoxEngine parameter notation on the shapes seen in real session logs (research/bitrix-voximplant.md §1.4–1.5). */
class VoxParamsTest {

    @Test
    void eventEnvelopeWithNestedObjectsArraysEmptyValuesAndNull() {
        Object t = VoxParams.parse("[{name = Call.Disconnected ; id = 5FA0.1 ; headers = {Reason = [MVTSLocal;cause=10;text=\"BYE received\" ;  "
                + "Q.850;cause=16;text=\"Normal call clearing\" ;  ] ; } ; displayName =  ; customData = NULL ; duration = 105 ; "
                + "cost = 0.545996 ; internalCode = 10 ; reason = BYE received ; } ;  ]");
        assertThat(VoxParams.text(t, "name")).contains("Call.Disconnected");
        assertThat(VoxParams.find(t, "headers", "Reason")).get().isEqualTo(List.of("MVTSLocal;cause=10;text=\"BYE received\"",
                "Q.850;cause=16;text=\"Normal call clearing\""));
        assertThat(VoxParams.find(t, "displayName")).contains("");
        assertThat(VoxParams.find(t, "customData")).contains(VoxParams.NULL);
        assertThat(VoxParams.text(t, "customData")).isEmpty();
        assertThat(VoxParams.text(t, "reason")).contains("BYE received");
        assertThat(VoxParams.text(t, "duration")).contains("105");
    }

    @Test
    void semicolonsWithoutASpaceBeforeThemBelongToTheValue() {
        Object t = VoxParams.parse("[{headers = {Reason = Q.850;cause=16 ; } ; } ;  ]");
        assertThat(VoxParams.text(t, "headers", "Reason")).contains("Q.850;cause=16");
    }

    @Test
    void quotedTextMayHoldSeparatorsAndBrackets() {
        Object t = VoxParams.parse("{msg = \"a ; b } c ]\" ; next = x ; }");
        assertThat(t).isEqualTo(Map.of("msg", "\"a ; b } c ]\"", "next", "x"));
    }

    @Test
    void storageRequestsAndScalarArrays() {
        Object t = VoxParams.parse("[{key = X } ;  ]");
        assertThat(VoxParams.text(t, "key")).contains("X");
        assertThat(VoxParams.parse("[5FA0EDE8C24FAAE7.1778652312.21372297]")).isEqualTo(List.of("5FA0EDE8C24FAAE7.1778652312.21372297"));
        assertThat(VoxParams.parse("{CpuMillis = 61 ; }")).isEqualTo(Map.of("CpuMillis", "61"));
        assertThat(VoxParams.parse("void")).isEqualTo("void");
    }

    @Test
    void brokenInputGivesAPartialTreeNeverAnException() {
        for (String s : new String[] {"", "[", "{", "{a = ", "{a = [b ; {c = ", "]]]}}} ; ;", "{ = ; = }", "[".repeat(10_000), "{a = \"unterminated ; }", "{]", "{a = b ]]] ; }", "[{]}]"}) {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> VoxParams.parse(s));
        }
        assertThat(VoxParams.text(VoxParams.parse("{name = Call.Failed ; code = 486 ; reason = Busy "), "code")).contains("486");
    }
}
