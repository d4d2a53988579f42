package dev.aerie.runtime.internal.http;

import io.helidon.webserver.http.ServerResponse;

/**
 * Used by generated code: a controller's {@code @Catches} handlers, chosen at compile time. The
 * generated implementation tests the exception's type, most specific first, and sends the
 * handler's response.
 */
@FunctionalInterface
public interface Catcher {
    /** Whether a handler answered {@code failure} (it has then sent the response). */
    boolean caught(Throwable failure, ServerResponse response) throws Exception;
}
