package org.clusteratlas.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppInvocationTest {
    private static final Path JAVA_HOME = Path.of("/opt/jdk");
    private static final String JAVA = JAVA_HOME.resolve("bin").resolve(File.separatorChar == '\\' ? "java.exe" : "java")
            .toString();

    @Test
    void aJpackageLauncherIsStartedByItsOwnPath() {
        assertEquals(List.of("/opt/cluster-atlas/bin/cluster-atlas"),
                AppInvocation.of("/opt/cluster-atlas/bin/cluster-atlas", Path.of("/x/app.jar"), JAVA_HOME, ""));
    }

    @Test
    void aJarIsStartedByTheRunningJavaWithItsAbsolutePath(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("cluster atlas #1.jar"));
        assertEquals(List.of(JAVA, "-jar", jar.toAbsolutePath().toString()),
                AppInvocation.of(null, jar, JAVA_HOME, "ignored.jar"));
        assertEquals(List.of(JAVA, "-jar", jar.toAbsolutePath().toString()),
                AppInvocation.of(" ", jar, JAVA_HOME, ""), "a blank property is no launcher");
    }

    @Test
    void classesInAFolderAreStartedWithTheAbsoluteClassPath(@TempDir Path dir) {
        List<String> c = AppInvocation.of(null, dir, JAVA_HOME, "target/classes" + File.pathSeparator + "lib/a.jar");
        assertEquals(JAVA, c.get(0));
        assertEquals("-cp", c.get(1));
        assertEquals(Path.of("target/classes").toAbsolutePath() + File.pathSeparator
                + Path.of("lib/a.jar").toAbsolutePath(), c.get(2));
        assertEquals("org.clusteratlas.Main", c.get(3));
    }

    @Test
    void theRunningProcessHasAnAbsoluteCommand() {
        List<String> c = AppInvocation.command();
        assertTrue(Path.of(c.get(0)).isAbsolute(), c.toString());
    }
}
