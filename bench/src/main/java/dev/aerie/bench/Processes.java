package dev.aerie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs a child process to completion and reports what a benchmark needs of it. */
public final class Processes {
    private Processes() {}

    /** A finished process: its wall time from start to exit, exit code and combined output. */
    public record Run(long wallNanos, int exitCode, String output) {
        public Run requireSuccess(List<String> command) {
            if (exitCode != 0) {
                throw new IllegalStateException("exit " + exitCode + " from " + String.join(" ", command)
                        + "\n" + output);
            }
            return this;
        }
    }

    public static Run run(List<String> command, Path workDir) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        try {
            long start = System.nanoTime();
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            int exit = process.waitFor();
            long end = System.nanoTime();
            return new Run(end - start, exit, new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command.get(0), e);
        }
    }
}
