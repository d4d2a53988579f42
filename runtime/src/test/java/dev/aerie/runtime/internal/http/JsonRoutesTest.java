package dev.aerie.runtime.internal.http;

import static dev.aerie.runtime.internal.http.HttpPipelineTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.app.HttpAppModule;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JSON bodies and results of generated routes ({@code BooksController} of the test application), over real HTTP. */
class JsonRoutesTest {
    static Container container;
    static AerieServer server;
    static Http http;

    @BeforeAll
    static void start() {
        container = Aerie.create(HttpAppModule.class);
        server = AerieServer.start(container, AerieConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1",
                "server.max-payload-size", "4096")));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        container.close();
    }

    static long idOf(HttpResponse<String> created) {
        return Long.parseLong(created.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
    }

    @Test
    void createReadReplaceDelete() throws Exception {
        HttpResponse<String> created = http.json("POST", "/books", "{\"title\":\"Dune\",\"author\":\"Herbert\",\"year\":1965}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("application/json", created.headers().firstValue("Content-Type").orElseThrow());
        long id = idOf(created);
        assertEquals("{\"id\":" + id + ",\"title\":\"Dune\",\"author\":\"Herbert\",\"year\":1965}", created.body());
        assertEquals(created.body(), http.get("/books/" + id).body());

        HttpResponse<String> replaced = http.json("PUT", "/books/" + id, "{\"title\":\"Dune Messiah\",\"author\":\"Herbert\",\"year\":1969}");
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertTrue(replaced.body().contains("\"Dune Messiah\""), replaced.body());

        HttpResponse<String> retitled = http.json("POST", "/books/" + id + "/title", "\"Children of Dune\"");
        assertEquals("\"Children of Dune\"", retitled.body());

        assertEquals(204, http.delete("/books/" + id).statusCode());
        assertProblem(http.get("/books/" + id), 404);
        assertProblem(http.json("PUT", "/books/" + id, "{\"title\":\"x\",\"author\":\"y\",\"year\":1}"), 404, "No book " + id);
    }

    @Test
    void listsAndNumbers() throws Exception {
        http.json("POST", "/books", "{\"title\":\"A\",\"author\":\"B\",\"year\":1}");
        HttpResponse<String> list = http.get("/books?limit=1");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().matches("\\[\\{\"id\":\\d+,.*}]"), list.body());
        HttpResponse<String> count = http.get("/books/count");
        assertTrue(count.body().matches("\\d+"), count.body());
    }

    @Test
    void responseTypeSetsStatusAndHeaders() throws Exception {
        HttpResponse<String> batch = http.json("POST", "/books/batch",
                "[{\"title\":\"One\",\"author\":\"X\",\"year\":1},{\"title\":\"Two\",\"author\":\"Y\",\"year\":2}]");
        assertEquals(201, batch.statusCode(), batch.body());
        assertEquals("2", batch.headers().firstValue("X-Count").orElseThrow());
    }

    @Test
    void constraintViolationsListEveryField() throws Exception {
        HttpResponse<String> invalid = http.json("POST", "/books", "{\"title\":\" \",\"author\":\"\",\"year\":-1}");
        assertProblem(invalid, 400, "{\"path\":\"title\",\"message\":\"must not be blank\"}",
                "{\"path\":\"author\",\"message\":\"must not be blank\"}",
                "{\"path\":\"year\",\"message\":\"must be greater than or equal to 0\"}");
        assertProblem(http.json("POST", "/books/batch", "[{\"title\":\"ok\",\"author\":\"ok\",\"year\":1},{\"title\":\"\",\"author\":\"ok\",\"year\":1}]"),
                400, "{\"path\":\"[1].title\",\"message\":\"must not be blank\"}");
        assertProblem(http.get("/books?limit=0"), 400, "{\"path\":\"limit\",\"message\":\"must be greater than or equal to 1\"}");
    }

    @Test
    void malformedJsonSaysWhere() throws Exception {
        HttpResponse<String> malformed = http.json("POST", "/books", "{\"title\":\"x\",\n\"author\": nope}");
        assertProblem(malformed, 400, "\"line\":2", "\"column\":");
        assertProblem(http.json("POST", "/books", "{\"title\":1,\"author\":\"a\",\"year\":1}"), 400, "\"path\":\"$.title\"");
        assertProblem(http.json("POST", "/books", "{\"title\":\"a\",\"author\":\"a\"}"), 400, "year");
        assertProblem(http.json("POST", "/books", "{\"title\":\"a\\u0000\",\"author\":\"a\",\"year\":1}"), 400, "NUL");
        assertProblem(http.json("POST", "/books", "{\"title\":\"a\u0000\",\"author\":\"a\",\"year\":1}"), 400, "code 0");
        assertProblem(http.json("POST", "/books", "[".repeat(100) + "]".repeat(100)), 400);
        assertProblem(http.json("POST", "/books", ""), 400, "body is missing");
    }

    @Test
    void wrongContentTypeAndOversizedBodies() throws Exception {
        assertProblem(http.send(http.request("/books").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"a\",\"author\":\"a\",\"year\":1}")).build()), 415);
        assertProblem(http.json("POST", "/books", "{\"title\":\"" + "x".repeat(5000) + "\",\"author\":\"a\",\"year\":1}"), 413);
    }

    @Test
    void theOpenApiDocumentHasRecordSchemasWithConstraints() throws Exception {
        String document = http.get("/openapi.json").body().replaceAll("\\s", "");
        assertTrue(document.contains("\"BookIn\":{\"type\":\"object\""), document);
        assertTrue(document.contains("\"maxLength\":200"), document);
        assertTrue(document.contains("\"requestBody\":{\"required\":true,\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/BookIn\"}}}}"),
                document);
        assertTrue(document.contains("\"404\":{\"description\":\"NotFound\""), document);
    }

    @Test
    void theDocsPageShowsTheOpenApiDocumentFromTheWebjar() throws Exception {
        HttpResponse<String> page = http.get("/docs");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=UTF-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().contains("/openapi.json"), page.body());
        HttpResponse<String> bundle = http.get("/docs/swagger-ui-bundle.js");
        assertEquals(200, bundle.statusCode());
        assertEquals("text/javascript; charset=UTF-8", bundle.headers().firstValue("Content-Type").orElseThrow());
        assertProblem(http.get("/docs/swagger-initializer.js"), 404); // only what the page needs is served
    }
}
