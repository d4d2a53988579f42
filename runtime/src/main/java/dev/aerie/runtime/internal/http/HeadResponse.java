package dev.aerie.runtime.internal.http;

import io.helidon.common.uri.UriQuery;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.ServerResponseTrailers;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The response to a {@code HEAD} request answered by a {@code GET} handler: the same status and
 * headers, with {@code Content-Length} set to the length of the body the handler sent, and no
 * body. (Helidon would write the body of a HEAD response onto the connection, which breaks the
 * next response on a kept-alive connection.)
 */
final class HeadResponse implements ServerResponse {
    private final ServerResponse response;

    HeadResponse(ServerResponse response) {
        this.response = response;
    }

    @Override
    public void send(byte[] body) {
        headersOnly(body.length);
    }

    @Override
    public void send(Object entity) {
        if (entity instanceof byte[] bytes) {
            send(bytes);
        } else if (entity instanceof String text) {
            if (!response.headers().contains(HeaderNames.CONTENT_TYPE)) {
                response.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8"); // what Helidon's writer sets
            }
            send(text.getBytes(StandardCharsets.UTF_8));
        } else {
            response.send(); // a length only the media writer would know: leave it out
        }
    }

    @Override
    public void send() {
        response.send();
    }

    @Override
    public OutputStream outputStream() {
        return new OutputStream() {
            private long count;
            private boolean closed;

            @Override
            public void write(int b) {
                count++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                count += length;
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    headersOnly(count);
                }
            }
        };
    }

    private void headersOnly(long length) {
        if (!response.headers().contains(HeaderNames.CONTENT_LENGTH)) {
            response.headers().contentLength(length);
        }
        response.send();
    }

    @Override
    public ServerResponse status(Status status) {
        response.status(status);
        return this;
    }

    @Override
    public Status status() {
        return response.status();
    }

    @Override
    public ServerResponse header(Header header) {
        response.header(header);
        return this;
    }

    @Override
    public boolean isSent() {
        return response.isSent();
    }

    @Override
    public long bytesWritten() {
        return response.bytesWritten();
    }

    @Override
    public ServerResponse whenSent(Runnable listener) {
        response.whenSent(listener);
        return this;
    }

    @Override
    public ServerResponse reroute(String path) {
        response.reroute(path);
        return this;
    }

    @Override
    public ServerResponse reroute(String path, UriQuery query) {
        response.reroute(path, query);
        return this;
    }

    @Override
    public ServerResponse next() {
        response.next();
        return this;
    }

    @Override
    public ServerResponseHeaders headers() {
        return response.headers();
    }

    @Override
    public ServerResponseTrailers trailers() {
        return response.trailers();
    }

    @Override
    public void streamResult(String result) {
        response.streamResult(result);
    }

    @Override
    public void streamFilter(UnaryOperator<OutputStream> filter) {
        response.streamFilter(filter);
    }
}
