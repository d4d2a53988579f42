package dev.aerie.runtime.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.internal.http.Http;
import dev.aerie.runtime.internal.http.HttpApplication;
import dev.aerie.runtime.internal.http.handwritten.BooksController;
import dev.aerie.runtime.internal.http.handwritten.HandwrittenApp_Http;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    MapContainer container;

    Launcher launcher() {
        return new Launcher(() -> container = new MapContainer(
                Map.of(HttpApplication.class, new HandwrittenApp_Http(new BooksController(), List.of()))),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void routesListsEveryRouteAndClosesTheContainer() {
        Launcher.Result result = launcher().run(List.of("routes"));
        assertEquals(0, result.exitStatus());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("METHOD  PATH "), text);
        assertTrue(text.lines().anyMatch(line -> line.matches("POST +/books +BooksController\\.create\\(Book\\) +Book")), text);
        assertTrue(text.lines().anyMatch(line -> line.matches("GET +/books/\\{id} +BooksController\\.get\\(long\\) +-")), text);
        assertEquals(List.of("started", "closed"), container.log);
    }

    @Test
    void unknownCommandsListTheKnownOnes() {
        Launcher.Result result = launcher().run(List.of("nope"));
        assertEquals(2, result.exitStatus());
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Unknown command 'nope'"), text);
        assertTrue(text.contains("routes "), text);
        assertEquals(null, container, "no container for an unknown command");
    }

    @Test
    void withoutACommandItServesOnTheConfiguredPortAndPrintsTheUrl() throws Exception {
        Launcher.Result result = launcher().run(List.of("--server.port=0", "--server.host=127.0.0.1"));
        try {
            int port = result.server().orElseThrow().port();
            assertEquals("Aerie is serving on http://127.0.0.1:" + port + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
            assertEquals(404, new Http(port).get("/books/404").statusCode());
        } finally {
            result.server().orElseThrow().stop();
        }
    }

    @Test
    void aBusyPortIsOneLineAndExitStatusOneNotAServerWithoutAPort() throws Exception {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            Launcher.Result result = launcher().run(List.of("--server.port=" + busy.getLocalPort(), "--server.host=127.0.0.1"));
            assertEquals(1, result.exitStatus());
            assertTrue(result.server().isEmpty());
            assertEquals("", out.toString(StandardCharsets.UTF_8), "no 'serving' line");
            String text = err.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("Cannot listen on 127.0.0.1:" + busy.getLocalPort() + " "), text);
            assertTrue(text.contains("server.port"), text);
            assertEquals(List.of("started", "closed"), container.log, "the container is closed again");
        }
    }
}
