package dev.aerie.runtime.internal.http;

import java.util.Optional;

/**
 * Used by generated code: one route, as listed by {@code app routes} and used to answer 405.
 *
 * @param method   the HTTP method, such as {@code GET}
 * @param path     the full path pattern, such as {@code /books/{id}}
 * @param handler  the controller method, such as {@code BooksController.get(long)}
 * @param bodyType the request body type, if the route reads one
 * @param returns  the response type, such as {@code Optional<Book>} or {@code void}
 * For generated code; not an API.
 */
public record RouteInfo(String method, String path, String handler, Optional<String> bodyType, String returns) {}
