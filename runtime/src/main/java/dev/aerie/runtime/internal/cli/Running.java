package dev.aerie.runtime.internal.cli;

/**
 * What a {@link ServingCommand} leaves running when the launcher returns: the HTTP server.
 * For Aerie's own modules (the launcher, aerie-test); not an API.
 */
public interface Running {
    /** The port it listens on (the one chosen when {@code server.port} is 0). */
    int port();

    /** Where it answers, such as {@code http://127.0.0.1:8080}. */
    String url();

    /** Stops accepting, finishes in-flight requests and stops. */
    void stop();

    /** Blocks until it has stopped. */
    void awaitStop();
}
