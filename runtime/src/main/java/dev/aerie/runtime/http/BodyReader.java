package dev.aerie.runtime.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Used by generated code: turns a request body into a value (the JSON codec of a parameter type).
 *
 * @param <T> the body type
 */
@FunctionalInterface
public interface BodyReader<T> {
    /** Reads the whole body from {@code in}, which ends where the body ends. */
    T read(InputStream in) throws IOException;
}
