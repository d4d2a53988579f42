package dev.aerie.api.http;

import java.time.Duration;

/** 503 Service Unavailable: a dependency (such as the database) is down; retry later. */
public class ServiceUnavailableException extends HttpException {
    /** With {@code detail} saying what is unavailable. */
    public ServiceUnavailableException(String detail) {
        super(503, detail);
    }

    /** With {@code detail}, a {@code Retry-After} header of {@code retryAfter} (whole seconds, at least 1) and the cause. */
    public ServiceUnavailableException(String detail, Duration retryAfter, Throwable cause) {
        super(503, reasonPhrase(503), detail, cause);
        header("Retry-After", Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
    }
}
