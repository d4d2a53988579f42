package dev.aerie.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Real HTTP/1.1 requests to the application under test; paths are relative to {@link #baseUri()}.
 * Bodies are strings: tests see exactly what a client sees.
 */
public final class AerieClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient client;
    private final URI baseUri;
    /** Sent with every request, in order: name, value, name, value... */
    private final List<String> headers;

    AerieClient(URI baseUri) {
        this(baseUri, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build(), List.of());
    }

    private AerieClient(URI baseUri, HttpClient client, List<String> headers) {
        this.baseUri = baseUri;
        this.client = client;
        this.headers = headers;
    }

    /**
     * A client that sends header {@code name: value} with every request, besides the ones this
     * client sends ({@code http.header("Authorization", "Bearer t").get("/me")}); this one is unchanged.
     */
    public AerieClient header(String name, String value) {
        List<String> more = new ArrayList<>(headers);
        more.add(name);
        more.add(value);
        return new AerieClient(baseUri, client, List.copyOf(more));
    }

    /** Where the application serves, such as {@code http://127.0.0.1:40123}. */
    public URI baseUri() {
        return baseUri;
    }

    /** The absolute URI of {@code path} ({@code /books?limit=5}). */
    public URI uri(String path) {
        return baseUri.resolve(path);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** POST with a JSON body. */
    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** PATCH with a JSON body. */
    public HttpResponse<String> patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** PUT with a JSON body. */
    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /**
     * A request builder for {@code path} with a timeout and the headers of {@link #header}, for
     * anything the shortcuts do not cover.
     */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
        for (int i = 0; i < headers.size(); i += 2) {
            builder.header(headers.get(i), headers.get(i + 1));
        }
        return builder;
    }

    /** Sends {@code request}; an I/O failure becomes an {@link UncheckedIOException} so tests need no throws clause. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.uri(), e);
        }
    }
}
