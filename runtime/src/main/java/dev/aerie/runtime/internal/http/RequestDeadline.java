package dev.aerie.runtime.internal.http;

import dev.aerie.api.http.ServiceUnavailableException;
import dev.aerie.runtime.internal.RequestContext;
import java.time.Duration;

/**
 * {@code server.request-timeout}: a request whose handler is still running when its deadline
 * passes must not commit. The deadline is checked where the request's unit of work would commit,
 * just before the response is written; the handler itself is not interrupted (a thread stopped
 * in the middle of a statement or a lock could leave anything half done), so a handler that runs
 * long still runs to its end, and only then is it answered 503 and its work rolled back.
 */
final class RequestDeadline {
    /** The request-scope key of the request's deadline, in {@link System#nanoTime()} terms. */
    private static final String KEY = "aerie.http.deadline";

    private final Duration timeout;
    private final long timeoutNanos;

    /** {@code timeout} zero: no deadline. */
    RequestDeadline(Duration timeout) {
        this.timeout = timeout;
        this.timeoutNanos = timeout.toNanos();
    }

    /** Starts the deadline of the request {@code context} serves, now. */
    void start(RequestContext context) {
        if (timeoutNanos > 0) {
            long deadline = System.nanoTime() + timeoutNanos;
            context.instance(KEY, () -> new Deadline(deadline));
        }
    }

    /**
     * Throws a 503 (with {@code Retry-After}: the timeout, so a client does not come straight back
     * with the same slow request) when the deadline of {@code context} has passed.
     */
    void check(RequestContext context) {
        if (!context.has(KEY)) {
            return; // no deadline, or a scope no route opened
        }
        Deadline deadline = context.instance(KEY, () -> null);
        long late = System.nanoTime() - deadline.nanos();
        if (late > 0) {
            throw new ServiceUnavailableException("The request took longer than its deadline of " + describe(timeout)
                    + " (server.request-timeout), so nothing it did was kept; try again later, or raise"
                    + " server.request-timeout if such requests are expected to take this long",
                    timeout, null);
        }
    }

    private static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
    }

    private record Deadline(long nanos) {}
}
