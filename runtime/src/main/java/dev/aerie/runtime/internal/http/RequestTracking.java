package dev.aerie.runtime.internal.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Optional;

/**
 * The first filter of every request: gives it its id ({@link RequestIds}), sends it back as
 * {@code X-Request-Id}, makes it the current id of the request's thread (problem bodies and
 * error logs quote it) and, when the access log is on, writes the request's line after the
 * response.
 */
final class RequestTracking implements Filter {
    static final HeaderName REQUEST_ID = HeaderNames.create("X-Request-Id");
    /** The route of a request no route matched (the catch-all's pattern is empty). */
    static final String UNMATCHED = "-";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private final Optional<AccessLog> accessLog;
    private volatile boolean stopping;

    RequestTracking(Optional<AccessLog> accessLog) {
        this.accessLog = accessLog;
    }

    /**
     * The server is about to stop accepting: from now on every response says {@code Connection: close},
     * so a proxy stops reusing its kept-alive connections to this instance while it still answers,
     * rather than sending a request on one just as it closes (nginx does not retry a POST it has sent).
     */
    void stopping() {
        stopping = true;
    }

    /** The server has stopped: the access log writes what it has queued. */
    void close() {
        accessLog.ifPresent(AccessLog::close);
    }

    /** The id of the request this thread is handling. */
    static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long started = System.nanoTime();
        String id = RequestIds.acceptOrNew(request.headers().first(REQUEST_ID));
        response.header(REQUEST_ID, id);
        if (stopping) {
            response.header(HeaderValues.CONNECTION_CLOSE);
        }
        CURRENT.set(id);
        try {
            chain.proceed();
        } finally {
            CURRENT.remove();
            if (accessLog.isPresent()) {
                accessLog.get().log(request.prologue().method().text(), request.matchingPattern().filter(p -> !p.isEmpty()).orElse(UNMATCHED),
                        response.status().code(), System.nanoTime() - started, response.bytesWritten(), id);
            }
        }
    }
}
