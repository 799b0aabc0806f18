package dev.rtcdiag.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** An I/O error says why, not only where (the file system exceptions' message is the path). */
class IoErrorsTest {

    @Test
    void everyKindOfFailureSaysWhy() {
        assertThat(IoErrors.reason(new NoSuchFileException("/x/y"))).isEqualTo("no such file or directory");
        assertThat(IoErrors.reason(new AccessDeniedException("/x/y"))).isEqualTo("permission denied");
        assertThat(IoErrors.reason(new DirectoryNotEmptyException("/x/y"))).isEqualTo("a directory or file is in the way");
        assertThat(IoErrors.reason(new FileSystemException("/x/y", null, "Read-only file system"))).isEqualTo("Read-only file system");
        assertThat(IoErrors.reason(new FileSystemException("/x/y"))).contains("refused").doesNotContain("/x/y");
        assertThat(IoErrors.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
        assertThat(IoErrors.reason(new IOException())).isEqualTo("IOException");
    }
}
