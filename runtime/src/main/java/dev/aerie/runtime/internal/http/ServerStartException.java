package dev.aerie.runtime.internal.http;

/** The server could not start listening; the message says on which address and what to do. For Aerie's own modules (the launcher, aerie-test, generated code); not an API. */
public final class ServerStartException extends RuntimeException {
    ServerStartException(String message) {
        super(message);
    }
}
