package org.clusteratlas;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up timing for the launch benchmark (docs/benchmarks.md, section install), switched on by the
 * environment variable {@value #VARIABLE}, because the installed launcher takes no JVM options on its command
 * line: {@code trace} prints one line on standard error per step of the start, {@code exit} does the same and
 * ends the window once the first ranking is in its table. Headless commands print their exit.
 *
 * <p>Each line reads {@code startup: STEP at MS ms after JVM start (CPU MS ms)}: the time since the JVM's own
 * start ({@code RuntimeMXBean.getStartTime}) and the CPU time of the whole process so far (all threads: class
 * loading, the JIT and the garbage collector included), so a benchmark on a busy machine can report both.
 */
public final class StartupTrace {
    /** The environment variable: {@code trace} or {@code exit}. */
    public static final String VARIABLE = "CLUSTER_ATLAS_STARTUP";
    /** What starts every line, for the benchmark that reads them. */
    public static final String PREFIX = "startup: ";
    /** The step that the launch target is about (issue 16: launch to the first ranking under 5 s). */
    public static final String FIRST_RANKING = "first ranking in the table";

    private static final String MODE = System.getenv(VARIABLE);
    private static final Pattern LINE =
            Pattern.compile(Pattern.quote(PREFIX) + "(.+) at (\\d+) ms after JVM start \\(CPU (-?\\d+) ms\\)");

    private StartupTrace() {
    }

    /** Whether the steps are printed. */
    public static boolean enabled() {
        return "trace".equals(MODE) || exitAfterFirstRanking();
    }

    /** Whether the window ends once its first ranking is on screen ({@code exit}). */
    public static boolean exitAfterFirstRanking() {
        return "exit".equals(MODE);
    }

    /** Prints the step with the time since the JVM started, when tracing. */
    public static void mark(String step) {
        if (enabled()) {
            print(System.err, step);
        }
    }

    /**
     * When tracing, prints the CPU time of each live Java thread so far, busiest first, and the rest of the
     * process's (the JIT compilers, the garbage collector, the VM): where a start's CPU time went.
     */
    public static void markThreads() {
        if (!enabled()) {
            return;
        }
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> ms = new java.util.HashMap<>();
        long javaMs = 0;
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            long ns = t == null ? -1 : mx.getThreadCpuTime(t.getThreadId());
            if (ns > 0) {
                ms.merge(t.getThreadName().replaceAll("-\\d+$", ""), ns / 1_000_000, Long::sum);
                javaMs += ns / 1_000_000;
            }
        }
        long process = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        StringBuilder line = new StringBuilder("startup threads (CPU ms):");
        ms.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() >= 10)
                .forEach(e -> line.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(','));
        line.append(" JIT, GC and VM ").append(process - javaMs);
        java.util.Map<String, Long> vm = nativeThreadsMs();
        if (!vm.isEmpty()) {
            line.append(" (");
            vm.forEach((k, v) -> line.append(k).append(' ').append(v).append(", "));
            line.setLength(line.length() - 2);
            line.append(')');
        }
        System.err.println(line);
    }

    /**
     * The CPU milliseconds of the JVM's own threads by kind (the JIT's C1 and C2 compilers, the garbage collector, the VM thread), read
     * from Linux's /proc/self/task; empty elsewhere. The JIT is most of a cold start's CPU, and the split says
     * whether a change to the start cut the work or only moved it into the compilers.
     */
    private static java.util.Map<String, Long> nativeThreadsMs() {
        java.util.Map<String, Long> kinds = new java.util.LinkedHashMap<>();
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) {
            return kinds;
        }
        try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path t : (Iterable<java.nio.file.Path>) list::iterator) {
                String stat = java.nio.file.Files.readString(t.resolve("stat"));
                String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String kind = comm.startsWith("C1 Compiler") ? "JIT C1" : comm.startsWith("C2 Compiler") ? "JIT C2"
                        : comm.startsWith("GC Thread") || comm.startsWith("G1 ") ? "GC"
                        : comm.equals("VM Thread") ? "VM thread" : null;
                if (kind != null) {
                    // fields after the name: state is the 1st, utime the 12th and stime the 13th, in clock ticks
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    kinds.merge(kind, ticks * 10, Long::sum); // USER_HZ is 100 on Linux
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return java.util.Map.of(); // a thread ended while being read, or no such files: no split
        }
        return kinds;
    }

    /** When tracing, prints {@code exit} as the JVM shuts down (headless commands: their whole run). */
    public static void markExit() {
        if (enabled()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> print(System.err, "exit"), "startup-trace"));
        }
    }

    static void print(PrintStream out, String step) {
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        out.printf(Locale.ROOT, "%s%s at %d ms after JVM start (CPU %d ms)%n", PREFIX, step, sinceStart, cpu);
        out.flush();
    }

    /** One printed step, read back (the launch benchmark), or null when the line is not one. */
    public static Step parse(String line) {
        Matcher m = LINE.matcher(line);
        return m.matches() ? new Step(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))) : null;
    }

    /** A step, the milliseconds from the JVM's start to it and the process CPU milliseconds until then. */
    public record Step(String name, long sinceJvmStartMs, long cpuMs) {
    }

}
