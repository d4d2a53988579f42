package dev.aerie.runtime.internal.http;

/** The server could not start listening; the message says on which address and what to do. */
public final class ServerStartException extends RuntimeException {
    ServerStartException(String message) {
        super(message);
    }
}
