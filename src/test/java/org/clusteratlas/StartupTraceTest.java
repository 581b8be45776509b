package org.clusteratlas;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up line as the app prints it is the line the launch benchmark reads back. */
class StartupTraceTest {
    @Test
    void aPrintedStepReadsBackWithItsTimes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StartupTrace.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), StartupTrace.FIRST_RANKING);
        String line = bytes.toString(StandardCharsets.UTF_8).strip();
        StartupTrace.Step step = StartupTrace.parse(line);
        assertEquals(StartupTrace.FIRST_RANKING, step.name(), line);
        assertTrue(step.sinceJvmStartMs() > 0 && step.sinceJvmStartMs() < 3_600_000, line);
        assertTrue(step.cpuMs() > 0, line); // this JVM has run the tests so far
    }

    @Test
    void otherLinesAreNoSteps() {
        assertNull(StartupTrace.parse("Picked up JAVA_TOOL_OPTIONS: -Xshare:off"));
        assertNull(StartupTrace.parse("startup: exit at soon"));
    }
}
