package org.clusteratlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * CPU time of each of this JVM's threads, read from {@code /proc/self/task}: user + system ticks, native code
 * included (the software renderer, the JIT compilers and the GC work outside Java frames, where a Java profiler's
 * samples do not see them). Linux only; elsewhere the maps stay empty.
 */
final class ThreadCpu {
    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
    static final long TICKS = 100;

    private ThreadCpu() {
    }

    /** Adds each live thread's ticks into {@code byTask} (by task id) and its name into {@code nameOf}. */
    static void sample(Map<String, Long> byTask, Map<String, String> nameOf) {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(t -> {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] f = stat.substring(close + 2).split(" ");
                    String id = t.getFileName().toString();
                    nameOf.put(id, stat.substring(open + 1, close));
                    byTask.put(id, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between listing and reading
                }
            });
        } catch (IOException ignored) {
            // no /proc: nothing is added
        }
    }
}
