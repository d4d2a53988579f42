package dev.aerie.runtime.internal.http;

import dev.aerie.api.http.HttpException;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;

/**
 * Answers the errors Helidon finds before any route runs (a malformed request line or header,
 * a bad path, an entity over the size limit, HTTP/1.0) with a problem body instead of plain text.
 * Helidon's message is kept out of the body unless it is a client error, where it says what is wrong.
 */
final class ProblemDirectHandler implements DirectHandler {
    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        int code = status.code();
        String detail = code == 413 ? "The request body is larger than server.max-payload-size allows"
                : code == 505 ? "Only HTTP/1.1 is supported" : switch (eventType) {
            case BAD_REQUEST -> message == null || message.isBlank() ? "The request is malformed" : "The request is malformed: " + message;
            default -> code < 500 && message != null && !message.isBlank() ? message : null;
        };
        HttpException problem = new HttpException(code < 400 ? 500 : code, HttpException.reasonPhrase(code), detail, null);
        headers.set(HeaderNames.CONTENT_TYPE, Problems.CONTENT_TYPE);
        return TransportResponse.builder()
                .status(status)
                .headers(headers)
                .entity(Problems.body(problem, null))
                .keepAlive(eventType.keepAlive())
                .build();
    }
}
