package dev.aerie.test.docs.persistence;

import org.jspecify.annotations.Nullable;

/** What a client sends to add a book. */
public record BookIn(String title, long authorId, int year, @Nullable String isbn) {}
