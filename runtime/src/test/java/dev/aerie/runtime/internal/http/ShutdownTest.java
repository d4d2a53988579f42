package dev.aerie.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The application in its own JVM, stopped with SIGTERM: start hooks run before the port opens,
 * in-flight requests finish, then the stop hooks run.
 */
class ShutdownTest {

    @Test
    void sigtermFinishesInFlightRequestsThenRunsStopHooks() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.aerie.runtime.internal.http.app.Main", "--server.port=0", "--server.host=127.0.0.1")
                .redirectErrorStream(true).start();
        try {
            List<String> lines = new CopyOnWriteArrayList<>();
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Thread reader = Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                    Pattern serving = Pattern.compile("Aerie is serving on http://127\\.0\\.0\\.1:(\\d+)");
                    for (String line; (line = out.readLine()) != null; ) {
                        lines.add(line);
                        Matcher m = serving.matcher(line);
                        if (m.find()) {
                            port.complete(Integer.parseInt(m.group(1)));
                        }
                    }
                } catch (java.io.IOException e) {
                    port.completeExceptionally(e);
                }
            });
            Http http = new Http(port.get(60, TimeUnit.SECONDS));
            assertTrue(lines.indexOf("on-start") >= 0 && lines.indexOf("on-start") < indexStarting(lines, "Aerie is serving"),
                    "start hooks before the server: " + lines);

            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return http.get("/slow?ms=1500");
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            for (int i = 0; i < 500 && !lines.contains("slow started"); i++) {
                Thread.sleep(10);
            }
            app.toHandle().destroy(); // SIGTERM (Process.destroy would also close the output we read)

            HttpResponse<String> response = slow.get(30, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
            assertEquals("slept 1500 true", response.body());
            assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the JVM exits");
            reader.join(5000);
            assertTrue(lines.indexOf("slow done") >= 0 && lines.indexOf("slow done") < lines.indexOf("on-stop"),
                    "the in-flight request finished before the stop hooks: " + lines);
        } finally {
            app.destroyForcibly();
        }
    }

    private static int indexStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
