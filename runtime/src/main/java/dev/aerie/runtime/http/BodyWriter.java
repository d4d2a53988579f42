package dev.aerie.runtime.http;

import java.io.IOException;

/**
 * Used by generated code: turns a handler's result into a response body (the JSON codec of the
 * return type). The whole body is produced before anything is sent, so a failure never leaves a
 * half-written response.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface BodyWriter<T> {
    /** The JSON bytes of {@code value}. */
    byte[] write(T value) throws IOException;
}
