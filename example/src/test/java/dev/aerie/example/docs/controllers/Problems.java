package dev.aerie.example.docs.controllers;

import dev.aerie.api.http.ConflictException;
import dev.aerie.api.http.HttpException;

/** The controllers.md sample of throwing problems with extension members and headers. */
final class Problems {
    private Problems() {}

    static void isbnTaken(String isbn) {
        // snippet:conflict
        throw new ConflictException("a book with this ISBN exists").member("isbn", isbn);
        // end::conflict
    }

    static void slowDown() {
        // snippet:too-many
        throw new HttpException(429, "Too Many Requests", "slow down", null).header("Retry-After", "10");
        // end::too-many
    }
}
