package dev.aerie.runtime.internal;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Where the start-up time goes, printed only when the JVM runs with {@code -Daerie.startup.trace=true}
 * (in {@code JAVA_OPTS} for the launcher): one line on standard error per phase reached, with the
 * time since the JVM started, the time since the previous phase, and the CPU time of the whole
 * process so far (every thread: the JIT compilers and GC included). Off, a phase costs one
 * boolean test. For Aerie's own modules; not an API.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("aerie.startup.trace");
    private static final PrintStream OUT = System.err;
    private static long previousMillis;
    private static long firstMarkNanos;
    private static long firstMarkUptime;
    private static boolean firstResponse;

    private StartupTrace() {}

    /** Whether the trace is on. */
    public static boolean on() {
        return ON;
    }

    /** Prints that start-up reached {@code phase}, when the trace is on. */
    public static void mark(String phase) {
        if (ON) {
            print(phase);
        }
    }

    /** Marks the first response of the process once, when the trace is on. */
    public static void firstResponse(String what) {
        if (ON) {
            synchronized (StartupTrace.class) {
                if (firstResponse) {
                    return;
                }
                firstResponse = true;
            }
            print("first response: " + what);
        }
    }

    private static synchronized void print(String phase) {
        if (firstMarkNanos == 0) {
            // once, and only with the trace on: the JVM's uptime at the first mark (java.management)
            firstMarkUptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            firstMarkNanos = System.nanoTime();
        }
        long sinceStart = firstMarkUptime + (System.nanoTime() - firstMarkNanos) / 1_000_000;
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        OUT.printf("aerie startup: %6d ms (+%4d) cpu %5d ms  %s%n", sinceStart, sinceStart - previousMillis, cpu, phase);
        previousMillis = sinceStart;
    }
}
