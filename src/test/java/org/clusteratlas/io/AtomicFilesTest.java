package org.clusteratlas.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFilesTest {
    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporary(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.csv");
        AtomicFiles.write(f, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void sha256OfAKnownInput(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("abc");
        Files.writeString(f, "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FileDigest.sha256(f));
    }

    @Test
    void plainNumbersHaveNoExponentAndRoundTripAtTheirPrecision() {
        for (double d : new double[] {1e-7, 123456789012.5, 0.1 + 0.2, -3.25, 0, 100.0 / 3}) {
            String s = Numbers.plain(d);
            assertEquals(false, s.contains("E"), s);
            assertEquals(Numbers.round(d), Double.parseDouble(s), "the figure at 1e-9");
            assertEquals(s, Numbers.plain(Double.parseDouble(s)), "written again, the same text");
        }
        assertEquals("2", Numbers.plain(2.0));
        assertEquals("0.3", Numbers.plain(0.1 + 0.2), "binary noise is not written");
        assertEquals("0.0000001", Numbers.plain(1e-7));
    }
}
