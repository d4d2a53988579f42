package dev.aerie.runtime.internal.http;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Serves the OpenAPI document the processor wrote for the application, read once at start. */
final class OpenApi implements Handler {
    static final String PATH = "/openapi.json";
    private static final Header JSON = HeaderValues.create(HeaderNames.CONTENT_TYPE, "application/json");
    private final byte[] document;

    OpenApi(byte[] document) {
        this.document = document;
    }

    static Optional<byte[]> load(String resource) {
        try (InputStream in = OpenApi.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        response.header(JSON);
        response.send(document);
    }
}
