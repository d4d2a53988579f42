package dev.aerie.runtime.internal;

import java.util.Optional;

/**
 * The request scope of the current thread. The HTTP layer opens one around every request;
 * background work can open its own. Request-scoped providers and the request-bound
 * {@code Session} find their instances here.
 * For generated code; not an API.
 */
public final class RequestScope {
    // One virtual thread per request: a ThreadLocal is the request's own and costs nothing to share.
    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private RequestScope() {}

    /** Opens a scope on this thread; close it (try-with-resources) to end it. Scopes do not nest. */
    public static RequestContext open() {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a request scope is already open on this thread");
        }
        RequestContext context = new RequestContext(CURRENT::remove);
        CURRENT.set(context);
        return context;
    }

    /** The scope open on this thread, if any. */
    public static Optional<RequestContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * The scope open on this thread, or an {@link IllegalStateException} saying that
     * {@code what} was used outside a request and how to get a scope for background work.
     */
    public static RequestContext require(String what) {
        RequestContext context = CURRENT.get();
        if (context == null) {
            throw new IllegalStateException(what + " was used outside a request. It is request-scoped: "
                    + "use it while handling a request, or open a scope for background work with "
                    + "RequestScope.open() (or orm.withSession(...) for database work).");
        }
        return context;
    }
}
