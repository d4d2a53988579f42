package dev.aerie.api.http;

/**
 * Told when each HTTP request starts and ends. Any singleton injectable of the application that
 * implements this interface is called, in module order; both methods run on the request's thread,
 * inside its request scope. An exception thrown here is logged and does not change the response.
 */
public interface RequestListener {

    /** The request was routed to a controller method and its request scope is open; the handler has not run yet. */
    default void onRequestStart(RequestEvent request) {}

    /**
     * The response was sent (or the client went away) and the request is about to close its scope;
     * {@link RequestEvent#status()} holds the status sent.
     */
    default void onRequestEnd(RequestEvent request) {}
}
