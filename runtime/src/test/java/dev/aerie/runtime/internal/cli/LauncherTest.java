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
        return launcher(new BooksController());
    }

    Launcher launcher(BooksController books) {
        return new Launcher(() -> container = new MapContainer(
                Map.of(HttpApplication.class, new HandwrittenApp_Http(books, List.of()))),
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
    void bindingEveryInterfacePrintsTheRealAddressNotLocalhost() throws Exception {
        Launcher.Result result = launcher().run(List.of("--server.port=0", "--server.host=0.0.0.0"));
        try {
            int port = result.server().orElseThrow().port();
            assertEquals("Aerie is serving on http://0.0.0.0:" + port + " (every interface)" + System.lineSeparator(),
                    out.toString(StandardCharsets.UTF_8));
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

    @Test
    void trainServesItsRoutesOnAFreeLoopbackPortAndStops() {
        BooksController books = new BooksController();
        books.slowRelease.countDown(); // GET /books/slow answers at once
        Launcher.Result result = launcher(books).run(List.of("train", "--aot.training-rounds=3"));
        assertEquals(0, result.exitStatus(), err.toString(StandardCharsets.UTF_8));
        assertTrue(result.server().isEmpty(), "train returns when done: the JVM exits and writes the cache");
        String text = out.toString(StandardCharsets.UTF_8);
        // /health/live, /health/ready, /openapi.json and the app's GET routes without path variables, 3 rounds
        java.util.regex.Matcher trained = java.util.regex.Pattern
                .compile("Trained on (\\d+) requests \\((\\d+) paths, 3 rounds\\); statuses \\{200=(\\d+)").matcher(text);
        assertTrue(trained.find(), text);
        assertTrue(Integer.parseInt(trained.group(2)) >= 3, text);
        assertEquals(3 * Integer.parseInt(trained.group(2)), Integer.parseInt(trained.group(1)), text);
        assertTrue(Integer.parseInt(trained.group(3)) >= 6, "the health routes answered 200: " + text);
        assertEquals(List.of("started", "closed"), container.log);
    }

    @Test
    void trainingUsesAnInMemoryDatabaseUnlessOneIsConfigured() {
        var train = new dev.aerie.runtime.internal.http.TrainCommand();
        List<String> unconfigured = train.settings(dev.aerie.runtime.config.AerieConfig.of(Map.of()));
        assertEquals("--server.port=0", unconfigured.get(0));
        assertEquals("--server.host=127.0.0.1", unconfigured.get(1));
        assertTrue(unconfigured.get(2).startsWith("--db.url=jdbc:h2:mem:"), unconfigured.toString());
        assertEquals(List.of("--server.port=0", "--server.host=127.0.0.1"),
                train.settings(dev.aerie.runtime.config.AerieConfig.of(Map.of("db.url", "jdbc:postgresql://db/app"))));
    }
}
