package dev.aerie.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** A codec whose JSON null is Java null both ways; subclasses handle only real values. */
abstract class NullSafeCodec<T> implements JsonCodec<T> {

    @Override
    public final void write(JsonGenerator out, T value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else {
            writeValue(out, value);
        }
    }

    @Override
    public final T read(JsonParser in) throws IOException {
        return in.currentToken() == JsonToken.VALUE_NULL ? null : readValue(in);
    }

    abstract void writeValue(JsonGenerator out, T value) throws IOException;

    abstract T readValue(JsonParser in) throws IOException;
}
