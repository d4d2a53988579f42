package dev.aerie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a child process to completion and reports what a benchmark needs of it. */
public final class Processes {
    // bash's `times` after the child exits: its second line is the children's user and system time
    private static final String TIMED = "\"$@\"; rc=$?; echo BENCH_TIMES >&2; times >&2; exit $rc";
    private static final Pattern TIMES = Pattern.compile(
            "BENCH_TIMES\\R[^\\n]*\\R(\\d+)m([0-9.]+)s (\\d+)m([0-9.]+)s\\s*\\z");

    private Processes() {}

    /**
     * A finished process: wall time from start to exit, CPU time (user + system) it used, exit code
     * and combined output. On a shared 2-core machine the CPU time is the steadier of the two.
     */
    public record Run(long wallNanos, long cpuNanos, int exitCode, String output) {
        public Run requireSuccess(List<String> command) {
            if (exitCode != 0) {
                throw new IllegalStateException("exit " + exitCode + " from " + String.join(" ", command)
                        + "\n" + output);
            }
            return this;
        }
    }

    public static Run run(List<String> command, Path workDir) {
        List<String> wrapped = new ArrayList<>(List.of("bash", "-c", TIMED, "bench"));
        wrapped.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(wrapped).directory(workDir.toFile()).redirectErrorStream(true);
        try {
            long start = System.nanoTime();
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            int exit = process.waitFor();
            long end = System.nanoTime();
            String text = new String(out, StandardCharsets.UTF_8);
            Matcher times = TIMES.matcher(text);
            if (!times.find()) {
                throw new IllegalStateException("no CPU times after " + command.get(0) + ":\n" + text);
            }
            long cpu = Math.round((Integer.parseInt(times.group(1)) * 60 + Double.parseDouble(times.group(2))
                    + Integer.parseInt(times.group(3)) * 60 + Double.parseDouble(times.group(4))) * 1e9);
            return new Run(end - start, cpu, exit, text.substring(0, times.start()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command.get(0), e);
        }
    }
}
