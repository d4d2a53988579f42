package dev.aerie.api.http;

/**
 * Told when each HTTP request starts and ends. Any singleton injectable of the application that
 * implements this interface is called, in module order; both methods run on the request's thread,
 * inside its request scope.
 *
 * <p>An exception thrown from {@link #onRequestStart} skips the handler (and the listeners after
 * this one) and becomes the response, as if the handler had thrown it: an {@link HttpException}
 * gives its problem, anything else a 500. An exception thrown from {@link #onRequestEnd} is logged
 * and changes nothing: the response has been sent.
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
