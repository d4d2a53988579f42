package dev.aerie.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Writes and reads one Java type as JSON on jackson-core's streaming API. The processor generates
 * one for every record the application sends or receives; {@link JsonCodecs} has the built-ins.
 *
 * <p>{@link #read} starts on the value's first token (the parser's current token, for example
 * {@code START_OBJECT} or {@code VALUE_NULL}) and ends on its last one, so the caller's next
 * {@code nextToken()} moves past the value. Bad input throws {@link JsonBindException}.
 * Codecs are stateless and safe to share between threads.
 */
public interface JsonCodec<T> {

    /** Writes {@code value}, which may be null (written as JSON {@code null}). */
    void write(JsonGenerator out, T value) throws IOException;

    /** Reads the value whose first token is the parser's current token; JSON null gives null. */
    T read(JsonParser in) throws IOException;
}
