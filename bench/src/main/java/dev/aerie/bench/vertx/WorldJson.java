package dev.aerie.bench.vertx;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** The one JSON writer of every side of the benchmark: {"id":1,"randomNumber":42}. */
final class WorldJson {
    private static final JsonFactory JSON = new JsonFactory();

    private WorldJson() {}

    static byte[] write(World world) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, world);
        }
        return out.toByteArray();
    }

    static byte[] write(List<World> worlds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * worlds.size() + 2);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (World world : worlds) {
                write(g, world);
            }
            g.writeEndArray();
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, World world) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", world.id());
        g.writeNumberField("randomNumber", world.randomNumber());
        g.writeEndObject();
    }

    static void send(ServerResponse response, byte[] json) {
        response.header(HeaderNames.CONTENT_TYPE, "application/json").send(json);
    }
}
