package dev.aerie.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lists, sets, string-keyed maps and optionals of another codec's type. What they read is
 * unmodifiable and holds no nulls: a null element or map value is refused with its path, so user
 * code never meets a null it did not ask for.
 */
final class ContainerCodecs {
    private ContainerCodecs() {}

    static final class ListCodec<T> extends NullSafeCodec<List<T>> {
        private final JsonCodec<T> elements;

        ListCodec(JsonCodec<T> elements) {
            this.elements = elements;
        }

        @Override
        void writeValue(JsonGenerator out, List<T> value) throws IOException {
            writeArray(out, value, elements);
        }

        @Override
        List<T> readValue(JsonParser in) throws IOException {
            List<T> list = new ArrayList<>();
            readArray(in, elements, list);
            return Collections.unmodifiableList(list);
        }
    }

    static final class SetCodec<T> extends NullSafeCodec<Set<T>> {
        private final JsonCodec<T> elements;

        SetCodec(JsonCodec<T> elements) {
            this.elements = elements;
        }

        @Override
        void writeValue(JsonGenerator out, Set<T> value) throws IOException {
            writeArray(out, value, elements);
        }

        @Override
        Set<T> readValue(JsonParser in) throws IOException {
            // insertion order: what the client sent comes back in the same order
            Set<T> set = new LinkedHashSet<>();
            readArray(in, elements, set);
            return Collections.unmodifiableSet(set);
        }
    }

    static final class MapCodec<V> extends NullSafeCodec<Map<String, V>> {
        private final JsonCodec<V> values;

        MapCodec(JsonCodec<V> values) {
            this.values = values;
        }

        @Override
        void writeValue(JsonGenerator out, Map<String, V> value) throws IOException {
            out.writeStartObject();
            for (Map.Entry<String, V> entry : value.entrySet()) {
                out.writeFieldName(entry.getKey());
                values.write(out, entry.getValue());
            }
            out.writeEndObject();
        }

        @Override
        Map<String, V> readValue(JsonParser in) throws IOException {
            if (in.currentToken() != JsonToken.START_OBJECT) {
                throw JsonReads.wrongType(in, "an object");
            }
            Map<String, V> map = new LinkedHashMap<>();
            String key;
            while ((key = in.nextFieldName()) != null) {
                Strings.checked(in, key);
                in.nextToken();
                V value = values.read(in);
                if (value == null) {
                    throw JsonReads.error(in, "null is not allowed as a value of this object");
                }
                if (map.putIfAbsent(key, value) != null) {
                    throw JsonReads.error(in, "duplicate field " + Texts.quote(key));
                }
            }
            return Collections.unmodifiableMap(map);
        }
    }

    static final class OptionalCodec<T> implements JsonCodec<Optional<T>> {
        private final JsonCodec<T> value;

        OptionalCodec(JsonCodec<T> value) {
            this.value = value;
        }

        @Override
        public void write(JsonGenerator out, Optional<T> optional) throws IOException {
            if (optional == null || optional.isEmpty()) {
                out.writeNull();
            } else {
                value.write(out, optional.get());
            }
        }

        @Override
        public Optional<T> read(JsonParser in) throws IOException {
            return Optional.ofNullable(value.read(in));
        }
    }

    private static <T> void writeArray(JsonGenerator out, Collection<T> values, JsonCodec<T> elements)
            throws IOException {
        out.writeStartArray();
        for (T element : values) {
            elements.write(out, element);
        }
        out.writeEndArray();
    }

    private static <T> void readArray(JsonParser in, JsonCodec<T> elements, Collection<T> into) throws IOException {
        if (in.currentToken() != JsonToken.START_ARRAY) {
            throw JsonReads.wrongType(in, "an array");
        }
        JsonToken token;
        while ((token = in.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw JsonReads.error(in, "the array is not closed");
            }
            T element = elements.read(in);
            if (element == null) {
                throw JsonReads.error(in, "null is not allowed as an element of this array");
            }
            into.add(element);
        }
    }
}
