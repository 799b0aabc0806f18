package dev.rtcdiag.parsers.internal.bitrix;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** Jazzer target for the VoxEngine parameter notation: any text gives a tree, never an exception or a hang. */
class VoxParamsFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] data) {
        Object tree = VoxParams.parse(new String(data, StandardCharsets.UTF_8));
        VoxParams.text(tree, "name");
        VoxParams.text(tree, "headers", "Reason");
        VoxParams.render(tree);
    }
}
