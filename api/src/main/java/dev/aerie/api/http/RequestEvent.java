package dev.aerie.api.http;

import java.util.Optional;

/** One HTTP request as seen by a {@link RequestListener}. */
public interface RequestEvent {
    /** The method, such as {@code GET}. */
    String method();

    /** The request path, without the query. */
    String path();

    /** The route pattern that matched, such as {@code /books/{id}}. */
    String route();

    /** The status sent; 0 while the request is running. */
    int status();

    /** Nanoseconds since the request started (System.nanoTime based). */
    long elapsedNanos();

    /** The exception the handler threw, if it did. */
    Optional<Throwable> failure();
}
