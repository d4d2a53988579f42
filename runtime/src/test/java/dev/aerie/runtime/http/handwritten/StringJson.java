package dev.aerie.runtime.http.handwritten;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

final class StringJson {
    private static final JsonFactory JSON = new JsonFactory();

    private StringJson() {}

    static byte[] write(String value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeString(value);
        }
        return out.toByteArray();
    }
}
