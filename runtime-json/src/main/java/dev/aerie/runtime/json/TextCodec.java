package dev.aerie.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Function;

/** A value written as a JSON string in one fixed text format: UUIDs, ISO-8601 dates and times. */
final class TextCodec<T> extends NullSafeCodec<T> {
    private final String expected;
    private final Function<String, T> parse;
    private final Function<T, String> format;

    /**
     * @param expected what the string must look like, for messages ("an ISO-8601 date (2024-01-31)")
     * @param parse turns text into a value, throwing a RuntimeException for text it refuses
     */
    TextCodec(String expected, Function<String, T> parse, Function<T, String> format) {
        this.expected = expected;
        this.parse = parse;
        this.format = format;
    }

    @Override
    void writeValue(JsonGenerator out, T value) throws IOException {
        out.writeString(format.apply(value));
    }

    @Override
    T readValue(JsonParser in) throws IOException {
        if (in.currentToken() != JsonToken.VALUE_STRING) {
            throw JsonReads.wrongType(in, expected);
        }
        String text = in.getText();
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            throw JsonReads.error(in, "expected " + expected + " but got " + Texts.quote(text));
        }
    }
}
