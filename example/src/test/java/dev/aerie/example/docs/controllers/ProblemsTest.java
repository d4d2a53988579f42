package dev.aerie.example.docs.controllers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aerie.api.http.HttpException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemsTest {
    @Test
    void theConflictCarriesTheIsbnMember() {
        HttpException e = assertThrows(HttpException.class, () -> Problems.isbnTaken("978-0"));
        assertEquals(409, e.status());
        assertEquals(Map.of("isbn", "978-0"), e.members());
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        HttpException e = assertThrows(HttpException.class, Problems::slowDown);
        assertEquals(429, e.status());
        assertEquals("10", e.headers().get("Retry-After"));
    }
}
