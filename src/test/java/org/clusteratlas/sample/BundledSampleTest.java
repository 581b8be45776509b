package org.clusteratlas.sample;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledSampleTest {
    @Test
    void inACheckoutTheSampleIsRelativeToTheProjectRoot() {
        assertEquals(Path.of("sample-data", "world-sample.sqlite"), BundledSample.in(null));
        assertEquals(BundledSample.RELATIVE, BundledSample.in(" "));
        // the tests run from the project root, like mvn javafx:run
        assertTrue(Files.isRegularFile(BundledSample.path()), BundledSample.path().toAbsolutePath().toString());
    }

    @Test
    void installedTheSampleIsInTheAppFolder() {
        Path app = Path.of("/opt/cluster-atlas/lib/app");
        assertEquals(app.resolve("sample-data").resolve("world-sample.sqlite"), BundledSample.in(app.toString()));
    }
}
