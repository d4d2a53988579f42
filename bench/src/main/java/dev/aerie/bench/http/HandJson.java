package dev.aerie.bench.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Hand-written jackson-core streaming writers: the JSON approach of the hand-written baselines. */
final class HandJson {
    private static final JsonFactory JSON = new JsonFactory();

    private HandJson() {}

    static byte[] greeting(Greeting greeting) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("message", greeting.message());
            g.writeStringField("language", greeting.language());
            g.writeNumberField("version", greeting.version());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    static byte[] item(Item item) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("id", item.id());
            g.writeStringField("name", item.name());
            g.writeNumberField("quantity", item.quantity());
            g.writeBooleanField("available", item.available());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** An RFC 9457 body; the baseline answers bad input as Aerie does. */
    static byte[] problem(int status, String title, String detail) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "about:blank");
            g.writeStringField("title", title);
            g.writeNumberField("status", status);
            g.writeStringField("detail", detail);
            g.writeEndObject();
        }
        return out.toByteArray();
    }
}
