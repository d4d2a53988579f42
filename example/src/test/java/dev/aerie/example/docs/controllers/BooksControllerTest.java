package dev.aerie.example.docs.controllers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The controllers.md sample over real HTTP: statuses, 404 for empty, validation of limit. */
@AerieTest(BooksModule.class)
class BooksControllerTest {
    private final AerieClient http;

    BooksControllerTest(AerieClient http) {
        this.http = http;
    }

    @Test
    void crudAnswersWithTheDocumentedStatuses() {
        HttpResponse<String> created = http.post("/books", "{\"title\":\"Kindred\",\"year\":1979}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("{\"id\":1,\"title\":\"Kindred\",\"year\":1979}", created.body());
        assertEquals(created.body(), http.get("/books/1").body());
        assertEquals("[" + created.body() + "]", http.get("/books").body());

        assertEquals(200, http.put("/books/1", "{\"title\":\"Dawn\",\"year\":1987}").statusCode());
        assertEquals(404, http.put("/books/2", "{\"title\":\"Dawn\",\"year\":1987}").statusCode());
        assertEquals(204, http.delete("/books/1").statusCode());
        assertEquals(404, http.get("/books/1").statusCode());
    }

    @Test
    void invalidInputIs400ProblemJson() {
        HttpResponse<String> tooMany = http.get("/books?limit=101");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(400, http.post("/books", "{\"title\":\" \",\"year\":1979}").statusCode());
    }
}
