package dev.aerie.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An enum as the string of its constant's name, matched exactly (case matters). */
final class EnumCodec<E extends Enum<E>> extends NullSafeCodec<E> {
    private static final int LISTED = 20;
    private final Map<String, E> byName;
    private final String expected;

    EnumCodec(Class<E> type, E[] values) {
        this.byName = new HashMap<>();
        for (E value : values) {
            byName.put(value.name(), value);
        }
        String names = Stream.of(values).limit(LISTED).map(e -> "\"" + e.name() + "\"")
                .collect(Collectors.joining(", "));
        this.expected = "one of " + names + (values.length > LISTED ? ", ..." : "")
                + " (" + type.getSimpleName() + ")";
    }

    @Override
    void writeValue(JsonGenerator out, E value) throws IOException {
        out.writeString(value.name());
    }

    @Override
    E readValue(JsonParser in) throws IOException {
        if (in.currentToken() != JsonToken.VALUE_STRING) {
            throw JsonReads.wrongType(in, expected);
        }
        E value = byName.get(in.getText());
        if (value == null) {
            throw JsonReads.error(in, "expected " + expected + " but got " + Texts.quote(in.getText()));
        }
        return value;
    }
}
